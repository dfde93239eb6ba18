// SPDX-License-Identifier: GPL-3.0-or-later
// The hostile suite's rows for the hosts of real accounts: Messaging Services (messaging v1 paging with absolute
// next_page_url), a service's numbers, short codes, the Accounts list, Message Feedback and Lookup v2. Each runs
// through the core's job and, where there is one, the textbench-cli command; each must end in a typed, explained
// error (or success), never follow a page off its origin, never resend a create, never send the credentials
// elsewhere.
#include "accounts/accountjobs.h"
#include "hostile.h"
#include "lookups/lookupjobs.h"
#include "numbers/senderjobs.h"

namespace {
const QString kService = QStringLiteral("MG0123456789abcdef0123456789abcdef");

struct AccountRow
{
    Tst_Hostile::AccountOp op;
    TestServer::Handler handler;
    ApiError::Kind kind;
    QString says;
    int httpStatus = 0;
    int maxRequests = 1;
};
} // namespace
Q_DECLARE_METATYPE(AccountRow)

ApiJob* Tst_Hostile::accountJob(AccountOp op, ApiClient* client)
{
    switch (op) {
    case AccountOp::Services:
        return new ListMessagingServicesJob(client, 50);
    case AccountOp::ServiceNumbers:
        return new ListServicePhoneNumbersJob(client, kService, 50);
    case AccountOp::ShortCodes:
        return new ListShortCodesJob(client, 50);
    case AccountOp::Accounts:
        return new ListAccountsJob(client, 50);
    case AccountOp::Lookup:
        return new LookupPhoneNumberJob(client, kTo);
    case AccountOp::Feedback:
        return new CreateFeedbackJob(client, kSid, QStringLiteral("confirmed"));
    }
    return nullptr;
}

QStringList Tst_Hostile::accountCliArgs(AccountOp op) const
{
    QStringList args;
    switch (op) {
    case AccountOp::Services:
        args << QStringLiteral("messaging-services") << QStringLiteral("list");
        break;
    case AccountOp::ServiceNumbers:
        args << QStringLiteral("messaging-services") << QStringLiteral("phone-numbers") << QStringLiteral("--sid")
             << kService;
        break;
    case AccountOp::ShortCodes:
        return {}; // the window's From list only
    case AccountOp::Accounts:
        args << QStringLiteral("accounts") << QStringLiteral("list");
        break;
    case AccountOp::Lookup:
        args << QStringLiteral("lookup") << kTo;
        break;
    case AccountOp::Feedback:
        args << QStringLiteral("messages") << QStringLiteral("feedback") << QStringLiteral("--sid") << kSid
             << QStringLiteral("--outcome") << QStringLiteral("confirmed");
        break;
    }
    return args << QStringLiteral("--base-url") << baseUrl(Where::Http) << QStringLiteral("--timeout")
                << QStringLiteral("2") << QStringLiteral("--deadline") << QStringLiteral("5");
}

