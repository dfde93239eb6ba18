// SPDX-License-Identifier: GPL-3.0-or-later
#include "translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QTranslator>

#include <memory>

namespace textbench {

namespace {

// <dir of the executable>/../share/<sub>: /usr/bin → /usr/share, /app/bin → /app/share, <build>/bin →
// <build>/share.
QString besideExecutable(const QString& sub)
{
    return QDir::cleanPath(QCoreApplication::applicationDirPath() + u"/../share/" + sub);
}

// Loads the first catalogue named <name>_<language>.qm found in `dirs` for the locale's UI languages. Qt's own
// matching walks the languages in order and drops country codes (de_AT → de).
QString load(const QLocale& locale, const QString& name, const QStringList& dirs)
{
    for (const QString& dir : dirs) {
        auto translator = std::make_unique<QTranslator>(QCoreApplication::instance());
        if (translator->load(locale, name, QStringLiteral("_"), dir)) {
            QString path = translator->filePath();
            QCoreApplication::installTranslator(translator.release());
            return path;
        }
    }
    return {};
}

} // namespace

QStringList translationSearchPaths()
{
    return { besideExecutable(QStringLiteral("textbench/translations")) };
}

QStringList installTranslations(const QLocale& locale)
{
    QStringList loaded;
    if (!QCoreApplication::instance())
        return loaded;
    // English is the source language: nothing to load, and no other catalogue may stand in for it.
    const QString first = locale.uiLanguages().value(0);
    if (first.isEmpty() || first == u"C" || first.startsWith(u"en"))
        return loaded;

    const QString prefix = QLibraryInfo::path(QLibraryInfo::PrefixPath);
    const struct
    {
        QString name;
        QStringList dirs;
    } catalogues[] = {
        { QStringLiteral("textbench"), translationSearchPaths() },
        // qt_<lang>.qm is Qt's meta catalogue: it pulls in qtbase_<lang>.qm beside it.
        { QStringLiteral("qt"),
            { besideExecutable(QStringLiteral("qt6/translations")),
                QLibraryInfo::path(QLibraryInfo::TranslationsPath) } },
        // QtKeychain installs to <its prefix>/share/qt6keychain/translations (Debian: /usr/share/...).
        { QStringLiteral("qtkeychain"),
            { besideExecutable(QStringLiteral("qt6keychain/translations")),
                QDir::cleanPath(prefix + u"/share/qt6keychain/translations"),
                QStringLiteral("/usr/share/qt6keychain/translations") } },
    };
    for (const auto& c : catalogues) {
        const QString path = load(locale, c.name, c.dirs);
        if (!path.isEmpty())
            loaded << path;
    }
    return loaded;
}

} // namespace textbench
