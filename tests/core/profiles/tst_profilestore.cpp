// SPDX-License-Identifier: GPL-3.0-or-later
// Profile metadata in QSettings: validation, persistence, rename/duplicate/remove, the active profile, and that
// nothing but metadata is ever written.
#include "profiles/profilestore.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace textbench;

namespace {
const QString kAccount = QStringLiteral("AC0123456789abcdef0123456789abcdef");
const QString kKey = QStringLiteral("SKfedcba9876543210fedcba9876543210");

Profile live(const QString& name)
{
    Profile p;
    p.name = name;
    p.kind = ProfileKind::Live;
    p.accountSid = kAccount;
    return p;
}
} // namespace

class Tst_ProfileStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_file;

    std::unique_ptr<ProfileStore> store() const
    {
        return std::make_unique<ProfileStore>(new QSettings(m_file, QSettings::IniFormat));
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_file
            = m_dir.filePath(QStringLiteral("textbench-%1.ini").arg(QString::fromLatin1(QTest::currentTestFunction())));
        QFile::remove(m_file);
    }

    void theSandboxIsAlwaysThere()
    {
        const auto s = store();
        const QList<Profile> all = s->profiles();
        QCOMPARE(all.size(), 1);
        QCOMPARE(all.first().id, ProfileStore::kSandboxId);
        QCOMPARE(all.first().kind, ProfileKind::Sandbox);
        QCOMPARE(s->activeId(), ProfileStore::kSandboxId);
        QVERIFY(!s->remove(ProfileStore::kSandboxId));
    }

    void addFindAndPersist()
    {
        QString id;
        {
            const auto s = store();
            Profile p = live(QStringLiteral("Work"));
            p.scheme = AuthScheme::ApiKey;
            p.apiKeySid = kKey;
            p.region = QStringLiteral("ie1");
            p.edge = QStringLiteral("dublin");
            p.defaultSender = QStringLiteral("+15005550006");
            QString problem;
            id = s->add(p, &problem);
            QVERIFY2(!id.isEmpty(), qPrintable(problem));
        }
        const auto s = store(); // a new process, as it were
        const auto found = s->find(QStringLiteral("work"));
        QVERIFY(found);
        QCOMPARE(found->id, id);
        QCOMPARE(found->scheme, AuthScheme::ApiKey);
        QCOMPARE(found->username(), kKey);
        QCOMPARE(found->endpoint().baseUrl().toString(), QStringLiteral("https://api.dublin.ie1.twilio.com"));
        QCOMPARE(found->keychainKey(), QStringLiteral("profile/") + id);
        QCOMPARE(s->find(id)->name, QStringLiteral("Work"));
    }

    void invalidProfilesAreRefused_data()
    {
        QTest::addColumn<Profile>("profile");
        QTest::addColumn<QString>("mentions");
        Profile noName = live(QString());
        QTest::newRow("no name") << noName << QStringLiteral("name");
        Profile badSid = live(QStringLiteral("Bad"));
        badSid.accountSid = QStringLiteral("f00dfacecafebeef0123456789abcdef"); // a token in the SID field
        QTest::newRow("token as Account SID") << badSid << QStringLiteral("Account SID");
        Profile noKey = live(QStringLiteral("Key"));
        noKey.scheme = AuthScheme::ApiKey;
        QTest::newRow("API key scheme without key") << noKey << QStringLiteral("API Key SID");
        Profile http = live(QStringLiteral("Proxy"));
        http.baseUrl = QStringLiteral("http://proxy.example.com");
        QTest::newRow("plain http off loopback") << http << QStringLiteral("Plain http");
        Profile sender = live(QStringLiteral("Sender"));
        sender.defaultSender = QStringLiteral("not a number!");
        QTest::newRow("bad default sender") << sender << QStringLiteral("Default sender");
        Profile sandbox = live(QStringLiteral("Another sandbox"));
        sandbox.kind = ProfileKind::Sandbox;
        QTest::newRow("a second sandbox") << sandbox << QStringLiteral("built in");
    }

    void invalidProfilesAreRefused()
    {
        QFETCH(Profile, profile);
        QFETCH(QString, mentions);
        const auto s = store();
        QString problem;
        QVERIFY(s->add(profile, &problem).isEmpty());
        QVERIFY2(problem.contains(mentions), qPrintable(problem));
        QVERIFY(!problem.contains(QStringLiteral("f00dface"))); // a misplaced secret is never repeated
        QCOMPARE(s->profiles().size(), 1);
    }

    void namesAreUnique()
    {
        const auto s = store();
        QVERIFY(!s->add(live(QStringLiteral("Work"))).isEmpty());
        QString problem;
        QVERIFY(s->add(live(QStringLiteral(" work ")), &problem).isEmpty());
        QVERIFY(problem.contains(QStringLiteral("already")));
        QVERIFY(s->add(live(QStringLiteral("Sandbox")), &problem).isEmpty());
    }

    void renameKeepsTheKeychainEntryDuplicateDoesNot()
    {
        const auto s = store();
        const QString id = s->add(live(QStringLiteral("Work")));
        const QString key = s->find(id)->keychainKey();
        QVERIFY(s->rename(id, QStringLiteral("Office")));
        QCOMPARE(s->find(QStringLiteral("Office"))->keychainKey(), key);
        QVERIFY(!s->find(QStringLiteral("Work")));
        const QString copy = s->duplicate(id, QStringLiteral("Office copy"));
        QVERIFY(!copy.isEmpty());
        QVERIFY(s->find(copy)->keychainKey() != key);
        QString problem;
        QVERIFY(!s->rename(copy, QStringLiteral("office"), &problem));
        QCOMPARE(s->profiles().size(), 3);
    }

    void activeProfileAndRemoval()
    {
        const auto s = store();
        QSignalSpy active(s.get(), &ProfileStore::activeChanged);
        const QString id = s->add(live(QStringLiteral("Work")));
        QVERIFY(s->setActive(id));
        QCOMPARE(store()->activeId(), id); // remembered
        QVERIFY(!s->setActive(QStringLiteral("nope")));
        QVERIFY(s->remove(id));
        QCOMPARE(s->activeId(), ProfileStore::kSandboxId);
        QCOMPARE(active.count(), 2);
        QCOMPARE(active.last().first().toString(), ProfileStore::kSandboxId);
    }

    void onlyMetadataIsWritten()
    {
        {
            const auto s = store();
            Profile p = live(QStringLiteral("Work"));
            p.scheme = AuthScheme::ApiKey;
            p.apiKeySid = kKey;
            QVERIFY(!s->add(p).isEmpty());
        }
        QSettings settings(m_file, QSettings::IniFormat);
        settings.beginGroup(QStringLiteral("profiles"));
        const QStringList ids = settings.childGroups();
        QCOMPARE(ids.size(), 1);
        settings.beginGroup(ids.first());
        QStringList keys = settings.childKeys();
        keys.sort();
        QCOMPARE(keys,
            (QStringList { QStringLiteral("accountSid"), QStringLiteral("apiKeySid"), QStringLiteral("baseUrl"),
                QStringLiteral("defaultSender"), QStringLiteral("edge"), QStringLiteral("kind"), QStringLiteral("name"),
                QStringLiteral("region"), QStringLiteral("scheme"), QStringLiteral("secretStorage") }));
    }

    void aCorruptSettingsFileIsSurvived()
    {
        QFile f(m_file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("[profiles\n\x01\x02garbage=\xff\xfe\n[profiles/x]\nname=\nkind=martian\nactiveProfile=x\n");
        f.close();
        const auto s = store();
        const QList<Profile> all = s->profiles();
        QVERIFY(!all.isEmpty());
        QCOMPARE(all.first().id, ProfileStore::kSandboxId);
        QCOMPARE(s->activeId(), ProfileStore::kSandboxId);
    }
};

QTEST_GUILESS_MAIN(Tst_ProfileStore)
#include "tst_profilestore.moc"
