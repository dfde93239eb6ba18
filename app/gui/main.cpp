// SPDX-License-Identifier: GPL-3.0-or-later
// textbench: the desktop console. Everything lives in textbench_ui; this only starts it.
#include "i18n/translations.h"
#include "mainwindow.h"
#include "statekeeper.h"
#include "workbench.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QSettings>
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
    QCommandLineOption resetState(QStringLiteral("reset-state"),
        QCoreApplication::translate("textbench::gui",
            "Forget the drafts, the messages watched, the log's filters and the window's layout, then start (profiles "
            "and their secrets stay)."));
    parser.addOption(resetState);
    parser.process(app);

    QSettings settings(QStringLiteral("Textbench"), QStringLiteral("textbench"));
    const QString workDirectory = textbench::StateKeeper::defaultDirectory();
    if (parser.isSet(resetState)) {
        const QStringList removed = textbench::StateKeeper::reset(workDirectory, &settings);
        if (removed.isEmpty())
            std::printf("%s\n",
                qPrintable(QCoreApplication::translate("textbench::gui", "textbench: there was no state to forget")));
        for (const QString& what : removed)
            std::printf("%s\n", qPrintable(QCoreApplication::translate("textbench::gui", "textbench: forgot %1").arg(what)));
        std::fflush(stdout);
    }

    textbench::Workbench::Options options;
    options.sandboxSpeed = parser.value(speed).toDouble();
    textbench::Workbench workbench(options);
    textbench::MainWindow window(&workbench);
    // Drafts, watched messages and the window's layout come back.
    textbench::StateKeeper keeper(&window, &workbench, workDirectory, &settings);
    keeper.restoreWindow();
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
