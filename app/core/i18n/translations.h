// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QStringList>

namespace textbench {

// Installs translators on the running QCoreApplication for the user's UI languages (QLocale::uiLanguages of
// `locale`; by default the system locale, so LANGUAGE, LC_ALL, LC_MESSAGES and LANG as usual): Textbench's own
// catalogue, Qt's (qt_<lang>.qm: dialog buttons, shortcuts, QCommandLineParser) and QtKeychain's. Catalogues are
// looked for beside the installed executable first (<bindir>/../share/..., which is the build tree's layout too,
// and /app in a Flatpak), then in Qt's and the system's folders. A missing catalogue is no error: that text stays
// English. Returns the paths of the catalogues that were loaded. Call it once, before any text is made.
QStringList installTranslations(const QLocale& locale = QLocale());

// Where installTranslations looks for Textbench's own catalogue, first match wins.
QStringList translationSearchPaths();

} // namespace textbench
