// SPDX-License-Identifier: GPL-3.0-or-later
// The shapes every operation is built on, over real HTTP on loopback: ResourceJob (one request, one resource back)
// and PageJob (pages of resources, here in the v1 APIs' envelope on the messaging host, which the next operations
// use), the session a job takes when it starts and keeps for every request it makes, and its one validation.
#include "api/apiclient.h"
#include "api/pageenvelope.h"
#include "api/pagejob.h"
#include "api/requestlog.h"
#include "api/resourcejob.h"
#include "fixtures.h"
#include "testserver.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace textbench;
using textbench::test::finishes;
using textbench::test::RecordedRequest;
using textbench::test::TestServer;

namespace {
const QString& kAccount = textbench::test::kAccountSid;
const QString& kToken = textbench::test::kAuthToken;
const QString kOtherAccount = QStringLiteral("ACffffffffffffffffffffffffffffffff");
const QString kOtherToken = QStringLiteral("0000000000000000ffffffffffffffff");

QByteArray basic(const QString& user, const QString& secret)
{
    return "Basic " + (user + u':' + secret).toUtf8().toBase64();
}

// A resource of the kind the v1 APIs list (a Messaging Service): just what these tests need.
struct Service
{
    QString sid;
    QString name;
    static std::optional<Service> fromJson(const QJsonObject& json, QString* problem)
    {
        if (!json.value(u"sid").isString()) {
            *problem = QStringLiteral("no sid");
            return std::nullopt;
        }
        return Service { json.value(u"sid").toString(), json.value(u"friendly_name").toString() };
    }
};

struct ServicePage : PageEnvelope
{
    using Item = Service;
    QList<Service> services;
    const QList<Service>& items() const { return services; }
    static std::optional<ServicePage> fromJson(const QJsonObject& json, QString* problem)
    {
        auto items = PageItems::read<Service>(json, QStringLiteral("services"), problem);
        if (!items)
            return std::nullopt;
        ServicePage page;
        static_cast<PageEnvelope&>(page) = PageEnvelope::fromJson(json);
        page.services = std::move(*items);
        return page;
    }
};

// GET /v1/Services on the messaging host: an operation is its path, verb and result type.
class ListServicesJob : public PageJob<ServicePage>
{
public:
    ListServicesJob(ApiClient* client, int limit)
        : PageJob(client, ApiProduct::Messaging, QStringLiteral("services.list"), limit)
    { }

protected:
    ApiRequest firstPageRequest() const override
    {
        return request("GET", ApiProduct::Messaging, QStringLiteral("/v1/Services"), QStringLiteral("services.list"),
            { { QStringLiteral("PageSize"), QStringLiteral("2") } });
    }
};

// The same list, streamed: it records what it was handed and how many requests had been sent by then.
class StreamingServicesJob : public ListServicesJob
{
public:
    using ListServicesJob::ListServicesJob;
    QList<QStringList> pages;
    QList<int> requestsSentByThen;

protected:
    void pageArrived(const ServicePage&, const QList<Service>& items) override
    {
        QStringList names;
        for (const Service& s : items)
            names << s.name;
        pages << names;
        requestsSentByThen << client()->requestLog()->size();
    }
};

// The streamed list, paced: it takes each page and says when it is through with it only when the test says so.
class PacedServicesJob : public StreamingServicesJob
{
public:
    PacedServicesJob(ApiClient* client, int limit)
        : StreamingServicesJob(client, limit)
    {
        setKeepItems(false);
        setPaced(true);
        setAutoDelete(false);
    }
};

// GET /v1/Services/{sid}: one request, one resource back; counts its validations.
class FetchServiceJob : public ResourceJob<Service>
{
public:
    FetchServiceJob(ApiClient* client, const QString& sid)
        : ResourceJob(client)
        , m_sid(sid)
    { }
    ApiRequest firstRequest() const override
    {
        return request(
            "GET", ApiProduct::Messaging, QStringLiteral("/v1/Services/") + m_sid, QStringLiteral("services.fetch"));
    }
    int validations = 0;

protected:
    QString validateInputs() override
    {
        ++validations;
        return m_sid.startsWith(u"MG") ? QString() : QStringLiteral("not a Messaging Service SID");
    }

private:
    QString m_sid;
};

QJsonObject service(int i)
{
    return { { QStringLiteral("sid"), QStringLiteral("MG%1").arg(i, 32, 10, QChar(u'0')) },
        { QStringLiteral("friendly_name"), QStringLiteral("Service %1").arg(i) } };
}

// A v1 page: the items under their key, and "meta" with absolute URLs.
QJsonDocument v1Page(const QJsonArray& services, const QString& next)
{
    return QJsonDocument(QJsonObject {
        { QStringLiteral("services"), services },
        { QStringLiteral("meta"),
            QJsonObject { { QStringLiteral("page"), 0 }, { QStringLiteral("page_size"), 2 },
                { QStringLiteral("key"), QStringLiteral("services") },
                { QStringLiteral("next_page_url"),
                    next.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(next) } } },
    });
}
} // namespace

