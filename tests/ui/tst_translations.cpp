// SPDX-License-Identifier: GPL-3.0-or-later
// The German catalogue: current with the sources, complete and well-formed; loaded with Qt's and QtKeychain's
// catalogues; and the window and the CLI actually show it (no text on screen stays English where the catalogue
// has German for it).
#include "clirun.h"
#include "i18n/translations.h"
#include "launch.h"
#include "mainwindow.h"
#include "workbench.h"

#include <QAbstractButton>
#include <QGroupBox>
#include <QLabel>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace textbench;

namespace {

struct Entry
{
    QString context;
    QString source;
    QString comment;
    QString translation; ///< a plural message: its first form (every form is in \a forms)
    QString type; ///< "unfinished", "obsolete", "vanished" or empty
    QStringList forms; ///< a plural message's <numerusform>s
};

QList<Entry> readTs(const QString& path, QString* error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = f.errorString();
        return {};
    }
    QList<Entry> entries;
    QXmlStreamReader xml(&f);
    QString context;
    Entry e;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"name") {
            context = xml.readElementText();
        } else if (xml.name() == u"message") {
            e = Entry { context, {}, {}, {}, {}, {} };
        } else if (xml.name() == u"source") {
            e.source = xml.readElementText();
        } else if (xml.name() == u"comment") {
            e.comment = xml.readElementText();
        } else if (xml.name() == u"translation") {
            e.type = xml.attributes().value(QStringLiteral("type")).toString();
            // A plural message has a <numerusform> for each form, each checked like a translation of its own.
            while (!xml.atEnd()) {
                const QXmlStreamReader::TokenType token = xml.readNext();
                if (token == QXmlStreamReader::Characters)
                    e.translation += xml.text();
                else if (token == QXmlStreamReader::StartElement && xml.name() == u"numerusform")
                    e.forms << xml.readElementText();
                else if (token == QXmlStreamReader::EndElement && xml.name() == u"translation")
                    break;
            }
            if (!e.forms.isEmpty())
                e.translation = e.forms.first();
            entries << e;
            for (qsizetype i = 1; i < e.forms.size(); ++i) {
                Entry form = e;
                form.translation = e.forms.at(i);
                entries << form;
            }
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return entries;
}

QStringList placeholders(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("%L?\\d"));
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found << it.next().captured();
    found.sort();
    return found;
}

// Keyboard mnemonics: a single '&' before a character ("&&" is a literal ampersand).
int mnemonics(const QString& text)
{
    return int(QString(text).remove(QStringLiteral("&&")).count(u'&'));
}

