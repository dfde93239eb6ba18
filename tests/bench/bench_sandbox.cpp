// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark (prints figures; not a test): the sandbox's throughput for creates and fetches from one keep-alive
// client, sequential and with 8 requests in flight, and its memory per stored message; then the other half of
// messaging: N messages with status callbacks to a receiver in this process (each delivered exactly once? the delay
// from each status change to its callback, and the API's own throughput meanwhile against without callbacks), and
// inbound messages whose app answers TwiML (from the inbound request to the reply's first callback). The sandbox runs
// as its own process (textbench-sandbox), as it would under the app's benchmarks; the client is a bare
// QNetworkAccessManager so that the figures are the server's, not our client's.
#include "benchhttp.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTextStream>
#include <QTimer>
#include <QUrlQuery>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>
#include <unistd.h>

namespace {

qint64 rssKiB(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

// CPU time (user + system) the process has used, in seconds.
double cpuSeconds(qint64 pid, qint64 thread = 0)
{
    QFile stat(thread > 0 ? QStringLiteral("/proc/%1/task/%2/stat").arg(pid).arg(thread)
                          : QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = stat.readAll();
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    // After "pid (comm) ": state is field 0, utime field 11, stime field 12.
    return (fields.value(11).toDouble() + fields.value(12).toDouble()) / double(sysconf(_SC_CLK_TCK));
}

qint64 monotonicNs()
{
    timespec ts {};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return qint64(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
}

/// The developer's app, as little of it as a benchmark needs, in a process of its own (`bench_sandbox --receiver`,
/// as an app is): HTTP/1.1 keep-alive, 204 to a status callback, TwiML (one reply with its own status callback) to
/// /sms. Each request is a line on stdout: "path query MessageSid MessageStatus CLOCK_MONOTONIC-ns".
class Receiver : public QTcpServer
{
public:
    struct Arrival
    {
        QByteArray path;
        QByteArray query;
        QString messageSid;
        QString status;
        qint64 atNs;

        static Arrival parse(const QByteArray& line)
        {
            const QList<QByteArray> f = line.trimmed().split(' ');
            return { f.value(0), f.value(1) == "-" ? QByteArray() : f.value(1), QString::fromLatin1(f.value(2)),
                QString::fromLatin1(f.value(3)), f.value(4).toLongLong() };
        }
    };

protected:
    void incomingConnection(qintptr descriptor) override
    {
        QTcpSocket* socket = textbench::bench::adoptConnection(this, descriptor);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { serve(socket); });
    }

private:
    void serve(QTcpSocket* socket)
    {
        QByteArray& buffer = m_buffers[socket];
        buffer += socket->readAll();
        while (const std::optional<textbench::bench::HttpRequest> request = textbench::bench::takeRequest(buffer)) {
            const QUrlQuery form(QString::fromUtf8(request->body).replace(u'+', u' '));
            const QByteArray path = request->path();
            const QByteArray query = request->query();
            const qint64 at = monotonicNs();
            const QByteArray sid = form.queryItemValue(QStringLiteral("MessageSid")).toLatin1();
            const QByteArray status = form.queryItemValue(QStringLiteral("MessageStatus")).toLatin1();
            const QByteArray line = path + ' ' + (query.isEmpty() ? QByteArray("-") : query) + ' '
                + (sid.isEmpty() ? QByteArray("-") : sid) + ' ' + (status.isEmpty() ? QByteArray("-") : status) + ' '
                + QByteArray::number(at) + '\n';
            std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
            std::fflush(stdout);
            if (path == "/sms") {
                // The inbound message's number (its Body's last word) goes into the reply's callback URL.
                const QString said = QUrl::fromPercentEncoding(form.queryItemValue(QStringLiteral("Body")).toUtf8());
                const QByteArray twiml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response><Message "
                                         "statusCallback=\"/reply?i="
                    + said.section(u' ', -1).toUtf8() + "\">Got it</Message></Response>";
                socket->write("HTTP/1.1 200 OK\r\nContent-Type: text/xml\r\nContent-Length: "
                    + QByteArray::number(twiml.size()) + "\r\n\r\n" + twiml);
            } else {
                socket->write("HTTP/1.1 204 No Content\r\nContent-Length: 0\r\n\r\n");
            }
        }
    }

    QHash<QTcpSocket*, QByteArray> m_buffers;
};

/// Lets events in for \a ms, asleep in the event loop meanwhile: a processEvents() loop would spin a core that the
/// sandbox needs (on two cores that skewed every figure).
void waitFor(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return -1;
    std::sort(values.begin(), values.end());
    const qsizetype i = std::min(values.size() - 1, qsizetype(p / 100.0 * double(values.size())));
    return values.at(i);
}

struct Bench
{
    QNetworkAccessManager nam;
    QString base;
    QByteArray auth;
    QString account;
    QStringList sids;

    QNetworkRequest request(const QString& path) const
    {
        QNetworkRequest r(QUrl(base + path));
        r.setRawHeader("Authorization", auth);
        r.setRawHeader("Accept", "application/json");
        r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/x-www-form-urlencoded"));
        return r;
    }

    // Runs \a total requests made by \a make, \a inFlight at a time; returns requests per second.
    double run(int total, int inFlight, const std::function<QNetworkReply*(int)>& make)
    {
        int started = 0;
        int finished = 0;
        int failed = 0;
        QEventLoop loop;
        std::function<void()> startOne = [&] {
            if (started >= total)
                return;
            QNetworkReply* reply = make(started++);
            QObject::connect(reply, &QNetworkReply::finished, &loop, [&, reply] {
                const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                if (status == 201) {
                    const QJsonObject o = QJsonDocument::fromJson(reply->readAll()).object();
                    sids << o.value(u"sid").toString();
                } else if (status != 200) {
                    ++failed;
                }
                reply->deleteLater();
                if (++finished == total)
                    loop.quit();
                else
                    startOne();
            });
        };
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < inFlight; ++i)
            startOne();
        loop.exec();
        const double seconds = double(timer.nsecsElapsed()) / 1e9;
        if (failed > 0)
            QTextStream(stderr) << "  (" << failed << " requests failed)\n";
        return total / seconds;
    }
};

// Starts textbench-sandbox on a free port with these arguments and points the client at it.
bool startSandbox(QProcess& sandbox, const QString& path, const QStringList& arguments, Bench& client)
{
    sandbox.setProgram(path);
    sandbox.setArguments(QStringList { QStringLiteral("--port"), QStringLiteral("0") } + arguments);
    sandbox.start();
    if (!sandbox.waitForStarted(5000) || !sandbox.waitForReadyRead(5000)) {
        QTextStream(stderr) << "bench_sandbox: cannot start " << path << '\n';
        return false;
    }
    const QJsonObject info = QJsonDocument::fromJson(sandbox.readLine()).object();
    client.base = info.value(u"base_url").toString();
    client.account = info.value(u"account_sid").toString();
    client.auth = "Basic " + (client.account + u':' + info.value(u"auth_token").toString()).toUtf8().toBase64();
    return true;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    if (argc > 1 && QByteArray(argv[1]) == "--receiver") {
        Receiver receiver;
        receiver.listen(QHostAddress::LocalHost, 0);
        std::printf("port %d\n", int(receiver.serverPort()));
        std::fflush(stdout);
        return QCoreApplication::exec();
    }
    QTextStream out(stdout);
    const QString sandboxPath = argc > 1
        ? QString::fromLocal8Bit(argv[1])
        : QCoreApplication::applicationDirPath() + QStringLiteral("/textbench-sandbox");
    const int n = argc > 2 ? QByteArray(argv[2]).toInt() : 5000;

    QProcess sandbox;
    Bench b;
    if (!startSandbox(sandbox, sandboxPath, { QStringLiteral("--speed"), QStringLiteral("1000") }, b))
        return 1;
    const QString messages = QStringLiteral("/2010-04-01/Accounts/%1/Messages.json").arg(b.account);
    const QByteArray form = "To=%2B14155552671&From=%2B15005550006&Body=Hello%20from%20the%20benchmark%20%F0%9F%91%8B";

    const qint64 rssBefore = rssKiB(sandbox.processId());
    out << "textbench-sandbox benchmark: " << n << " requests per row, one keep-alive client (QNetworkAccessManager)\n";
    out << "(sandbox CPU = the sandbox process's own CPU time per request: how far it is from being the bottleneck)\n";
    out << QStringLiteral("%1 %2 %3\n")
               .arg(QStringLiteral("operation").leftJustified(34), QStringLiteral("requests/s").rightJustified(11),
                   QStringLiteral("sandbox CPU/request").rightJustified(20));
    const qint64 pid = sandbox.processId();
    double cpuMark = cpuSeconds(pid);
    const auto row = [&](const QString& name, double perSecond, int requests) {
        const double cpu = cpuSeconds(pid);
        out << QStringLiteral("%1 %2 %3\n")
                   .arg(name.leftJustified(34))
                   .arg(perSecond, 11, 'f', 0)
                   .arg(QStringLiteral("%1 us").arg((cpu - cpuMark) * 1e6 / requests, 0, 'f', 0).rightJustified(20));
        out.flush();
        cpuMark = cpu;
    };
    // Warm-up: connections, caches.
    b.run(200, 1, [&](int) { return b.nam.post(b.request(messages), form); });
    cpuMark = cpuSeconds(pid);
    row(QStringLiteral("create, sequential"), b.run(n, 1, [&](int) { return b.nam.post(b.request(messages), form); }),
        n);
    row(QStringLiteral("create, 8 in flight"), b.run(n, 8, [&](int) { return b.nam.post(b.request(messages), form); }),
        n);
    const QStringList sids = b.sids;
    const auto fetchPath = [&](int i) {
        return QStringLiteral("/2010-04-01/Accounts/%1/Messages/%2.json").arg(b.account, sids.at(i % sids.size()));
    };
    row(QStringLiteral("fetch, sequential"), b.run(n, 1, [&](int i) { return b.nam.get(b.request(fetchPath(i))); }), n);
    row(QStringLiteral("fetch, 8 in flight"), b.run(n, 8, [&](int i) { return b.nam.get(b.request(fetchPath(i))); }),
        n);
    row(QStringLiteral("list page of 50, sequential"),
        b.run(std::max(1, n / 10), 1,
            [&](int) { return b.nam.get(b.request(messages + QStringLiteral("?PageSize=50"))); }),
        std::max(1, n / 10));

    const int stored = int(b.sids.size());
    const qint64 rssAfter = rssKiB(sandbox.processId());
    out << QStringLiteral("stored messages: %1; sandbox RSS %2 MiB -> %3 MiB: %4 bytes per stored message\n")
               .arg(stored)
               .arg(rssBefore / 1024.0, 0, 'f', 1)
               .arg(rssAfter / 1024.0, 0, 'f', 1)
               .arg(stored > 0 ? (rssAfter - rssBefore) * 1024 / stored : 0);
    sandbox.terminate();
    sandbox.waitForFinished(5000);

    // --- status callbacks and inbound messages: a second sandbox at speed 1 (queued -> sending at 300 ms, sent at
    // 800 ms, delivered at 1800 ms after a message is created), calling a receiver in this process.
    // The app: this program again, as a process of its own.
    QProcess receiverProcess;
    receiverProcess.setProgram(QCoreApplication::applicationFilePath());
    receiverProcess.setArguments({ QStringLiteral("--receiver") });
    receiverProcess.start();
    if (!receiverProcess.waitForStarted(5000) || !receiverProcess.waitForReadyRead(5000)) {
        QTextStream(stderr) << "bench_sandbox: cannot start the receiver\n";
        return 1;
    }
    const QString appUrl
        = QStringLiteral("http://127.0.0.1:") + QString::fromLatin1(receiverProcess.readLine().trimmed().mid(5));
    struct Arrivals
    {
        QList<Receiver::Arrival> all;
        QHash<QByteArray, qsizetype> counts;
    } receiver;
    QObject::connect(&receiverProcess, &QProcess::readyReadStandardOutput, &receiverProcess, [&] {
        while (receiverProcess.canReadLine()) {
            const Receiver::Arrival a = Receiver::Arrival::parse(receiverProcess.readLine());
            receiver.all.append(a);
            ++receiver.counts[a.path];
        }
    });
    QProcess slow;
    Bench c;
    if (!startSandbox(slow, sandboxPath,
            { QStringLiteral("--speed"), QStringLiteral("1"), QStringLiteral("--sms-url"),
                appUrl + QStringLiteral("/sms") },
            c))
        return 1;
    const QString slowMessages = QStringLiteral("/2010-04-01/Accounts/%1/Messages.json").arg(c.account);
    c.run(200, 1, [&](int) { return c.nam.post(c.request(slowMessages), form); }); // warm-up
    // The API's own thread (the main one, whose id is the process's): its CPU time per create, with and without the
    // deliveries, which run on threads of their own. On two cores the client, the app and the deliveries also compete
    // for the CPU: the wall-clock rate falls more than the API's own cost rises.
    const qint64 slowPid = slow.processId();
    double apiCpu = cpuSeconds(slowPid, slowPid);
    const double withoutCallbacks = c.run(n, 1, [&](int) { return c.nam.post(c.request(slowMessages), form); });
    const double apiCpuWithout = (cpuSeconds(slowPid, slowPid) - apiCpu) / n;
    apiCpu = cpuSeconds(slowPid, slowPid);

    // Each create's moment, on this clock: the middle of its request (the sandbox stamps it while answering).
    QHash<QString, double> createdNs;
    c.sids.clear();
    const QByteArray callbackForm = form + "&StatusCallback=" + QUrl::toPercentEncoding(appUrl + QStringLiteral("/cb"));
    QElapsedTimer rateTimer;
    rateTimer.start();
    for (int i = 0; i < n; ++i) {
        const qint64 sent = monotonicNs();
        QNetworkReply* reply = c.nam.post(c.request(slowMessages), callbackForm);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        const qint64 answered = monotonicNs();
        const QString sid = QJsonDocument::fromJson(reply->readAll()).object().value(u"sid").toString();
        createdNs.insert(sid, double(sent + answered) / 2);
        reply->deleteLater();
    }
    const double withCallbacks = n / (double(rateTimer.nsecsElapsed()) / 1e9);
    const double apiCpuWith = (cpuSeconds(slowPid, slowPid) - apiCpu) / n;
    QElapsedTimer waited;
    waited.start();
    const auto callbacksIn = [&] { return receiver.counts.value("/cb"); };
    while (callbacksIn() < 3 * n && waited.elapsed() < 60'000)
        waitFor(20);
    // Every thread but the API's: the deliveries (nothing else runs there).
    const double deliveryCpu = cpuSeconds(slowPid) - cpuSeconds(slowPid, slowPid);
    QHash<QString, int> seen;
    QList<double> delaysMs;
    const QHash<QString, double> offsetMs { { QStringLiteral("sending"), 300 }, { QStringLiteral("sent"), 800 },
        { QStringLiteral("delivered"), 1800 } };
    for (const Receiver::Arrival& a : std::as_const(receiver.all)) {
        if (a.path != "/cb")
            continue;
        ++seen[a.messageSid + u'/' + a.status];
        if (createdNs.contains(a.messageSid) && offsetMs.contains(a.status))
            delaysMs << (double(a.atNs) - createdNs.value(a.messageSid)) / 1e6 - offsetMs.value(a.status);
    }
    const qsizetype once = std::count_if(seen.cbegin(), seen.cend(), [](int count) { return count == 1; });
    out << QStringLiteral("\nstatus callbacks: %1 messages created with a StatusCallback, one at a time, to a receiver "
                          "on loopback\n")
               .arg(n);
    out << QStringLiteral("  callbacks received %1 of %2; (message, status) pairs delivered exactly once: %3 of %4\n")
               .arg(callbacksIn())
               .arg(3 * n)
               .arg(once)
               .arg(3 * n);
    out << QStringLiteral("  delay from status change to callback received: p50 %1 ms, p99 %2 ms, max %3 ms\n")
               .arg(percentile(delaysMs, 50), 0, 'f', 2)
               .arg(percentile(delaysMs, 99), 0, 'f', 2)
               .arg(percentile(delaysMs, 100), 0, 'f', 2);
    {
        // What the sandbox says went wrong, if anything: its alerts, by code.
        QNetworkReply* alerts = c.nam.get(c.request(QStringLiteral("/v1/Alerts?PageSize=1000")));
        QEventLoop loop;
        QObject::connect(alerts, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        QMap<QString, int> codes;
        QString example;
        for (const QJsonValue a : QJsonDocument::fromJson(alerts->readAll()).object().value(u"alerts").toArray()) {
            ++codes[a.toObject().value(u"error_code").toString()];
            example = a.toObject().value(u"alert_text").toString();
        }
        alerts->deleteLater();
        QStringList parts;
        for (auto it = codes.cbegin(); it != codes.cend(); ++it)
            parts << QStringLiteral("%1 x %2").arg(it.value()).arg(it.key());
        out << QStringLiteral("  alerts raised: %1%2\n")
                   .arg(parts.isEmpty() ? QStringLiteral("none") : parts.join(QStringLiteral(", ")),
                       example.isEmpty() ? QString() : QStringLiteral(" (the last: %1)").arg(example));
    }
    out << QStringLiteral("  creates: %1/s without callbacks, %2/s while they are delivered (%3%)\n")
               .arg(withoutCallbacks, 0, 'f', 0)
               .arg(withCallbacks, 0, 'f', 0)
               .arg(100.0 * withCallbacks / withoutCallbacks, 0, 'f', 0);
    out << QStringLiteral("  the API thread's CPU per create: %1 us without callbacks, %2 us with them (its capacity "
                          "%3%); the delivery threads' CPU per callback: %4 us\n")
               .arg(apiCpuWithout * 1e6, 0, 'f', 0)
               .arg(apiCpuWith * 1e6, 0, 'f', 0)
               .arg(100.0 * apiCpuWithout / apiCpuWith, 0, 'f', 0)
               .arg(deliveryCpu * 1e6 / (3.0 * n), 0, 'f', 0);
    out.flush();

    // Inbound: one at a time, from the inbound request to the reply's first callback (sending, 300 ms after the
    // reply is created at speed 1: subtracted).
    const QString inbound = QStringLiteral("/2010-04-01/Accounts/%1/Textbench/InboundMessages.json").arg(c.account);
    const int inbounds = std::max(10, n / 100); // each waits 300 ms for its reply
    QList<double> roundTrips;
    for (int i = 0; i < inbounds; ++i) {
        const qint64 sent = monotonicNs();
        QNetworkReply* reply = c.nam.post(
            c.request(inbound), "From=%2B14155550100&To=%2B15005550006&Body=Hello%20bot%20" + QByteArray::number(i));
        QObject::connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
        QElapsedTimer limit;
        limit.start();
        // This inbound message's reply, by its number in the callback URL: its first change (sending).
        const QByteArray mark = "i=" + QByteArray::number(i) + "&";
        const QByteArray last = "i=" + QByteArray::number(i);
        qsizetype scanned = receiver.all.size() > 200 ? receiver.all.size() - 200 : 0;
        const auto replied = [&]() -> qint64 {
            // Only what arrived since the last look (and a little before: an earlier reply's late callbacks).
            for (; scanned < receiver.all.size(); ++scanned) {
                const Receiver::Arrival& a = receiver.all.at(scanned);
                if (a.path == "/reply" && (a.query == last || a.query.startsWith(mark)) && a.status == u"sending")
                    return a.atNs;
            }
            return -1;
        };
        qint64 at = -1;
        while ((at = replied()) < 0 && limit.elapsed() < 5000)
            waitFor(1);
        if (at >= 0)
            roundTrips << (double(at) - double(sent)) / 1e6 - 300.0;
    }
    out << QStringLiteral("inbound messages: %1, one at a time; the app answers TwiML with one reply\n").arg(inbounds);
    out << QStringLiteral("  replies sent: %1 of %2; inbound request to the reply's first callback (less its 300 ms in "
                          "the queue): p50 %3 ms, p99 %4 ms\n")
               .arg(roundTrips.size())
               .arg(inbounds)
               .arg(percentile(roundTrips, 50), 0, 'f', 2)
               .arg(percentile(roundTrips, 99), 0, 'f', 2);
    slow.terminate();
    slow.waitForFinished(5000);
    receiverProcess.terminate();
    receiverProcess.waitForFinished(5000);
    return 0;
}
