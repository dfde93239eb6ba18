// SPDX-License-Identifier: GPL-3.0-or-later
// textbench-sandbox: the sandbox on its own. Its first line on stdout is one JSON object with the base URL and the
// credentials; then it serves until stopped (Ctrl+C, SIGTERM).
#include "sandboxserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QSocketNotifier>
#include <QUrl>

#include <csignal>
#include <cstdio>
#include <unistd.h>

namespace {
int g_signalPipe[2] = { -1, -1 };

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(g_signalPipe[1], &byte, 1);
}
} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("textbench-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TEXTBENCH_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "A Twilio-compatible Messages API on 127.0.0.1, for trying Textbench (or any Twilio client) without an "
        "account. Prints one JSON line with the base URL, the credentials, the phone numbers and the inbound URL, "
        "then serves until stopped."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption portOption(QStringLiteral("port"), QStringLiteral("The port (0 picks a free one)."),
        QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption speedOption(QStringLiteral("speed"),
        QStringLiteral("Lifecycle speed: 1 takes about 2 s from queued to delivered; "
                       "10 is ten times faster; 0 keeps messages queued."),
        QStringLiteral("X"), QStringLiteral("1"));
    const QCommandLineOption smsUrlOption(QStringLiteral("sms-url"),
        QStringLiteral("The SMS URL of the first phone number: where an inbound message asks your app what to "
                       "answer (on this computer only: 127.0.0.1, ::1 or localhost)."),
        QStringLiteral("URL"));
    parser.addOption(portOption);
    parser.addOption(speedOption);
    parser.addOption(smsUrlOption);
    parser.process(app);

    bool ok = false;
    const uint port = parser.value(portOption).toUInt(&ok);
    if (!ok || port > 65535) {
        std::fprintf(stderr, "textbench-sandbox: --port takes a number from 0 to 65535\n");
        return 2;
    }
    const double speed = parser.value(speedOption).toDouble(&ok);
    if (!ok
        || !(speed == 0
            || (speed >= textbench::sandbox::SandboxServer::kMinSpeed
                && speed <= textbench::sandbox::SandboxServer::kMaxSpeed))) {
        std::fprintf(stderr, "textbench-sandbox: --speed takes 0 (frozen) or a number from 0.001 to 1000000\n");
        return 2;
    }

    const QString smsUrl = parser.value(smsUrlOption).trimmed();
    if (!smsUrl.isEmpty()) {
        const QUrl url(smsUrl, QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty() || (url.scheme() != u"http" && url.scheme() != u"https")) {
            std::fprintf(stderr, "textbench-sandbox: --sms-url takes an absolute http or https URL\n");
            return 2;
        }
        if (!textbench::sandbox::WebhookDispatcher::isLocalHost(url.host()))
            std::fprintf(stderr,
                "textbench-sandbox: %s is not on this computer; the sandbox calls only 127.0.0.1, ::1 and localhost, "
                "so inbound messages will record it as not sent\n",
                qPrintable(url.host()));
    }

    textbench::sandbox::SandboxServer server;
    server.setSpeed(speed);
    server.setSmsUrl(smsUrl);
    if (!server.listen(quint16(port))) {
        std::fprintf(stderr, "textbench-sandbox: cannot listen on 127.0.0.1:%u (is the port in use?)\n", port);
        return 1;
    }
    std::printf("%s\n", QJsonDocument(server.connectionInfo()).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);

    // Stop cleanly on SIGINT/SIGTERM: the handler only writes to a pipe; the event loop does the rest.
    if (::pipe(g_signalPipe) == 0) {
        auto* notifier = new QSocketNotifier(g_signalPipe[0], QSocketNotifier::Read, &app);
        QObject::connect(notifier, &QSocketNotifier::activated, &app, [] { QCoreApplication::quit(); });
        std::signal(SIGINT, onSignal);
        std::signal(SIGTERM, onSignal);
    }
    return QCoreApplication::exec();
}