void Tst_Hostile::hostileAccountHosts_data()
{
    QTest::addColumn<AccountRow>("row");
    using K = ApiError::Kind;
    const auto add = [](const char* name, AccountOp op, TestServer::Handler handler, K kind, const QString& says,
                         int status = 0, int maxRequests = 1) {
        QTest::newRow(name) << AccountRow { op, std::move(handler), kind, says, status, maxRequests };
    };
    const auto answer = [](int status, const QByteArray& body) {
        return [=](const RecordedRequest&, QTcpSocket* s) { TestServer::reply(s, status, body); };
    };
    const QByteArray origin = m_server->baseUrl().toLatin1();
    const QByteArray otherPort = m_other->baseUrl().toLatin1();
    const QByteArray otherName = m_server->baseUrl(QStringLiteral("localhost")).toLatin1();
    // A page of one service whose next page is \a next (computed from the request).
    const auto servicesPage = [](const std::function<QByteArray(const RecordedRequest&)>& next) {
        return [next](const RecordedRequest& r, QTcpSocket* s) {
            TestServer::reply(s, 200,
                R"({"services":[{"sid":"MG0123456789abcdef0123456789abcdef","friendly_name":"x"}],"meta":{"page":0,)"
                R"("page_size":1,"key":"services","next_page_url":")"
                    + next(r) + R"("}})");
        };
    };
    const auto stream = [](qsizetype chunkSize, int chunks) {
        return [=](const RecordedRequest&, QTcpSocket* s) {
            s->write(statusLine(200) + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n");
            const QByteArray chunk(chunkSize, ' ');
            for (int i = 0; i < chunks; ++i)
                s->write(QByteArray::number(chunk.size(), 16) + "\r\n" + chunk + "\r\n");
        };
    };

    // Paging: the credentials stay on their origin.
    add("services: next page on another port", AccountOp::Services,
        servicesPage([otherPort](const RecordedRequest&) -> QByteArray { return otherPort + "/v1/Services?Page=1"; }),
        K::BadResponse, QStringLiteral("not followed"));
    add("services: next page on another host name", AccountOp::Services,
        servicesPage([otherName](const RecordedRequest&) -> QByteArray { return otherName + "/v1/Services?Page=1"; }),
        K::BadResponse, QStringLiteral("not followed"));
    add("services: next page over https on another port", AccountOp::Services,
        servicesPage(
            [](const RecordedRequest&) -> QByteArray { return QByteArray("https://127.0.0.1:1/v1/Services?Page=1"); }),
        K::BadResponse, QStringLiteral("not followed"));
    add("services: the next page is this page", AccountOp::Services,
        servicesPage([origin](const RecordedRequest& r) -> QByteArray { return origin + r.path + '?' + r.query; }),
        K::BadResponse, QStringLiteral("already fetched"), 0, 1);
    add(
        "short codes: next page on another port", AccountOp::ShortCodes,
        [otherPort](const RecordedRequest&, QTcpSocket* s) {
            TestServer::reply(s, 200,
                R"({"short_codes":[{"sid":"SC0123456789abcdef0123456789abcdef","short_code":"55501"}],"next_page_uri":")"
                    + otherPort + R"(/2010-04-01/Accounts/x/SMS/ShortCodes.json?Page=1"})");
        },
        K::BadResponse, QStringLiteral("not followed"));
    add(
        "service numbers: a redirect to another port", AccountOp::ServiceNumbers,
        [otherPort](const RecordedRequest& r, QTcpSocket* s) {
            TestServer::reply(s, 302, {}, { { "Location", otherPort + r.path } }, {});
        },
        K::Redirect, QStringLiteral("credentials were not sent"));
    // Pages that are not what Twilio sends.
    add("services: a page past the 8 MiB cap", AccountOp::Services, stream(256 * 1024, 40), K::Oversize,
        QStringLiteral("MiB"));
    add("services: entries that are not services", AccountOp::Services,
        answer(200, R"({"services":[1,"two",null],"meta":{"next_page_url":null}})"), K::BadResponse,
        QStringLiteral("not what Twilio sends"));
    add("service numbers: no list at all", AccountOp::ServiceNumbers, answer(200, R"({"meta":{}})"), K::BadResponse,
        QStringLiteral("not what Twilio sends"));
    add("accounts: a page of strings", AccountOp::Accounts, answer(200, R"({"accounts":["AC1","AC2"]})"),
        K::BadResponse, QStringLiteral("not what Twilio sends"));
    add("accounts: refused credentials", AccountOp::Accounts,
        answer(401, R"({"code":20003,"message":"Authenticate","status":401})"), K::Http, QString(), 401);
    // Lookups that are not what Twilio sends.
    add("lookup: valid is a word", AccountOp::Lookup, answer(200, R"({"valid":"yes","phone_number":"+14155552671"})"),
        K::BadResponse, QStringLiteral("not what Twilio sends"));
    add("lookup: an HTML page", AccountOp::Lookup, answer(200, "<html><body>Lookup</body></html>"), K::BadResponse,
        QStringLiteral("not what Twilio sends"));
    add("lookup: 10,000-deep nesting", AccountOp::Lookup,
        answer(200, QByteArray(10'000, '[') + QByteArray(10'000, ']')), K::BadResponse,
        QStringLiteral("not what Twilio sends"));
    add("lookup: 2.5 MiB for one number", AccountOp::Lookup, stream(64 * 1024, 40), K::Oversize, QStringLiteral("MiB"));
    add("lookup: Twilio's 404", AccountOp::Lookup,
        answer(404, R"({"code":20404,"message":"The requested resource was not found","status":404})"), K::Http,
        QString(), 404);
    // A create is never sent twice.
    add("feedback: a 503 is not resent", AccountOp::Feedback, answer(503, "{}"), K::Http, QString(), 503, 1);
    add("feedback: a malformed answer", AccountOp::Feedback, answer(200, R"({"outcome": )"), K::BadResponse,
        QStringLiteral("not what Twilio sends"), 0, 1);
}

