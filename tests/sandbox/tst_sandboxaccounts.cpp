// SPDX-License-Identifier: GPL-3.0-or-later
// Real accounts, end to end over loopback: the core's jobs against the sandbox for the account's senders (numbers,
// short codes, Messaging Services and their numbers: SenderDirectory), its subaccounts (acting as one with the
// parent's credentials), Message Feedback and Lookup v2. Raw requests where the client would refuse to send.
#include "accounts/accountjobs.h"
#include "api/apiclient.h"
#include "fixtures.h"
#include "lookups/lookupjobs.h"
#include "messages/messagejobs.h"
#include "numbers/phonenumberjobs.h"
#include "numbers/senderdirectory.h"
#include "numbers/senderjobs.h"
#include "sandboxaccount.h"
#include "sandboxserver.h"
#include "testserver.h"
#include "webhooks/webhooksignature.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace textbench;
using namespace textbench::sandbox;
using textbench::test::finishes;

namespace {
const QString kSubA = QStringLiteral("AC5a4db0c05a4db0c05a4db0c0c11e0a01");
const QString kSubB = QStringLiteral("AC5a4db0c05a4db0c05a4db0c0c11e0b02");
const QString kTo = QStringLiteral("+14155552671");

struct RawReply
{
    int status = 0;
    QJsonObject json;
};
} // namespace

