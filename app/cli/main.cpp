// SPDX-License-Identifier: GPL-3.0-or-later
#include "cliapp.h"
#include "i18n/translations.h"

#include <QCoreApplication>
#include <QTimer>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Textbench"));
    QCoreApplication::setApplicationName(QStringLiteral("textbench-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TEXTBENCH_VERSION));
    textbench::installTranslations();

    textbench::cli::CliApp cli(QCoreApplication::arguments());
    QTimer::singleShot(0, &cli, &textbench::cli::CliApp::start);
    return QCoreApplication::exec();
}
