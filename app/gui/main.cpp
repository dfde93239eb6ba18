// SPDX-License-Identifier: GPL-3.0-or-later
// textbench: the desktop console. Everything lives in textbench_ui; this only starts it.
#include "i18n/translations.h"
#include "mainwindow.h"
#include "workbench.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QTimer>

#include <cstdio>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Textbench"));
    QApplication::setApplicationVersion(QStringLiteral(TEXTBENCH_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.github.textbench"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/io.github.textbench.svg")));
    textbench::installTranslations();

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("textbench::gui", "A desktop console for Twilio's Programmable Messaging API."));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption speed(QStringLiteral("sandbox-speed"),
        QCoreApplication::translate(
            "textbench::gui", "Run the built-in sandbox's message lifecycle this many times faster (default 1)."),
        QCoreApplication::translate("textbench::gui", "factor"), QStringLiteral("1"));
    parser.addOption(speed);
    QCommandLineOption selfTest(QStringLiteral("self-test"),
        QCoreApplication::translate("textbench::gui",
            "Open the window, wait until it is ready, say what it shows and quit (for install checks)."));
    parser.addOption(selfTest);
    parser.process(app);

    textbench::Workbench::Options options;
    options.sandboxSpeed = parser.value(speed).toDouble();
    textbench::Workbench workbench(options);
    textbench::MainWindow window(&workbench);
    window.show();
    if (parser.isSet(selfTest)) {
        QObject::connect(&workbench, &textbench::Workbench::ready, &app, [&window](const QString& notice) {
            std::printf("textbench %s: window \"%s\" shown at %dx%d%s%s\n", TEXTBENCH_VERSION,
                qPrintable(window.windowTitle()), window.width(), window.height(), notice.isEmpty() ? "" : "; ",
                qPrintable(notice));
            std::fflush(stdout);
            QApplication::exit(window.isVisible() ? 0 : 1);
        });
        // A window that never becomes ready fails the check instead of hanging it.
        QTimer::singleShot(30'000, &app, [] {
            std::fprintf(stderr, "textbench: the window did not become ready within 30 s\n");
            QApplication::exit(2);
        });
    }
    workbench.start();
    return QApplication::exec();
}
