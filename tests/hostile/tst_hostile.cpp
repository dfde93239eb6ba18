// SPDX-License-Identifier: GPL-3.0-or-later
// The hostile-server suite's fixture: the servers, the tally, and each transport row run through every layer (see
// hostile.h).
#include "hostile.h"

QString Tst_Hostile::baseUrl(Where where) const
{
    switch (where) {
    case Where::Http:
        return m_server->baseUrl();
    case Where::PlainOnHttps:
        return QStringLiteral("https://127.0.0.1:%1").arg(m_server->port());
    default:
        return QStringLiteral("https://127.0.0.1:%1").arg(m_tls.at(where)->port());
    }
}

TestServer* Tst_Hostile::serverFor(Where where) const
{
    return where == Where::Http || where == Where::PlainOnHttps ? m_server.get() : m_tls.at(where).get();
}

void Tst_Hostile::resetServers()
{
    m_hits = 0;
    m_server->clearRequests();
    m_other->clearRequests();
    for (auto& [w, s] : m_tls)
        s->clearRequests();
}

// Any request that arrived anywhere but the origin with an Authorization header is a leak.
int Tst_Hostile::offOriginCredentials(Where origin) const
{
    int n = 0;
    auto count = [&n](const TestServer& s) {
        for (const RecordedRequest& r : s.requests())
            n += r.hasHeader("Authorization") ? 1 : 0;
    };
    count(*m_other);
    if (origin != Where::Http && origin != Where::PlainOnHttps) {
        count(*m_server);
    } else {
        // The origin's port also answers as "localhost": a request that arrived under that name followed a
        // redirect to another host name.
        for (const RecordedRequest& r : m_server->requests())
            n += r.hasHeader("Authorization") && !r.header("Host").startsWith("127.0.0.1") ? 1 : 0;
    }
    for (const auto& [w, s] : m_tls) {
        if (w != origin)
            count(*s);
    }
    return n;
}

// Requests of \a op's method that reached the origin (a window left open may poll other things).
int Tst_Hostile::requestsAtOrigin(Where where, Op op) const
{
    const QByteArray method = op == Op::Create ? "POST" : "GET";
    const QList<RecordedRequest> all = actionRequests(*serverFor(where));
    return int(std::count_if(all.cbegin(), all.cend(), [&](const RecordedRequest& r) { return r.method == method; }));
}

// "POST /path (123 bytes), GET /path?query": for failure messages.
QString Tst_Hostile::requestsSeen(Where where) const
{
    QStringList out;
    for (const RecordedRequest& r : serverFor(where)->requests())
        out << QString::fromLatin1(r.method + ' ' + r.path + (r.query.isEmpty() ? QByteArray() : '?' + r.query))
                + QStringLiteral(" (%1 bytes)").arg(r.body.size());
    return out.join(QStringLiteral(", "));
}

CreateMessageParams Tst_Hostile::createParams()
{
    CreateMessageParams p;
    p.to = kTo;
    p.from = kFrom;
    p.body = kBody;
    return p;
}

void Tst_Hostile::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_server = std::make_unique<TestServer>(/*alsoIpv6=*/true);
    m_other = std::make_unique<TestServer>();
    QVERIFY(m_server->port() > 0 && m_other->port() > 0);

    // TLS origins, one per certificate; the test CA is trusted by this process only.
    const QString certs = QStringLiteral(TEXTBENCH_TEST_DATA "/hostile/certs/");
    m_caFile = certs + QStringLiteral("ca.pem");
    const auto ca = QSslCertificate::fromPath(m_caFile);
    QCOMPARE(ca.size(), 1);
    QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
    conf.addCaCertificates(ca);
    QSslConfiguration::setDefaultConfiguration(conf);
    const std::pair<Where, const char*> files[] = { { Where::TlsGood, "good" }, { Where::TlsSelfSigned, "selfsigned" },
        { Where::TlsExpired, "expired" }, { Where::TlsWrongHost, "wronghost" } };
    for (const auto& [where, name] : files) {
        QFile certFile(certs + QLatin1String(name) + QStringLiteral(".pem"));
        QFile keyFile(certs + QLatin1String(name) + QStringLiteral(".key"));
        QVERIFY(certFile.open(QIODevice::ReadOnly) && keyFile.open(QIODevice::ReadOnly));
        const QSslCertificate cert(&certFile);
        const QSslKey key(&keyFile, QSsl::Ec);
        QVERIFY2(!cert.isNull() && !key.isNull(), name);
        auto server = std::make_unique<TestServer>(cert, key);
        QVERIFY(server->port() > 0);
        server->setHandler([](const RecordedRequest&, QTcpSocket* s) { TestServer::reply(s, 200, messageBody()); });
        m_tls[where] = std::move(server);
    }
}

void Tst_Hostile::cleanupTestCase()
{
    m_window.reset();
    m_workbench.reset();
    const int cases = g_tally.core + g_tally.cli + g_tally.gui + g_tally.input + g_tally.webhooks;
    const QByteArray line = QStringLiteral("hostile: %1 cases (core %2, cli %3, gui %4, input %5, webhooks %6): %7 "
                                           "crashed, %8 hung, %9 leaked, %10 inputs lost; longest stall while apps "
                                           "misbehaved %11 ms")
                                .arg(cases)
                                .arg(g_tally.core)
                                .arg(g_tally.cli)
                                .arg(g_tally.gui)
                                .arg(g_tally.input)
                                .arg(g_tally.webhooks)
                                .arg(g_tally.crashed)
                                .arg(g_tally.hung)
                                .arg(g_tally.leaked)
                                .arg(g_tally.inputsLost)
                                .arg(g_longestWebhookStallMs, 0, 'f', 1)
                                .toUtf8();
    fprintf(stdout, "%s\n", line.constData());
    fflush(stdout);
    QCOMPARE(g_tally.crashed + g_tally.hung + g_tally.leaked + g_tally.inputsLost, 0);
}

void Tst_Hostile::hostileServer()
{
    QFETCH(Scenario, scenario);
    const Scenario& s = scenario;
    TestServer* origin = serverFor(s.where);
    if (s.handler)
        origin->setHandler(s.handler);
    else if (s.where != Where::Http && s.where != Where::PlainOnHttps)
        origin->setHandler(
            [](const RecordedRequest&, QTcpSocket* socket) { TestServer::reply(socket, 200, messageBody()); });
    auto restore = qScopeGuard([this] { m_server->setHandler(nullptr); });

    // Each layer in turn; a layer that failed stops the row (its QVERIFY has said why).
    CoreRun core;
    checkCore(s, core);
    if (QTest::currentTestFailed())
        return;
    if (s.cli) {
        checkCli(s, core);
        if (QTest::currentTestFailed())
            return;
    }
    if (s.gui)
        checkWindow(s, core);
}

QTEST_MAIN(Tst_Hostile)
