// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark (prints figures; not a test): the sandbox's throughput for creates and fetches from one keep-alive
// client, sequential and with 8 requests in flight, and its memory per stored message. The sandbox runs as its own
// process (textbench-sandbox), as it would under the app's benchmarks; the client is a bare QNetworkAccessManager
// so that the figures are the server's, not our client's.
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTextStream>

#include <unistd.h>

#include <algorithm>
#include <functional>

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
double cpuSeconds(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = stat.readAll();
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    // After "pid (comm) ": state is field 0, utime field 11, stime field 12.
    return (fields.value(11).toDouble() + fields.value(12).toDouble()) / double(sysconf(_SC_CLK_TCK));
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

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QString sandboxPath = argc > 1 ? QString::fromLocal8Bit(argv[1])
                                         : QCoreApplication::applicationDirPath() + QStringLiteral("/textbench-sandbox");
    const int n = argc > 2 ? QByteArray(argv[2]).toInt() : 5000;

    QProcess sandbox;
    sandbox.setProgram(sandboxPath);
    sandbox.setArguments({ QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--speed"), QStringLiteral("1000") });
    sandbox.start();
    if (!sandbox.waitForStarted(5000) || !sandbox.waitForReadyRead(5000)) {
        QTextStream(stderr) << "bench_sandbox: cannot start " << sandboxPath << '\n';
        return 1;
    }
    const QJsonObject info = QJsonDocument::fromJson(sandbox.readLine()).object();

    Bench b;
    b.base = info.value(u"base_url").toString();
    b.account = info.value(u"account_sid").toString();
    b.auth = "Basic " + (b.account + u':' + info.value(u"auth_token").toString()).toUtf8().toBase64();
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
    row(QStringLiteral("create, sequential"), b.run(n, 1, [&](int) { return b.nam.post(b.request(messages), form); }), n);
    row(QStringLiteral("create, 8 in flight"), b.run(n, 8, [&](int) { return b.nam.post(b.request(messages), form); }), n);
    const QStringList sids = b.sids;
    const auto fetchPath = [&](int i) {
        return QStringLiteral("/2010-04-01/Accounts/%1/Messages/%2.json").arg(b.account, sids.at(i % sids.size()));
    };
    row(QStringLiteral("fetch, sequential"), b.run(n, 1, [&](int i) { return b.nam.get(b.request(fetchPath(i))); }), n);
    row(QStringLiteral("fetch, 8 in flight"), b.run(n, 8, [&](int i) { return b.nam.get(b.request(fetchPath(i))); }), n);
    row(QStringLiteral("list page of 50, sequential"),
        b.run(std::max(1, n / 10), 1, [&](int) { return b.nam.get(b.request(messages + QStringLiteral("?PageSize=50"))); }),
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
    return 0;
}
