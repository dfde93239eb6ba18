// SPDX-License-Identifier: GPL-3.0-or-later
#include "cliapp.h"
#include "i18n/translations.h"

#include <QCoreApplication>
#include <QTimer>

#include <csignal>

int main(int argc, char* argv[])
{
    // A closed pipe (`textbench-cli messages list | head`) is a write error that CliApp handles (exit code 141,
    // nothing more fetched), not a signal that kills the process in the middle of a request.
    std::signal(SIGPIPE, SIG_IGN);
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Textbench"));
    QCoreApplication::setApplicationName(QStringLiteral("textbench-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TEXTBENCH_VERSION));
    textbench::installTranslations();

    textbench::cli::CliApp cli(QCoreApplication::arguments());
    QTimer::singleShot(0, &cli, &textbench::cli::CliApp::start);
    return QCoreApplication::exec();
}
