// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark (prints figures; not a test): Textbench's clients against a loopback server, and the bare-Qt floor
// they are compared with. tests/bench/run.mjs runs it, several times per row, beside the Node.js and curl peers;
// each run prints one JSON object on stdout.
//
//   bench_client creates --base URL --account AC… --token T --n 1000 --in-flight 1|8 --client core|qnam
//     core: CreateMessageJob through ApiClient (validation with libphonenumber, form encoding, the request log
//           and its table model on, the reply parsed into a Message and kept), as the Send button does;
//     qnam: a bare QNetworkAccessManager loop (a form POST, the reply read and dropped): our floor in Qt.
//   bench_client log --base URL --account AC… --token T --total 100000 --page-size 1000 --client window|qnam
//     window: the real window (Workbench + MainWindow, offscreen) loading the log into its MessageLogModel, shown
//             in the Log tab through its sort/filter proxy; also reports the window's idle memory before and after;
//     qnam:   QNetworkAccessManager + QJsonDocument, each page's message array kept: our floor in Qt.
//   Both report the longest stall of the event loop while loading: the largest gap between ticks of a 1 ms timer.
#include "api/apiclient.h"
#include "api/requestlog.h"
#include "api/requestlogmodel.h"
#include "launch.h"
#include "logwidget.h"
#include "mainwindow.h"
#include "messages/messagejobs.h"
#include "messages/messagelogmodel.h"
#include "profiles/activeprofile.h"
#include "workbench.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSettings>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>
#include <functional>
#include <malloc.h>

using namespace textbench;

namespace {

// "VmRSS" or "VmHWM" (peak) of this process, in KiB.
qint64 procStatusKiB(const char* field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(qstrlen(field) + 1).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

// Bytes the C heap holds for the program (small blocks in use plus mmapped ones): what "retained" counts.
qint64 heapBytes()
{
    const struct mallinfo2 info = mallinfo2();
    return qint64(info.uordblks + info.hblkhd);
}

void idle(int ms)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < ms) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }
}

// The longest gap between ticks of a 1 ms timer while it runs: how long the event loop was kept from input.
class StallMeter : public QObject
{
public:
    StallMeter()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            m_longest = qMax(m_longest, now - m_last);
            m_last = now;
        });
    }
    void start()
    {
        m_clock.start();
        m_last = 0;
        m_longest = 0;
        m_timer.start();
    }
    double stop()
    {
        m_timer.stop();
        m_longest = qMax(m_longest, m_clock.nsecsElapsed() - m_last);
        return double(m_longest) / 1e6;
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_longest = 0;
};

struct Args
{
    QString mode;
    QString client;
    QString base;
    QString account;
    QString token;
    int n = 1000;
    int inFlight = 1;
    int total = 100'000;
    int pageSize = 1000;
};