class Tst_Jobs : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<ApiClient> m_client;

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<TestServer>();
        QVERIFY(m_server->port() > 0);
        m_client = textbench::test::makeClient(m_server->baseUrl());
    }

    void cleanup()
    {
        m_client.reset();
        m_server.reset();
    }

    void aResourceJobReadsOneResource()
    {
        m_server->setHandler(
            [](const RecordedRequest&, QTcpSocket* s) { TestServer::replyJson(s, 200, QJsonDocument(service(7))); });
        auto* job = new FetchServiceJob(m_client.get(), QStringLiteral("MG7"));
        QVERIFY(finishes(job));
        QVERIFY2(job->succeeded(), qPrintable(job->error().toText()));
        QCOMPARE(job->result().name, QStringLiteral("Service 7"));
        // A custom base URL serves every product: the messaging path on the sandbox's one origin.
        QCOMPARE(m_server->requests().first().path, QByteArray("/v1/Services/MG7"));
        delete job;
    }

    void aResourceJobRefusesWhatIsNotTheResource_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("problem");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
        QTest::newRow("not JSON") << QByteArray("<html>") << QStringLiteral("not JSON");
        QTest::newRow("an array") << QByteArray("[]") << QStringLiteral("not an object");
        QTest::newRow("no sid") << QByteArray("{\"friendly_name\":\"x\"}") << QStringLiteral("no sid");
    }

    void aResourceJobRefusesWhatIsNotTheResource()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, problem);
        m_server->setHandler([body](const RecordedRequest&, QTcpSocket* s) { TestServer::reply(s, 200, body); });
        auto* job = new FetchServiceJob(m_client.get(), QStringLiteral("MG7"));
        QVERIFY(finishes(job));
        QCOMPARE(job->error().kind(), ApiError::Kind::BadResponse);
        QVERIFY2(job->error().toText().contains(problem), qPrintable(job->error().toText()));
        delete job;
    }

    void validationHappensOnce()
    {
        m_server->setHandler(
            [](const RecordedRequest&, QTcpSocket* s) { TestServer::replyJson(s, 200, QJsonDocument(service(1))); });
        auto* job = new FetchServiceJob(m_client.get(), QStringLiteral("MG1"));
        QVERIFY(!job->validate().isError()); // a form asks first, then starts
        QVERIFY(finishes(job));
        QVERIFY(job->succeeded());
        QCOMPARE(job->validations, 1);
        delete job;

        // What it refuses is InvalidInput, and nothing is sent.
        auto* bad = new FetchServiceJob(m_client.get(), QStringLiteral("XX1"));
        const ApiError error = bad->validate();
        QCOMPARE(error.kind(), ApiError::Kind::InvalidInput);
        QVERIFY(error.explanation().contains(QStringLiteral("Messaging Service")));
        QVERIFY(finishes(bad));
        QCOMPARE(bad->validations, 1);
        QCOMPARE(bad->error().kind(), ApiError::Kind::InvalidInput);
        QCOMPARE(m_server->requests().size(), 1);
        delete bad;
    }

    void aJobKeepsTheSessionItStartedWith()
    {
        // The target changes while the request is on its way (a profile switch): the job's answer says which session
        // it belongs to, and the client says that session is no longer current.
        m_server->setHandler([this](const RecordedRequest&, QTcpSocket* s) {
            m_client->setCredentials(Credentials::withAuthToken(kOtherAccount, kOtherToken));
            TestServer::replyJson(s, 200, QJsonDocument(service(1)));
        });
        auto* job = new FetchServiceJob(m_client.get(), QStringLiteral("MG1"));
        const ApiSession before = m_client->session();
        QVERIFY(finishes(job));
        QVERIFY(job->succeeded());
        QCOMPARE(job->session().generation, before.generation);
        QCOMPARE(job->session().accountSid, kAccount);
        QVERIFY(!m_client->isCurrent(job->session()));
        QCOMPARE(m_client->session().accountSid, kOtherAccount);
        QVERIFY(m_client->session().generation > before.generation);
        // The policy is not a target: changing it starts no new generation.
        const quint64 generation = m_client->session().generation;
        m_client->setPolicy(RequestPolicy {});
        QCOMPARE(m_client->session().generation, generation);
        delete job;
    }

    void aV1ListFollowsItsAbsoluteNextPageUrl()
    {
        // Twilio's v1 APIs give the next page as an absolute URL in meta.next_page_url. The credentials of every page
        // are the session's the job started with, even when the client's target changes between pages.
        const QString base = m_server->baseUrl();
        m_server->setHandler([this, base](const RecordedRequest& r, QTcpSocket* s) {
            if (!r.query.contains("Page=1")) {
                m_client->setCredentials(Credentials::withAuthToken(kOtherAccount, kOtherToken));
                TestServer::replyJson(s, 200,
                    v1Page({ service(1), service(2) },
                        base + QStringLiteral("/v1/Services?PageSize=2&Page=1&PageToken=PT2")));
                return;
            }
            TestServer::replyJson(s, 200, v1Page({ service(3) }, {}));
        });
        auto* job = new ListServicesJob(m_client.get(), 0);
        QVERIFY(finishes(job));
        QVERIFY2(job->succeeded(), qPrintable(job->error().toText()));
        QCOMPARE(job->items().size(), 3);
        QCOMPARE(job->items().last().name, QStringLiteral("Service 3"));
        QCOMPARE(job->pagesFetched(), 2);
        QVERIFY(!job->hasMore());
        QCOMPARE(m_server->requests().size(), 2);
        QCOMPARE(m_server->requests().at(0).query, QByteArray("PageSize=2"));
        QCOMPARE(m_server->requests().at(1).query, QByteArray("PageSize=2&Page=1&PageToken=PT2"));
        for (const RecordedRequest& r : m_server->requests())
            QCOMPARE(r.header("Authorization"), basic(kAccount, kToken));
        delete job;
    }

    void aStreamingListKeepsNothingAndHasTheNextPageOnItsWay_data()
    {
        QTest::addColumn<int>("limit");
        QTest::addColumn<QList<QStringList>>("pages");
        QTest::addColumn<QList<int>>("requestsSentByThen");
        QTest::addColumn<bool>("hasMore");
        const auto names = [](std::initializer_list<int> numbers) {
            QStringList out;
            for (int n : numbers)
                out << QStringLiteral("Service %1").arg(n);
            return out;
        };
        // Each page is handed out after the next one was asked for: it travels while this one is printed.
        QTest::newRow("all") << 0 << QList<QStringList> { names({ 1, 2 }), names({ 3, 4 }), names({ 5 }) }
                             << QList<int> { 2, 3, 3 } << false;
        QTest::newRow("limit inside a page")
            << 3 << QList<QStringList> { names({ 1, 2 }), names({ 3 }) } << QList<int> { 2, 2 } << true;
    }
    void aStreamingListKeepsNothingAndHasTheNextPageOnItsWay()
    {
        QFETCH(int, limit);
        QFETCH(QList<QStringList>, pages);
        QFETCH(QList<int>, requestsSentByThen);
        QFETCH(bool, hasMore);
        const QString base = m_server->baseUrl();
        m_server->setHandler([this, base](const RecordedRequest& r, QTcpSocket* s) {
            const int page = r.query.contains("Page=2") ? 2 : r.query.contains("Page=1") ? 1 : 0;
            const QString next = base + QStringLiteral("/v1/Services?PageSize=2&Page=%1&PageToken=PT%1").arg(page + 1);
            if (page < 2)
                TestServer::replyJson(s, 200, v1Page({ service(page * 2 + 1), service(page * 2 + 2) }, next));
            else
                TestServer::replyJson(s, 200, v1Page({ service(5) }, {}));
        });
        auto* job = new StreamingServicesJob(m_client.get(), limit);
        job->setKeepItems(false);
        job->setAutoDelete(false);
        QVERIFY(finishes(job));
        QVERIFY2(job->succeeded(), qPrintable(job->error().toText()));
        QCOMPARE(job->pages, pages);
        QCOMPARE(job->requestsSentByThen, requestsSentByThen);
        QVERIFY(job->items().isEmpty()); // kept nothing
        qsizetype handed = 0;
        for (const QStringList& p : pages)
            handed += p.size();
        QCOMPARE(job->itemCount(), handed);
        QCOMPARE(job->hasMore(), hasMore);
        delete job;
    }

    void aPacedListWaitsForEachPageToBeTaken()
    {
        // Three pages. The job asks for page 2 as it hands page 1 out, reads it, and holds it until page 1 is
        // taken; it asks for page 3 only then. Its end waits for the last page too.
        const QString base = m_server->baseUrl();
        m_server->setHandler([base](const RecordedRequest& r, QTcpSocket* s) {
            const int page = r.query.contains("Page=2") ? 2 : r.query.contains("Page=1") ? 1 : 0;
            const QString next = base + QStringLiteral("/v1/Services?PageSize=2&Page=%1&PageToken=PT%1").arg(page + 1);
            TestServer::replyJson(s, 200, v1Page({ service(page * 2 + 1) }, page < 2 ? next : QString()));
        });
        PacedServicesJob job(m_client.get(), 0);
        QSignalSpy finished(&job, &ApiJob::finished);
        job.start();
        for (int taken = 0; taken < 3; ++taken) {
            QTRY_COMPARE(job.pages.size(), taken + 1);
            QTRY_VERIFY(job.isWaitingForTaker()); // the next page read, or the end reached, and held
            QCOMPARE(job.pages.size(), taken + 1); // still: nothing more handed out
            QCOMPARE(m_server->requests().size(), std::min(taken + 2, 3)); // one page ahead, no more
            QVERIFY(finished.isEmpty());
            job.pageTaken();
        }
        QTRY_COMPARE(finished.size(), 1);
        QVERIFY2(job.succeeded(), qPrintable(job.error().toText()));
        QCOMPARE(job.pages.size(), 3);
        QCOMPARE(m_server->requests().size(), 3);
    }

    void aPacedListSaysItsErrorAfterThePageBefore()
    {
        // Page 2 fails (a 500 after the retries GETs get): the error waits until page 1 is taken, so that all of
        // page 1 is printed before it.
        const QString base = m_server->baseUrl();
        m_server->setHandler([base](const RecordedRequest& r, QTcpSocket* s) {
            if (r.query.contains("Page=1"))
                TestServer::replyJson(s, 500, QJsonDocument(QJsonObject { { QStringLiteral("code"), 20500 } }));
            else
                TestServer::replyJson(s, 200, v1Page({ service(1) }, base + QStringLiteral("/v1/Services?Page=1")));
        });
        PacedServicesJob job(m_client.get(), 0);
        QSignalSpy finished(&job, &ApiJob::finished);
        job.start();
        QTRY_COMPARE(job.pages.size(), 1);
        QTRY_VERIFY(job.isWaitingForTaker());
        QVERIFY(finished.isEmpty());
        job.pageTaken();
        QCOMPARE(finished.size(), 1);
        QCOMPARE(job.error().kind(), ApiError::Kind::Http);
    }

    void aPacedListIsCancelledAtOnce()
    {
        // Nobody reads any more (a closed pipe): the job ends at once, page out or not, and asks for nothing more.
        const QString base = m_server->baseUrl();
        m_server->setHandler([base](const RecordedRequest& r, QTcpSocket* s) {
            const int page = r.query.contains("Page=1") ? 1 : 0;
            TestServer::replyJson(s, 200,
                v1Page({ service(page + 1) }, base + QStringLiteral("/v1/Services?Page=%1").arg(page + 1)));
        });
        PacedServicesJob job(m_client.get(), 0);
        QSignalSpy finished(&job, &ApiJob::finished);
        job.start();
        QTRY_VERIFY(job.isWaitingForTaker());
        job.cancel();
        QCOMPARE(finished.size(), 1);
        QCOMPARE(job.error().kind(), ApiError::Kind::Cancelled);
        job.pageTaken(); // too late: nothing happens
        test::waitToSeeNothingHappen(100);
        QCOMPARE(job.pages.size(), 1);
        QCOMPARE(m_server->requests().size(), 2);
    }

    void aV1ListStopsAtTheLimit()
    {
        const QString base = m_server->baseUrl();
        m_server->setHandler([base](const RecordedRequest&, QTcpSocket* s) {
            TestServer::replyJson(
                s, 200, v1Page({ service(1), service(2) }, base + QStringLiteral("/v1/Services?PageSize=2&Page=1")));
        });
        auto* job = new ListServicesJob(m_client.get(), 1);
        QVERIFY(finishes(job));
        QVERIFY(job->succeeded());
        QCOMPARE(job->items().size(), 1);
        QVERIFY(job->hasMore());
        QCOMPARE(m_server->requests().size(), 1);
        delete job;
    }

    void aV1NextPageOffOriginIsRefused_data()
    {
        QTest::addColumn<QString>("next"); // %1: this server's port
        QTest::newRow("another host") << QStringLiteral("http://localhost:%1/v1/Services?Page=1");
        QTest::newRow("another port") << QStringLiteral("http://127.0.0.1:1/v1/Services?Page=1");
        QTest::newRow("https") << QStringLiteral("https://127.0.0.1:%1/v1/Services?Page=1");
        QTest::newRow("Twilio's api host") << QStringLiteral("https://api.twilio.com/v1/Services?Page=1");
        QTest::newRow("protocol-relative") << QStringLiteral("//127.0.0.2:%1/v1/Services?Page=1");
    }

    void aV1NextPageOffOriginIsRefused()
    {
        QFETCH(QString, next);
        const QString link = next.contains(u"%1") ? next.arg(m_server->port()) : next;
        m_server->setHandler([link](const RecordedRequest&, QTcpSocket* s) {
            TestServer::replyJson(s, 200, v1Page({ service(1) }, link));
        });
        auto* job = new ListServicesJob(m_client.get(), 0);
        QVERIFY(finishes(job));
        QCOMPARE(job->error().kind(), ApiError::Kind::BadResponse);
        QVERIFY2(job->error().toText().contains(QStringLiteral("not followed")), qPrintable(job->error().toText()));
        QCOMPARE(m_server->requests().size(), 1);
        delete job;
    }
};

QTEST_GUILESS_MAIN(Tst_Jobs)
#include "tst_jobs.moc"