class Tst_SandboxAccounts : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<ApiClient> m_client;
    QNetworkAccessManager m_nam;

    /// Runs \a job to its end and keeps it for the caller to read (deleted by the caller).
    template<typename Job> std::unique_ptr<Job> run(Job* job)
    {
        job->setAutoDelete(false);
        if (!finishes(job))
            qWarning() << "the job did not finish";
        return std::unique_ptr<Job>(job);
    }

    Message send(const QString& from = MagicNumbers::kValidFrom, const QString& service = {})
    {
        CreateMessageParams p;
        p.to = kTo;
        if (service.isEmpty())
            p.from = from;
        else
            p.messagingServiceSid = service;
        p.body = QStringLiteral("Your code is 123456");
        auto job = run(new CreateMessageJob(m_client.get(), p));
        if (!job->succeeded())
            qWarning() << job->error().toText();
        return job->succeeded() ? job->message() : Message();
    }

    RawReply raw(const QByteArray& method, const QString& pathAndQuery, const QByteArray& body = {},
        const QString& user = Account::kAccountSid, const QString& password = Account::kAuthToken)
    {
        QNetworkRequest req(QUrl(m_server->baseUrl().toString() + pathAndQuery));
        req.setRawHeader("Authorization", "Basic " + (user + u':' + password).toUtf8().toBase64());
        if (method == "POST")
            req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/x-www-form-urlencoded"));
        QNetworkReply* reply = m_nam.sendCustomRequest(req, method, body);
        QSignalSpy spy(reply, &QNetworkReply::finished);
        spy.wait(5000);
        RawReply r { reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
            QJsonDocument::fromJson(reply->readAll()).object() };
        reply->deleteLater();
        return r;
    }

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<SandboxServer>();
        QVERIFY(m_server->listen());
        m_client = std::make_unique<ApiClient>();
        m_client->setTarget(m_server->connection().credentials, m_server->connection().endpoint);
    }

    void cleanup()
    {
        m_client.reset();
        m_server.reset();
    }

    // --- accounts and subaccounts ----------------------------------------------------------------------------------

    void theAccountAndItsSubaccountsAreListed()
    {
        auto job = run(new ListAccountsJob(m_client.get(), 50, 1)); // a page each: the next pages are followed
        QVERIFY2(job->succeeded(), qPrintable(job->error().toText()));
        const QList<textbench::Account>& accounts = job->items();
        QCOMPARE(accounts.size(), 3);
        QCOMPARE(accounts.at(0).sid, Account::kAccountSid);
        QVERIFY(!accounts.at(0).isSubaccount());
        QCOMPARE(accounts.at(1).sid, kSubA);
        QCOMPARE(accounts.at(1).friendlyName, QStringLiteral("Sandbox Client A"));
        QCOMPARE(accounts.at(1).ownerAccountSid, Account::kAccountSid);
        QVERIFY(accounts.at(1).isSubaccount());
        QCOMPARE(accounts.at(2).sid, kSubB);
        // Twilio lists each subaccount's Auth Token to its parent: never kept as sent.
        for (const textbench::Account& a : accounts)
            QCOMPARE(a.raw.value(u"auth_token").toString(), QStringLiteral("********"));
    }

    void accountFilters_data()
    {
        QTest::addColumn<QString>("friendlyName");
        QTest::addColumn<QString>("status");
        QTest::addColumn<int>("count");
        QTest::newRow("all") << QString() << QString() << 3;
        QTest::newRow("active") << QString() << QStringLiteral("active") << 3;
        QTest::newRow("suspended") << QString() << QStringLiteral("suspended") << 0;
        QTest::newRow("by name") << QStringLiteral("Sandbox Client B") << QString() << 1;
        QTest::newRow("unknown name") << QStringLiteral("Nobody") << QString() << 0;
    }

    void accountFilters()
    {
        QFETCH(QString, friendlyName);
        QFETCH(QString, status);
        QFETCH(int, count);
        auto* list = new ListAccountsJob(m_client.get(), 50);
        list->setFilter(friendlyName, status);
        auto job = run(list);
        QVERIFY2(job->succeeded(), qPrintable(job->error().toText()));
        QCOMPARE(job->items().size(), count);
    }

    void aWrongStatusIsCaughtBeforeSending()
    {
        auto* list = new ListAccountsJob(m_client.get(), 50);
        list->setFilter({}, QStringLiteral("deleted"));
        auto job = run(list);
        QCOMPARE(job->error().kind(), ApiError::Kind::InvalidInput);
        QCOMPARE(raw("GET", QStringLiteral("/2010-04-01/Accounts.json?Status=deleted")).status, 400);
    }

    void actingAsASubaccountKeepsItsMessagesApart()
    {
        const ApiSession parent = m_client->session();
        m_client->setAccount(kSubA);
        QVERIFY(!m_client->isCurrent(parent)); // a new generation: answers of before are not shown
        QVERIFY(m_client->actsAsSubaccount());
        QCOMPARE(m_client->session().credentials, parent.credentials); // the parent's credentials, unchanged
        const Message sub = send();
        QCOMPARE(sub.accountSid, kSubA);
        {
            auto list = run(new ListMessagesJob(m_client.get(), MessageListFilter(), 100));
            QVERIFY2(list->succeeded(), qPrintable(list->error().toText()));
            QCOMPARE(list->items().size(), 1);
            auto fetched = run(new FetchMessageJob(m_client.get(), sub.sid));
            QVERIFY(fetched->succeeded());
            QCOMPARE(fetched->message().accountSid, kSubA);
        }
        // The other subaccount and the parent see none of it.
        m_client->setAccount(kSubB);
        QCOMPARE(run(new ListMessagesJob(m_client.get(), MessageListFilter(), 100))->items().size(), 0);
        m_client->setAccount({});
        QVERIFY(!m_client->actsAsSubaccount());
        QCOMPARE(m_client->session().accountSid, Account::kAccountSid);
        const Message own = send();
        auto parentList = run(new ListMessagesJob(m_client.get(), MessageListFilter(), 100));
        QCOMPARE(parentList->items().size(), 1);
        QCOMPARE(parentList->items().first().sid, own.sid);
        auto notMine = run(new FetchMessageJob(m_client.get(), sub.sid));
        QCOMPARE(notMine->error().httpStatus(), 404);
        QCOMPARE(notMine->error().twilioCode(), 20404);
    }

    void aJobInFlightFinishesUnderTheAccountItStartedWith()
    {
        m_client->setAccount(kSubA);
        CreateMessageParams p;
        p.to = kTo;
        p.from = MagicNumbers::kValidFrom;
        p.body = QStringLiteral("in flight");
        auto* job = new CreateMessageJob(m_client.get(), p);
        job->setAutoDelete(false);
        job->start();
        m_client->setAccount({}); // while the request is on its way
        QVERIFY(finishes(job));
        QVERIFY(job->succeeded());
        QCOMPARE(job->message().accountSid, kSubA);
        QVERIFY(!m_client->isCurrent(job->session()));
        delete job;
    }

    void subaccountPathsAndCredentials_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("testCredentials");
        QTest::addColumn<int>("status");
        const QString a = QStringLiteral("/2010-04-01/Accounts/");
        QTest::newRow("subaccount fetched") << QByteArray("GET") << a + kSubA + u".json" << false << 200;
        QTest::newRow("unknown account") << QByteArray("GET") << a + u"AC5a4db0c05a4db0c05a4db0c0c11e0c03.json" << false
                                         << 404;
        QTest::newRow("subaccount has no numbers")
            << QByteArray("GET") << a + kSubA + u"/IncomingPhoneNumbers.json" << false << 200;
        QTest::newRow("test credentials: no accounts list")
            << QByteArray("GET") << QStringLiteral("/2010-04-01/Accounts.json") << true << 403;
        QTest::newRow("test credentials: no subaccount")
            << QByteArray("GET") << a + kSubA + u"/Messages.json" << true << 404;
        QTest::newRow("test credentials: no lookup")
            << QByteArray("GET") << QStringLiteral("/v2/PhoneNumbers/+14155552671") << true << 403;
    }

    void subaccountPathsAndCredentials()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(bool, testCredentials);
        QFETCH(int, status);
        const RawReply r = testCredentials ? raw(method, path, {}, Account::kTestAccountSid, Account::kTestAuthToken)
                                           : raw(method, path);
        QCOMPARE(r.status, status);
        if (path.endsWith(u"/IncomingPhoneNumbers.json"))
            QCOMPARE(r.json.value(u"incoming_phone_numbers").toArray().size(), 0);
    }

    void aSubaccountCannotSendThroughItsParentsService()
    {
        m_client->setAccount(kSubA);
        CreateMessageParams p;
        p.to = kTo;
        p.messagingServiceSid = Account::kMessagingServiceSid;
        p.body = QStringLiteral("Hi");
        auto job = run(new CreateMessageJob(m_client.get(), p));
        QCOMPARE(job->error().twilioCode(), 21701);
    }

    void aSubaccountsWebhooksAreItsOwn()
    {
        // The app on loopback: a subaccount's status callbacks are signed with the subaccount's Auth Token, as Twilio
        // signs them.
        test::TestServer app;
        m_server->clock().setManual(QDateTime(QDate(2026, 12, 1), QTime(10, 0), Qt::UTC));
        m_client->setAccount(kSubA);
        CreateMessageParams p;
        p.to = kTo;
        p.from = MagicNumbers::kValidFrom;
        p.body = QStringLiteral("with a callback");
        p.statusCallback = app.baseUrl() + u"/cb";
        auto job = run(new CreateMessageJob(m_client.get(), p));
        QVERIFY2(job->succeeded(), qPrintable(job->error().toText()));
        m_server->clock().setManual(m_server->clock().now().addSecs(5));
        QTRY_VERIFY(!app.requests().isEmpty());
        const test::RecordedRequest& r = app.requests().first();
        const FormFields params = FormEncoding::decode(r.body);
        QCOMPARE(FormEncoding::value(params, QStringLiteral("AccountSid")), kSubA);
        const QString signature = QString::fromLatin1(r.header("X-Twilio-Signature"));
        QVERIFY(WebhookSignature::matches(signature, app.baseUrl() + u"/cb", params, Account::authTokenOf(kSubA)));
        QVERIFY(!WebhookSignature::matches(signature, app.baseUrl() + u"/cb", params, Account::kAuthToken));

        // Textbench's own records of the sandbox's webhooks are the account's: a subaccount sees none of them, and
        // has no number to receive on.
        const QString sub = QStringLiteral("/2010-04-01/Accounts/") + kSubA;
        const RawReply events = raw("GET", sub + u"/Textbench/WebhookEvents.json");
        QCOMPARE(events.status, 200);
        QCOMPARE(events.json.value(u"webhook_events").toArray().size(), 0);
        const QString parent = QStringLiteral("/2010-04-01/Accounts/") + Account::kAccountSid;
        const QJsonArray all
            = raw("GET", parent + u"/Textbench/WebhookEvents.json").json.value(u"webhook_events").toArray();
        QVERIFY(!all.isEmpty());
        const QString event = all.first().toObject().value(u"sid").toString();
        QCOMPARE(raw("GET", sub + u"/Textbench/WebhookEvents/" + event + u".json").status, 404);
        QCOMPARE(raw("POST", sub + u"/Textbench/WebhookEvents/" + event + u"/Resend.json").status, 404);
        const RawReply inbound
            = raw("POST", sub + u"/Textbench/InboundMessages.json", "From=%2B14155552671&To=%2B15005550006&Body=Hi");
        QCOMPARE(inbound.status, 400);
        QCOMPARE(inbound.json.value(u"code").toInt(), 21211);
    }

    void onlyAccountSidsAreActedAs()
    {
        QVERIFY(!textbench::Account::fromJson(QJsonObject { { QStringLiteral("sid"), QStringLiteral("../..") } }));
        QVERIFY(textbench::Account::fromJson(QJsonObject { { QStringLiteral("sid"), kSubA } }));
        const QString before = m_client->session().accountSid;
        m_client->setAccount(QStringLiteral("../../Accounts/AC1"));
        QCOMPARE(m_client->session().accountSid, before);
    }

    // --- senders ---------------------------------------------------------------------------------------------------

    void theSendersOfTheSandbox()
    {
        SenderDirectory senders(m_client.get());
        QSignalSpy changed(&senders, &SenderDirectory::changed);
        senders.ensureLoaded();
        QCOMPARE(senders.state(), SenderDirectory::State::Loading);
        QTRY_COMPARE(senders.state(), SenderDirectory::State::Ready);
        QVERIFY2(senders.problems().isEmpty(), qPrintable(senders.problems().join(u'\n')));
        QVERIFY(senders.knowsNumbers() && senders.knowsServices());
        const QList<Sender>& list = senders.senders();
        QCOMPARE(list.size(), 4); // two numbers, a short code, a service
        const Sender* main = senders.find(Account::kSender);
        QVERIFY(main);
        QCOMPARE(main->kind, Sender::Kind::Number);
        QVERIFY(main->sms && main->mms);
        QVERIFY(main->serviceSid.isEmpty());
        const Sender* second = senders.find(Account::kSecondNumber);
        QVERIFY(second);
        QVERIFY(second->sms && !second->mms);
        QCOMPARE(second->serviceSid, Account::kMessagingServiceSid);
        QCOMPARE(second->serviceName, QStringLiteral("Sandbox Messaging Service"));
        const Sender* code = senders.find(Account::kShortCode);
        QVERIFY(code);
        QCOMPARE(code->kind, Sender::Kind::ShortCode);
        const Sender* service = senders.find(Account::kMessagingServiceSid);
        QVERIFY(service);
        QCOMPARE(service->kind, Sender::Kind::Service);
        QVERIFY(!service->mms); // its one number sends SMS only
        // Kept for the run: asking again does not fetch again.
        const int before = changed.count();
        senders.ensureLoaded();
        QCOMPARE(changed.count(), before);
        // A change of target drops the list.
        m_client->setAccount(kSubA);
        QCOMPARE(senders.state(), SenderDirectory::State::Empty);
        QVERIFY(senders.senders().isEmpty());
    }

    void aSubaccountHasNoneOfItsParentsSenders()
    {
        m_client->setAccount(kSubA);
        SenderDirectory senders(m_client.get());
        senders.refresh();
        QTRY_COMPARE(senders.state(), SenderDirectory::State::Ready);
        QVERIFY2(senders.problems().isEmpty(), qPrintable(senders.problems().join(u'\n')));
        QVERIFY(senders.senders().isEmpty());
        QVERIFY(senders.knowsNumbers()); // it has none
        QVERIFY(!senders.knowsServices()); // messaging v1 would answer for the parent: not asked
    }

    void aFailingPartLeavesTheOthers()
    {
        // Credentials the sandbox does not know: every part fails, each said.
        m_client->setCredentials(Credentials::withAuthToken(Account::kAccountSid, QStringLiteral("0").repeated(32)));
        SenderDirectory senders(m_client.get());
        senders.refresh();
        QTRY_COMPARE(senders.state(), SenderDirectory::State::Ready);
        QCOMPARE(senders.problems().size(), 3);
        QVERIFY(senders.senders().isEmpty());
        // Nothing can be said to be or not be the account's.
        QVERIFY(!senders.knowsNumbers());
        QVERIFY(!senders.knowsServices());
    }

    void assembledFromWhatTwilioAnswers()
    {
        PhoneNumber a;
        a.phoneNumber = QStringLiteral("+14155550100");
        a.sms = true;
        a.mms = false;
        ServicePhoneNumber pooled;
        pooled.phoneNumber = QStringLiteral("+14155550100");
        pooled.serviceSid = QStringLiteral("MG1");
        pooled.capabilities = { QStringLiteral("SMS") };
        ServicePhoneNumber elsewhere; // in the pool, not in the account's list (another page, a parent's)
        elsewhere.phoneNumber = QStringLiteral("+14155550199");
        elsewhere.serviceSid = QStringLiteral("MG1");
        elsewhere.capabilities = { QStringLiteral("SMS"), QStringLiteral("MMS") };
        MessagingService service;
        service.sid = QStringLiteral("MG1");
        service.friendlyName = QStringLiteral("Alerts");
        ShortCode code;
        code.shortCode = QStringLiteral("894546");
        const QList<Sender> list = SenderDirectory::assemble({ a }, { code }, { service }, { pooled, elsewhere });
        QCOMPARE(list.size(), 4);
        QCOMPARE(list.at(0).serviceName, QStringLiteral("Alerts"));
        QVERIFY(!list.at(0).mms);
        QCOMPARE(list.at(1).address, QStringLiteral("+14155550199"));
        QVERIFY(list.at(1).mms);
        QCOMPARE(list.at(2).kind, Sender::Kind::ShortCode);
        QCOMPARE(list.at(3).kind, Sender::Kind::Service);
        QVERIFY(list.at(3).mms); // one of its numbers sends MMS
    }

    void theServicesNumbersAndShortCodes()
    {
        auto pool = run(new ListServicePhoneNumbersJob(m_client.get(), Account::kMessagingServiceSid, 50));
        QVERIFY2(pool->succeeded(), qPrintable(pool->error().toText()));
        QCOMPARE(pool->items().size(), 1);
        QCOMPARE(pool->items().first().phoneNumber, Account::kSecondNumber);
        QCOMPARE(pool->items().first().capabilities, QStringList({ QStringLiteral("SMS"), QStringLiteral("Voice") }));
        auto codes = run(new ListShortCodesJob(m_client.get(), 50));
        QVERIFY(codes->succeeded());
        QCOMPARE(codes->items().size(), 1);
        QCOMPARE(codes->items().first().shortCode, Account::kShortCode);
        auto service = run(new FetchMessagingServiceJob(m_client.get(), Account::kMessagingServiceSid));
        QVERIFY(service->succeeded());
        QCOMPARE(service->service().friendlyName, QStringLiteral("Sandbox Messaging Service"));
        auto unknown = run(
            new ListServicePhoneNumbersJob(m_client.get(), QStringLiteral("MG00000000000000000000000000000000"), 50));
        QCOMPARE(unknown->error().httpStatus(), 404);
        auto malformed = run(new FetchMessagingServiceJob(m_client.get(), QStringLiteral("MG123")));
        QCOMPARE(malformed->error().kind(), ApiError::Kind::InvalidInput);
    }

    // --- feedback --------------------------------------------------------------------------------------------------

    void feedbackIsRecorded()
    {
        const Message m = send();
        auto confirmed = run(new CreateFeedbackJob(m_client.get(), m.sid, QStringLiteral("Confirmed")));
        QVERIFY2(confirmed->succeeded(), qPrintable(confirmed->error().toText()));
        QCOMPARE(confirmed->feedback().outcome, QStringLiteral("confirmed"));
        QCOMPARE(confirmed->feedback().messageSid, m.sid);
        auto unconfirmed = run(new CreateFeedbackJob(m_client.get(), m.sid, QStringLiteral("unconfirmed")));
        QCOMPARE(unconfirmed->feedback().outcome, QStringLiteral("unconfirmed"));
        // Twilio's default when no Outcome is given.
        const QString path
            = QStringLiteral("/2010-04-01/Accounts/%1/Messages/%2/Feedback.json").arg(Account::kAccountSid, m.sid);
        QCOMPARE(raw("POST", path).json.value(u"outcome").toString(), QStringLiteral("confirmed"));
        const RawReply wrong = raw("POST", path, "Outcome=maybe");
        QCOMPARE(wrong.status, 400);
        QCOMPARE(wrong.json.value(u"code").toInt(), 20001);
    }

    void feedbackInputsAreCheckedBeforeSending_data()
    {
        QTest::addColumn<QString>("sid");
        QTest::addColumn<QString>("outcome");
        QTest::addColumn<int>("kind");
        QTest::newRow("bad outcome") << QStringLiteral("SM00000000000000000000000000000000") << QStringLiteral("yes")
                                     << int(ApiError::Kind::InvalidInput);
        QTest::newRow("bad sid") << QStringLiteral("SM12") << QStringLiteral("confirmed")
                                 << int(ApiError::Kind::InvalidInput);
        QTest::newRow("unknown message") << QStringLiteral("SM00000000000000000000000000000000")
                                         << QStringLiteral("confirmed") << int(ApiError::Kind::Http);
    }

    void feedbackInputsAreCheckedBeforeSending()
    {
        QFETCH(QString, sid);
        QFETCH(QString, outcome);
        QFETCH(int, kind);
        auto job = run(new CreateFeedbackJob(m_client.get(), sid, outcome));
        QCOMPARE(int(job->error().kind()), kind);
    }

    // --- lookup ----------------------------------------------------------------------------------------------------

    void lookups_data()
    {
        QTest::addColumn<QString>("number");
        QTest::addColumn<QString>("countryCode");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("e164");
        QTest::addColumn<QString>("lineType");
        QTest::addColumn<QString>("national");
        QTest::newRow("30006 number: landline")
            << QStringLiteral("+15005559006") << QString() << true << QStringLiteral("+15005559006")
            << QStringLiteral("landline") << QStringLiteral("(500) 555-9006");
        QTest::newRow("not SMS-capable: landline")
            << QStringLiteral("+15005550009") << QString() << true << QStringLiteral("+15005550009")
            << QStringLiteral("landline") << QStringLiteral("(500) 555-0009");
        QTest::newRow("magic invalid") << QStringLiteral("+15005550001") << QString() << false
                                       << QStringLiteral("+15005550001") << QString() << QString();
        QTest::newRow("the sandbox's sender: mobile")
            << QStringLiteral("+15005550006") << QString() << true << QStringLiteral("+15005550006")
            << QStringLiteral("mobile") << QStringLiteral("(500) 555-0006");
        QTest::newRow("a US number: mobile")
            << QStringLiteral("+14155552671") << QString() << true << QStringLiteral("+14155552671")
            << QStringLiteral("mobile") << QStringLiteral("(415) 555-2671");
        QTest::newRow("national with a country")
            << QStringLiteral("020 7946 0018") << QStringLiteral("GB") << true << QStringLiteral("+442079460018")
            << QStringLiteral("landline") << QStringLiteral("020 7946 0018");
        QTest::newRow("unknown range") << QStringLiteral("+44123") << QString() << false << QStringLiteral("+44123")
                                       << QString() << QString();
        QTest::newRow("no country code") << QStringLiteral("4155552671") << QString() << false
                                         << QStringLiteral("4155552671") << QString() << QString();
    }

    void lookups()
    {
        QFETCH(QString, number);
        QFETCH(QString, countryCode);
        QFETCH(bool, valid);
        QFETCH(QString, e164);
        QFETCH(QString, lineType);
        QFETCH(QString, national);
        auto job = run(new LookupPhoneNumberJob(m_client.get(), number, true, countryCode));
        QVERIFY2(job->succeeded(), qPrintable(job->error().toText()));
        const PhoneLookup& l = job->lookup();
        QCOMPARE(l.valid, valid);
        QCOMPARE(l.phoneNumber, e164);
        QCOMPARE(l.lineType, lineType);
        QCOMPARE(l.nationalFormat, national);
        QCOMPARE(l.validationErrors.isEmpty(), valid);
        if (!lineType.isEmpty())
            QCOMPARE(l.canReceiveSms(), lineType != u"landline");
    }

    void aLookupWithoutTheLineTypeIsFree()
    {
        auto job = run(new LookupPhoneNumberJob(m_client.get(), QStringLiteral("+15005559006"), false));
        QVERIFY(job->succeeded());
        QVERIFY(job->lookup().valid);
        QVERIFY(!job->lookup().hasLineType());
        QVERIFY(job->lookup().raw.value(u"line_type_intelligence").isNull());
    }

    void lookupInputs_data()
    {
        QTest::addColumn<QString>("number");
        QTest::addColumn<QString>("countryCode");
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("a path") << QStringLiteral("+1415/../Accounts") << QString();
        QTest::newRow("a query") << QStringLiteral("+1415?Fields=x") << QString();
        QTest::newRow("letters") << QStringLiteral("call me") << QString();
        QTest::newRow("too long") << QStringLiteral("1").repeated(65) << QString();
        QTest::newRow("bad country") << QStringLiteral("4155552671") << QStringLiteral("USA");
        QTest::newRow("dots") << QStringLiteral("..") << QString();
        QTest::newRow("no digit") << QStringLiteral("+ - ()") << QString();
        QTest::newRow("full-width digits") << QStringLiteral("+１４１５５５５２６７１") << QString();
        QTest::newRow("Arabic-Indic digits") << QStringLiteral("+١٤١٥٥٥٥٢٦٧١") << QString();
    }

    void lookupInputs()
    {
        QFETCH(QString, number);
        QFETCH(QString, countryCode);
        auto job = run(new LookupPhoneNumberJob(m_client.get(), number, true, countryCode));
        QCOMPARE(job->error().kind(), ApiError::Kind::InvalidInput);
    }

    void lookupFieldsAreChecked()
    {
        const RawReply unknown = raw("GET", QStringLiteral("/v2/PhoneNumbers/+14155552671?Fields=horoscope"));
        QCOMPARE(unknown.status, 400);
        QCOMPARE(unknown.json.value(u"code").toInt(), 60200);
        // A field Twilio knows and the sandbox does not serve answers null.
        const RawReply known = raw("GET", QStringLiteral("/v2/PhoneNumbers/+14155552671?Fields=caller_name"));
        QCOMPARE(known.status, 200);
        QVERIFY(known.json.value(u"caller_name").isNull());
        QVERIFY(known.json.value(u"line_type_intelligence").isNull());
    }
};

QTEST_GUILESS_MAIN(Tst_SandboxAccounts)
#include "tst_sandboxaccounts.moc"
