// SPDX-License-Identifier: GPL-3.0-or-later
// textbench: the desktop console. Everything lives in textbench_ui; this only starts it.
#include "mainwindow.h"
#include "workbench.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Textbench"));
    QApplication::setApplicationVersion(QStringLiteral(TEXTBENCH_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.github.textbench"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/io.github.textbench.svg")));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("A desktop console for Twilio's Programmable Messaging API."));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption speed(QStringLiteral("sandbox-speed"),
        QStringLiteral("Run the built-in sandbox's message lifecycle this many times faster (default 1)."),
        QStringLiteral("factor"), QStringLiteral("1"));
    parser.addOption(speed);
    parser.process(app);

    textbench::Workbench::Options options;
    options.sandboxSpeed = parser.value(speed).toDouble();
    textbench::Workbench workbench(options);
    textbench::MainWindow window(&workbench);
    window.show();
    workbench.start();
    return QApplication::exec();
}