const QString kTsFile = QStringLiteral(TEXTBENCH_SOURCE_DIR "/resources/translations/textbench_de.ts");

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    // The committed catalogue has exactly the strings the sources mark for translation: none missing (a tr() added
    // without running update_translations), none left over.
    void catalogueIsCurrent()
    {
        const QString fresh = m_dir.filePath(QStringLiteral("fresh_de.ts"));
        QProcess lupdate;
        lupdate.setProcessChannelMode(QProcess::MergedChannels);
        lupdate.start(QStringLiteral(TEXTBENCH_LUPDATE),
            { QStringLiteral("-no-obsolete"), QStringLiteral("-locations"), QStringLiteral("none"),
                QStringLiteral("-extensions"), QStringLiteral("cpp,h,ui"),
                QStringLiteral(TEXTBENCH_SOURCE_DIR "/app/core"), QStringLiteral(TEXTBENCH_SOURCE_DIR "/app/cli"),
                QStringLiteral(TEXTBENCH_SOURCE_DIR "/app/gui"), QStringLiteral(TEXTBENCH_SOURCE_DIR "/ui"),
                QStringLiteral("-ts"), fresh });
        QVERIFY2(lupdate.waitForFinished(60'000), "lupdate did not finish");
        QVERIFY2(lupdate.exitCode() == 0, lupdate.readAll().constData());

        QString error;
        const QList<Entry> current = readTs(fresh, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QList<Entry> committed = readTs(kTsFile, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const auto keys = [](const QList<Entry>& entries) {
            QSet<QString> set;
            for (const Entry& e : entries)
                set.insert(e.context + u'\x1f' + e.source + u'\x1f' + e.comment);
            return set;
        };
        const QSet<QString> want = keys(current);
        const QSet<QString> have = keys(committed);
        QStringList missing = QSet<QString>(want).subtract(have).values();
        QStringList extra = QSet<QString>(have).subtract(want).values();
        missing.sort();
        extra.sort();
        QVERIFY2(missing.isEmpty(),
            qPrintable(u"not in resources/translations/textbench_de.ts (build the update_translations target, then translate): "
                + missing.join(u" | ").replace(u'\x1f', u'/')));
        QVERIFY2(extra.isEmpty(),
            qPrintable(u"in the catalogue but no longer in the sources (build update_translations): "
                + extra.join(u" | ").replace(u'\x1f', u'/')));
        QVERIFY(want.size() > 600);
    }

    // Every message is translated, and keeps what the program fills in or relies on.
    void catalogueIsComplete()
    {
        QString error;
        const QList<Entry> entries = readTs(kTsFile, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QStringList problems;
        for (const Entry& e : entries) {
            const QString where = e.context + u": \"" + e.source.left(60) + u'"';
            if (!e.type.isEmpty())
                problems << where + u" is " + e.type;
            else if (e.translation.trimmed().isEmpty())
                problems << where + u" has no translation";
            else if (placeholders(e.source) != placeholders(e.translation))
                problems << where + u" has placeholders " + placeholders(e.source).join(u',') + u" but the translation "
                        + placeholders(e.translation).join(u',');
            else if (mnemonics(e.source) != mnemonics(e.translation))
                problems << where + u": the keyboard mnemonic (&) is lost or doubled";
            else if (e.source.endsWith(u' ') != e.translation.endsWith(u' ')
                || e.source.startsWith(u' ') != e.translation.startsWith(u' ')
                || e.source.endsWith(u'\n') != e.translation.endsWith(u'\n')
                || e.source.startsWith(u'\n') != e.translation.startsWith(u'\n'))
                problems << where + u": leading or trailing spaces or line breaks differ";
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    // German from the locale: Textbench's catalogue, Qt's and QtKeychain's, and the window shows German.
    void windowInGerman()
    {
        const QStringList loaded = installTranslations(QLocale(QLocale::German, QLocale::Germany));
        QVERIFY2(loaded.size() == 3, qPrintable(u"loaded: " + loaded.join(u", ")));
        QVERIFY(loaded.at(0).endsWith(u"textbench_de.qm"));
        QVERIFY(loaded.at(1).endsWith(u"qt_de.qm"));
        QVERIFY(loaded.at(2).endsWith(u"qtkeychain_de.qm"));
        // Qt's own (standard buttons, via qtbase_de.qm which qt_de.qm includes) and QtKeychain's catalogues answer.
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Abbrechen"));
        QVERIFY(QCoreApplication::translate("QKeychain::ReadPasswordJobPrivate", "Password not found")
            != QStringLiteral("Password not found"));

        test::Launch launch(
            m_dir.filePath(QStringLiteral("profiles.ini")), QStringLiteral("io.github.textbench.test-translations"));
        QVERIFY(launch.ready);
        const MainWindow& window = *launch.window;

        // The English texts that German replaces: none of them may be on screen.
        QString error;
        QSet<QString> english;
        for (const Entry& e : readTs(kTsFile, &error)) {
            if (e.translation != e.source)
                english.insert(QString(e.source).remove(QLatin1Char('&')));
        }
        QStringList shown;
        const auto check = [&](const QString& text, const QObject* where) {
            const QString plain = QString(text).remove(QLatin1Char('&'));
            if (english.contains(plain))
                shown << where->objectName() + u": \"" + text + u'"';
        };
        int texts = 0;
        for (const QWidget* w : window.findChildren<QWidget*>()) {
            if (!w->isVisibleTo(&window))
                continue;
            if (const auto* label = qobject_cast<const QLabel*>(w); label && !label->text().isEmpty()) {
                check(label->text(), w);
                ++texts;
            } else if (const auto* button = qobject_cast<const QAbstractButton*>(w);
                       button && !button->text().isEmpty()) {
                check(button->text(), w);
                ++texts;
            } else if (const auto* box = qobject_cast<const QGroupBox*>(w)) {
                check(box->title(), w);
            } else if (const auto* tabs = qobject_cast<const QTabWidget*>(w)) {
                for (int i = 0; i < tabs->count(); ++i)
                    check(tabs->tabText(i), w);
            }
        }
        QVERIFY2(texts > 10, "the window shows too few texts to judge");
        QVERIFY2(shown.isEmpty(), qPrintable(u"English on a German screen: " + shown.join(u"; ")));
        const QString send = window.findChild<QAbstractButton*>(QStringLiteral("sendButton"))->text();
        QVERIFY2(send.contains(QStringLiteral("Senden")), qPrintable(send));
    }

    // The CLI takes its language from the environment like any program: LANGUAGE first, then LC_ALL/LC_MESSAGES/LANG.
    void cliInGerman()
    {
        QProcessEnvironment env = test::cleanCliEnvironment(m_dir.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("de_DE.UTF-8"));
        env.remove(QStringLiteral("LANGUAGE"));
        const test::CliRun german = test::runCli(QStringLiteral(TEXTBENCH_CLI_PATH),
            { QStringLiteral("messages"), QStringLiteral("fetch"), QStringLiteral("--sid"), QStringLiteral("SM123") },
            env);
        QCOMPARE(german.exitCode, 2);
        QVERIFY2(german.err.contains("Ungültige Eingabe"), german.err.constData());

        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("de"));
        QVERIFY(test::runCli(QStringLiteral(TEXTBENCH_CLI_PATH),
            { QStringLiteral("messages"), QStringLiteral("fetch"), QStringLiteral("--sid"), QStringLiteral("SM123") },
            env)
                    .err.contains("Ungültige Eingabe"));

        env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en_US:de"));
        const test::CliRun english = test::runCli(QStringLiteral(TEXTBENCH_CLI_PATH),
            { QStringLiteral("messages"), QStringLiteral("fetch"), QStringLiteral("--sid"), QStringLiteral("SM123") },
            env);
        QVERIFY2(english.err.contains("Invalid input"), english.err.constData());
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