void Tst_Hostile::hostileAccountHosts()
{
    QFETCH(AccountRow, row);
    m_server->setHandler(row.handler);
    auto restore = qScopeGuard([this] { m_server->setHandler(nullptr); });

    // Through the core.
    resetServers();
    ++g_tally.core;
    auto client = textbench::test::makeClient(baseUrl(Where::Http));
    std::unique_ptr<ApiJob> job(accountJob(row.op, client.get()));
    job->setAutoDelete(false);
    if (!textbench::test::finishes(job.get(), kHangMs)) {
        ++g_tally.hung;
        job->cancel();
        QFAIL("the core did not finish within its deadline");
    }
    const ApiError& e = job->error();
    QVERIFY2(e.kind() == row.kind, qPrintable(kindName(e.kind()) + u": " + e.toText()));
    const QString said = e.title() + u'\n' + e.explanation() + u'\n' + e.nextStep();
    QVERIFY2(said.contains(row.says, Qt::CaseInsensitive), qPrintable(u"expected \"" + row.says + u"\" in:\n" + said));
    if (row.httpStatus)
        QCOMPARE(e.httpStatus(), row.httpStatus);
    // What this job sent (an open window may list the same paths in the background meanwhile).
    QVERIFY2(client->requestLog()->entries().size() <= row.maxRequests, qPrintable(requestsSeen(Where::Http)));
    const int leaks
        = offOriginCredentials(Where::Http) + (containsSecret(everythingShown(e, *client->requestLog())) ? 1 : 0);
    g_tally.leaked += leaks;
    QVERIFY2(leaks == 0, "the credentials reached something other than their origin");

    // Through textbench-cli, where a command does this.
    const QStringList args = accountCliArgs(row.op);
    if (args.isEmpty())
        return;
    resetServers();
    ++g_tally.cli;
    const auto r = cli(args, cliEnv(), {}, kHangMs + 3'000);
    const QByteArray output = r.out + r.err;
    const int cliLeaks = offOriginCredentials(Where::Http) + (containsSecret(output) ? 1 : 0);
    g_tally.leaked += cliLeaks;
    QVERIFY2(cliLeaks == 0, masked(output).constData());
    QVERIFY2(r.exitCode == cliExitFor(row.kind, row.httpStatus),
        qPrintable(QStringLiteral("exit %1, expected %2:\n%3")
                       .arg(r.exitCode)
                       .arg(cliExitFor(row.kind, row.httpStatus))
                       .arg(QString::fromUtf8(masked(output)))));
    QVERIFY2(QString::fromUtf8(r.err).contains(e.title()), masked(r.err).constData());
    if (row.op == AccountOp::Feedback) // a create: never twice
        QVERIFY2(actionRequests(*m_server).size() <= row.maxRequests, qPrintable(requestsSeen(Where::Http)));
}