void print(const QJsonObject& o)
{
    std::printf("%s\n", QJsonDocument(o).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
}

// Runs `total` operations, `inFlight` at a time; `startOne(i, done)` starts operation i and calls done(ok) when it
// ends. Returns the failures.
int drive(int total, int inFlight, const std::function<void(int, std::function<void(bool)>)>& startOne)
{
    int started = 0;
    int finished = 0;
    int failed = 0;
    QEventLoop loop;
    std::function<void()> next = [&] {
        if (started >= total)
            return;
        startOne(started++, [&](bool ok) {
            failed += ok ? 0 : 1;
            if (++finished == total)
                loop.quit();
            else
                next();
        });
    };
    for (int i = 0; i < inFlight && i < total; ++i)
        next();
    if (total > 0)
        loop.exec();
    return failed;
}

const QByteArray kForm = "To=%2B14155552671&From=%2B15005550006&Body=Hello%20from%20the%20benchmark";

QNetworkRequest bareRequest(const Args& a, const QString& path)
{
    QNetworkRequest r(QUrl(a.base + path));
    r.setRawHeader("Authorization", "Basic " + (a.account + u':' + a.token).toUtf8().toBase64());
    r.setRawHeader("Accept", "application/json");
    r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/x-www-form-urlencoded"));
    return r;
}

int creates(const Args& a)
{
    QElapsedTimer timer;
    int failed = 0;
    qint64 kept = 0;
    if (a.client == u"core") {
        ApiClient client;
        client.setCredentials(Credentials::withAuthToken(a.account, a.token));
        client.setEndpoint(ApiEndpoint::custom(QUrl(a.base)));
        RequestLogModel logModel(client.requestLog()); // the Activity panel's model, kept current as in the app
        QList<Message> sent;
        CreateMessageParams params;
        params.to = QStringLiteral("+14155552671");
        params.from = QStringLiteral("+15005550006");
        params.body = QStringLiteral("Hello from the benchmark");
        timer.start();
        failed = drive(a.n, a.inFlight, [&](int, std::function<void(bool)> done) {
            auto* job = new CreateMessageJob(&client, params);
            QObject::connect(job, &ApiJob::finished, job, [job, &sent, done] {
                if (!job->error().isError())
                    sent << job->message();
                else if (sent.isEmpty())
                    std::fprintf(stderr, "bench_client: create failed: %s: %s\n", qPrintable(job->error().title()),
                        qPrintable(job->error().explanation()));
                done(!job->error().isError());
            });
            job->start();
        });
        kept = sent.size();
        if (logModel.rowCount() == 0)
            ++failed; // the request log must have seen the requests
    } else {
        QNetworkAccessManager nam;
        const QString path = QStringLiteral("/2010-04-01/Accounts/%1/Messages.json").arg(a.account);
        timer.start();
        failed = drive(a.n, a.inFlight, [&](int, std::function<void(bool)> done) {
            QNetworkReply* reply = nam.post(bareRequest(a, path), kForm);
            QObject::connect(reply, &QNetworkReply::finished, reply, [reply, done] {
                reply->readAll();
                const bool ok = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 201;
                reply->deleteLater();
                done(ok);
            });
        });
        kept = a.n - failed;
    }
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    print({ { QStringLiteral("seconds"), seconds }, { QStringLiteral("failed"), failed },
        { QStringLiteral("messages"), kept } });
    return failed == 0 ? 0 : 1;
}

int logQnam(const Args& a)
{
    QNetworkAccessManager nam;
    QList<QJsonArray> pages;
    qint64 messages = 0;
    int failed = 0;
    idle(200);
    const qint64 heapBefore = heapBytes();
    StallMeter stall;
    QElapsedTimer timer;
    timer.start();
    stall.start();
    QString next = QStringLiteral("/2010-04-01/Accounts/%1/Messages.json?PageSize=%2").arg(a.account).arg(a.pageSize);
    QEventLoop loop;
    std::function<void()> fetch = [&] {
        QNetworkReply* reply = nam.get(bareRequest(a, next));
        QObject::connect(reply, &QNetworkReply::finished, reply, [&, reply] {
            reply->deleteLater();
            const QJsonObject page = QJsonDocument::fromJson(reply->readAll()).object();
            const QJsonArray array = page.value(u"messages").toArray();
            if (reply->error() != QNetworkReply::NoError || array.isEmpty()) {
                ++failed;
                loop.quit();
                return;
            }
            messages += array.size();
            pages << array;
            next = page.value(u"next_page_uri").toString();
            if (next.isEmpty() || messages >= a.total)
                loop.quit();
            else
                fetch();
        });
    };
    fetch();
    loop.exec();
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    const double longestStall = stall.stop();
    idle(200);
    const qint64 retained = heapBytes() - heapBefore;
    print({ { QStringLiteral("seconds"), seconds }, { QStringLiteral("messages"), messages },
        { QStringLiteral("failed"), failed }, { QStringLiteral("peak_rss_kib"), procStatusKiB("VmHWM:") },
        { QStringLiteral("bytes_per_message"), messages > 0 ? double(retained) / double(messages) : 0 },
        { QStringLiteral("longest_stall_ms"), longestStall } });
    return failed == 0 && messages == a.total ? 0 : 1;
}

int logWindow(const Args& a)
{
    QTemporaryDir dir;
    // As a launch is: with what the window keeps (drafts, watched messages, its layout).
    test::Launch launch(dir.filePath(QStringLiteral("profiles.ini")), QStringLiteral("io.github.textbench.bench"), 1.0,
        { 1280, 800 }, 30'000, dir.filePath(QStringLiteral("work")));
    Workbench& workbench = *launch.workbench;
    MainWindow& window = *launch.window;
    if (!launch.ready) {
        std::fprintf(stderr, "bench_client: the window did not become ready\n");
        return 1;
    }
    idle(1000);
    const qint64 idleStart = procStatusKiB("VmRSS:");

    // The account on the fixture server, in force as a profile switch makes it; the Log tab in front.
    workbench.activeProfile()->activateCredentials(
        QStringLiteral("Benchmark"), Credentials::withAuthToken(a.account, a.token), ApiEndpoint::custom(QUrl(a.base)));
    if (auto* tabs = window.findChild<QTabWidget*>())
        tabs->setCurrentWidget(window.logWidget());
    idle(300);
    MessageLogModel* model = workbench.log();
    model->clear();
    idle(200);
    const qint64 heapBefore = heapBytes();

    int failed = 0;
    QEventLoop loop;
    QObject::connect(model, &MessageLogModel::pageLoaded, &loop, [&] {
        if (model->rowCount() >= a.total || model->isComplete())
            loop.quit();
        else if (model->canFetchMore({}))
            model->fetchMore({});
    });
    QObject::connect(model, &MessageLogModel::failed, &loop, [&](const ApiError& e) {
        std::fprintf(stderr, "bench_client: the log failed: %s\n", qPrintable(e.title()));
        ++failed;
        loop.quit();
    });
    StallMeter stall;
    QElapsedTimer timer;
    timer.start();
    stall.start();
    model->setPageSize(a.pageSize);
    model->reload();
    loop.exec();
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    const double longestStall = stall.stop();
    idle(1000);
    const qint64 retained = heapBytes() - heapBefore;
    const qint64 rows = model->rowCount();
    print({ { QStringLiteral("seconds"), seconds }, { QStringLiteral("messages"), rows },
        { QStringLiteral("failed"), failed }, { QStringLiteral("peak_rss_kib"), procStatusKiB("VmHWM:") },
        { QStringLiteral("bytes_per_message"), rows > 0 ? double(retained) / double(rows) : 0 },
        { QStringLiteral("longest_stall_ms"), longestStall }, { QStringLiteral("idle_rss_start_kib"), idleStart },
        { QStringLiteral("idle_rss_loaded_kib"), procStatusKiB("VmRSS:") } });
    return failed == 0 && rows == a.total ? 0 : 1;
}

} // namespace

int main(int argc, char* argv[])
{
    // The window mode needs QApplication; the others run on QCoreApplication, as a CLI would.
    const bool window = QByteArrayList({ argv, argv + argc }).contains("window");
    std::unique_ptr<QCoreApplication> app;
    if (window)
        app = std::make_unique<QApplication>(argc, argv);
    else
        app = std::make_unique<QCoreApplication>(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const auto value = [&](const char* name, const QString& fallback = {}) {
        const qsizetype i = args.indexOf(QLatin1String(name));
        return i > 0 ? args.value(i + 1, fallback) : fallback;
    };
    Args a;
    a.mode = args.value(1);
    a.client = value("--client");
    a.base = value("--base");
    a.account = value("--account");
    a.token = value("--token");
    a.n = value("--n", QStringLiteral("1000")).toInt();
    a.inFlight = value("--in-flight", QStringLiteral("1")).toInt();
    a.total = value("--total", QStringLiteral("100000")).toInt();
    a.pageSize = value("--page-size", QStringLiteral("1000")).toInt();
    if (a.base.isEmpty() || a.account.isEmpty() || a.token.isEmpty()) {
        std::fprintf(stderr, "usage: bench_client creates|log --base URL --account AC… --token T --client NAME …\n");
        return 2;
    }
    if (a.mode == u"creates" && (a.client == u"core" || a.client == u"qnam"))
        return creates(a);
    if (a.mode == u"log" && a.client == u"qnam")
        return logQnam(a);
    if (a.mode == u"log" && a.client == u"window")
        return logWindow(a);
    std::fprintf(stderr, "bench_client: unknown mode or client\n");
    return 2;
}
