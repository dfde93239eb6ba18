// SPDX-License-Identifier: GPL-3.0-or-later
// Profiles with their secrets, against the real Secret Service of tests/run.sh (and, with
// TEXTBENCH_KEYCHAIN_SCENARIO=nobus, without any keychain): the secret goes to the keychain and nowhere else, the
// two stores stay in step, and every failure is explained.
#include "answer.h"
#include "profiles/profilemanager.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace textbench;
using namespace textbench::test;

namespace {
const QString kService = QStringLiteral("io.github.textbench.test-profiles");
const QString kAccount = QStringLiteral("AC0123456789abcdef0123456789abcdef");
const QString kSecret = QStringLiteral("c0ffeec0ffeec0ffeec0ffeec0ffee42");

bool realKeychain()
{
    return qEnvironmentVariable("TEXTBENCH_KEYCHAIN_SCENARIO", QStringLiteral("real")) == u"real";
}

// What the keychain holds under \a key, read with secret-tool (its output captured: never printed to the test log).
QString keychainEntry(const QString& key)
{
    QProcess lookup;
    lookup.start(QStringLiteral("secret-tool"),
        { QStringLiteral("lookup"), QStringLiteral("server"), kService, QStringLiteral("user"), key });
    lookup.waitForFinished(10'000);
    return QString::fromUtf8(lookup.readAllStandardOutput());
}
} // namespace

class Tst_ProfileManager : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<ProfileManager> m_manager;

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_profiles = std::make_unique<ProfileStore>(
            new QSettings(m_dir.filePath(QStringLiteral("profiles.ini")), QSettings::IniFormat));
        m_secrets = std::make_unique<SecretStore>(kService);
        m_secrets->setTimeout(3000);
        m_manager = std::make_unique<ProfileManager>(m_profiles.get(), m_secrets.get());
    }

    void cleanup()
    {
        m_manager.reset();
        m_secrets.reset();
        m_profiles.reset();
    }

    void addUseAndRemove()
    {
        if (!realKeychain())
            QSKIP("needs the real Secret Service");
        const auto added = outcomeOf(
            [&](QObject* c, auto cb) { m_manager->add(liveProfile(QStringLiteral("Work")), kSecret, c, cb); });
        QVERIFY2(added.ok, qPrintable(added.message));
        const auto creds = outcomeOf([&](QObject* c, auto cb) { m_manager->credentialsFor(added.id, c, cb); });
        QVERIFY2(creds.ok, qPrintable(creds.message));
        QCOMPARE(creds.credentials.secret(), kSecret);
        QCOMPARE(creds.credentials.accountSid(), kAccount);

        const auto removed = outcomeOf([&](QObject* c, auto cb) { m_manager->remove(added.id, c, cb); });
        QVERIFY(removed.ok);
        QVERIFY(!m_profiles->find(added.id));
        // The secret went with it.
        SecretStore::Result result;
        bool done = false;
        QObject context;
        m_secrets->read(QStringLiteral("profile/") + added.id, &context, [&](const SecretStore::Result& r) {
            result = r;
            done = true;
        });
        QTRY_VERIFY(done);
        QCOMPARE(result.status, SecretStore::Status::NotFound);
    }

    void theSecretReachesNoFile()
    {
        if (!realKeychain())
            QSKIP("needs the real Secret Service");
        const auto added = outcomeOf(
            [&](QObject* c, auto cb) { m_manager->add(liveProfile(QStringLiteral("Scan")), kSecret, c, cb); });
        QVERIFY(added.ok);
        const QByteArray forms[] = { kSecret.toUtf8(), (kAccount + u':' + kSecret).toUtf8().toBase64() };
        QDirIterator it(m_dir.path(), QDir::Files, QDirIterator::Subdirectories);
        int files = 0;
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray content = f.readAll();
            ++files;
            for (const QByteArray& form : forms)
                QVERIFY2(!content.contains(form), qPrintable(f.fileName()));
        }
        QVERIFY(files >= 1);
        outcomeOf([&](QObject* c, auto cb) { m_manager->remove(added.id, c, cb); });
    }

    void aSecretDeletedBehindTheAppsBackIsExplained()
    {
        if (!realKeychain())
            QSKIP("needs the real Secret Service");
        const auto added = outcomeOf(
            [&](QObject* c, auto cb) { m_manager->add(liveProfile(QStringLiteral("Gone")), kSecret, c, cb); });
        QVERIFY(added.ok);
        QProcess::execute(QStringLiteral("secret-tool"),
            { QStringLiteral("clear"), QStringLiteral("server"), kService, QStringLiteral("user"),
                QStringLiteral("profile/") + added.id });
        const auto creds = outcomeOf([&](QObject* c, auto cb) { m_manager->credentialsFor(added.id, c, cb); });
        QVERIFY(!creds.ok);
        QVERIFY2(
            creds.message.contains(QStringLiteral("Gone")) && creds.message.contains(QStringLiteral("deleted outside")),
            qPrintable(creds.message));
        // Removing it still works: "not found" in the keychain counts as done.
        QVERIFY(outcomeOf([&](QObject* c, auto cb) { m_manager->remove(added.id, c, cb); }).ok);
    }

    void badInputIsRefusedBeforeTheKeychain()
    {
        const auto empty = outcomeOf(
            [&](QObject* c, auto cb) { m_manager->add(liveProfile(QStringLiteral("Empty")), QString(), c, cb); });
        QVERIFY(!empty.ok);
        QVERIFY(empty.message.contains(QStringLiteral("empty")));
        const auto spaced = outcomeOf([&](QObject* c, auto cb) {
            m_manager->add(liveProfile(QStringLiteral("Spaced")), QStringLiteral("ab cd"), c, cb);
        });
        QVERIFY(!spaced.ok);
        QCOMPARE(m_profiles->profiles().size(), 1);
        const auto sandbox
            = outcomeOf([&](QObject* c, auto cb) { m_manager->credentialsFor(ProfileStore::kSandboxId, c, cb); });
        QVERIFY(sandbox.ok); // the Sandbox profile needs no keychain
    }

    void withoutAKeychainNothingIsHalfAdded()
    {
        if (realKeychain())
            QSKIP("run with TEXTBENCH_KEYCHAIN_SCENARIO=nobus");
        QElapsedTimer t;
        t.start();
        const auto added = outcomeOf(
            [&](QObject* c, auto cb) { m_manager->add(liveProfile(QStringLiteral("Work")), kSecret, c, cb); });
        QVERIFY(t.elapsed() < 5000);
        QVERIFY(!added.ok);
        QVERIFY2(!added.message.isEmpty(), "no explanation");
        QCOMPARE(m_profiles->profiles().size(), 1); // only the Sandbox: no profile without its secret
        QVERIFY2(added.canKeepForThisRun(), "the this-run-only choice should be offered");
    }

    // The caller's window closes while the keychain is still working: no callback, and the manager still finishes
    // its own bookkeeping (the half-added profile is taken back without a keychain; kept, with its secret, with one).
    void aCallerThatGoesAwayLeavesNothingHalfDone()
    {
        bool called = false;
        QString id;
        {
            QObject context;
            m_manager->add(liveProfile(QStringLiteral("Closing")), kSecret, &context,
                [&](const ProfileManager::Outcome&) { called = true; });
            const auto p = m_profiles->find(QStringLiteral("Closing"));
            QVERIFY(p); // the name is claimed at once
            id = p->id;
        }
        if (realKeychain()) {
            QTRY_VERIFY_WITH_TIMEOUT(m_manager->profiles()->find(id)
                    && outcomeOf([&](QObject* c, auto cb) { m_manager->credentialsFor(id, c, cb); }).ok,
                5000);
            QVERIFY(outcomeOf([&](QObject* c, auto cb) { m_manager->remove(id, c, cb); }).ok);
        } else {
            QTRY_VERIFY_WITH_TIMEOUT(!m_profiles->find(id), 5000);
        }
        QVERIFY(!called);
    }

    void aRefusedEditWritesNothing()
    {
        if (!realKeychain())
            QSKIP("needs the real Secret Service");
        const auto a = outcomeOf(
            [&](QObject* c, auto cb) { m_manager->add(liveProfile(QStringLiteral("One")), kSecret, c, cb); });
        const auto b = outcomeOf(
            [&](QObject* c, auto cb) { m_manager->add(liveProfile(QStringLiteral("Two")), kSecret, c, cb); });
        QVERIFY(a.ok && b.ok);
        Profile clash = *m_profiles->find(b.id);
        clash.name = QStringLiteral("One");
        const auto refused
            = outcomeOf([&](QObject* c, auto cb) { m_manager->edit(clash, QStringLiteral("newsecret"), c, cb); });
        QVERIFY(!refused.ok);
        // Neither the name nor the secret changed.
        QCOMPARE(m_profiles->find(b.id)->name, QStringLiteral("Two"));
        QCOMPARE(outcomeOf([&](QObject* c, auto cb) { m_manager->credentialsFor(b.id, c, cb); }).credentials.secret(),
            kSecret);
        // The Sandbox cannot be edited, and nothing lands in the keychain for it.
        Profile sandbox = ProfileStore::sandboxProfile();
        QVERIFY(!outcomeOf([&](QObject* c, auto cb) { m_manager->edit(sandbox, QStringLiteral("x1"), c, cb); }).ok);
        QVERIFY(keychainEntry(QStringLiteral("profile/sandbox")).isEmpty());
        QVERIFY(outcomeOf([&](QObject* c, auto cb) { m_manager->remove(a.id, c, cb); }).ok);
        QVERIFY(outcomeOf([&](QObject* c, auto cb) { m_manager->remove(b.id, c, cb); }).ok);
    }

    // Without a keychain (and with one, if the user asks): the secret stays in memory for this run, nothing is
    // written, and the next run asks for it again.
    void aSecretForThisRunOnly()
    {
        Profile p = liveProfile(QStringLiteral("Laptop"));
        p.secretStorage = SecretStorage::ThisRunOnly;
        const auto added = outcomeOf([&](QObject* c, auto cb) { m_manager->add(p, kSecret, c, cb); });
        QVERIFY2(added.ok, qPrintable(added.message));
        QVERIFY(m_manager->hasSecretForThisRun(added.id));
        const auto creds = outcomeOf([&](QObject* c, auto cb) { m_manager->credentialsFor(added.id, c, cb); });
        QVERIFY2(creds.ok, qPrintable(creds.message));
        QCOMPARE(creds.credentials.secret(), kSecret);

        // Metadata alone can change without the secret, which stays where it was.
        Profile renamed = *m_profiles->find(added.id);
        renamed.edge = QStringLiteral("dublin");
        renamed.region = QStringLiteral("ie1");
        const auto edited = outcomeOf([&](QObject* c, auto cb) { m_manager->edit(renamed, QString(), c, cb); });
        QVERIFY2(edited.ok, qPrintable(edited.message));
        QCOMPARE(m_profiles->find(added.id)->edge, QStringLiteral("dublin"));
        QCOMPARE(
            outcomeOf([&](QObject* c, auto cb) { m_manager->credentialsFor(added.id, c, cb); }).credentials.secret(),
            kSecret);

        // Only where the secret is was written, never the secret.
        m_profiles.reset();
        QFile ini(m_dir.filePath(QStringLiteral("profiles.ini")));
        QVERIFY(ini.open(QIODevice::ReadOnly));
        const QByteArray settings = ini.readAll();
        QVERIFY(settings.contains("secretStorage=this-run-only"));
        QVERIFY(!settings.contains(kSecret.toUtf8()));

        // The next run: the profile is there, its secret is not, and the message says what to do.
        m_manager.reset();
        m_profiles = std::make_unique<ProfileStore>(
            new QSettings(m_dir.filePath(QStringLiteral("profiles.ini")), QSettings::IniFormat));
        m_manager = std::make_unique<ProfileManager>(m_profiles.get(), m_secrets.get());
        const auto nextRun = outcomeOf([&](QObject* c, auto cb) { m_manager->credentialsFor(added.id, c, cb); });
        QVERIFY(!nextRun.ok);
        QVERIFY(nextRun.needsSecret);
        QVERIFY2(nextRun.message.contains(QStringLiteral("Laptop"))
                && nextRun.message.contains(QStringLiteral("single run"))
                && nextRun.message.contains(QStringLiteral("Enter the secret again")),
            qPrintable(nextRun.message));

        // Given again, it works again; removing forgets it.
        Profile again = *m_profiles->find(added.id);
        QVERIFY(outcomeOf([&](QObject* c, auto cb) { m_manager->edit(again, kSecret, c, cb); }).ok);
        QCOMPARE(
            outcomeOf([&](QObject* c, auto cb) { m_manager->credentialsFor(added.id, c, cb); }).credentials.secret(),
            kSecret);
        QVERIFY(outcomeOf([&](QObject* c, auto cb) { m_manager->remove(added.id, c, cb); }).ok);
        QVERIFY(!m_manager->hasSecretForThisRun(added.id));
        QVERIFY(!m_profiles->find(added.id));
    }

    void duplicateRenameAndSwitchBackAndForth()
    {
        if (!realKeychain())
            QSKIP("needs the real Secret Service");
        const auto a = outcomeOf(
            [&](QObject* c, auto cb) { m_manager->add(liveProfile(QStringLiteral("Alpha")), kSecret, c, cb); });
        QVERIFY2(a.ok, qPrintable(a.message));
        const auto b
            = outcomeOf([&](QObject* c, auto cb) { m_manager->duplicate(a.id, QStringLiteral("Beta"), c, cb); });
        QVERIFY2(b.ok, qPrintable(b.message));
        QVERIFY(b.id != a.id);
        // The copy has a secret of its own: changing one leaves the other alone.
        Profile beta = *m_profiles->find(b.id);
        QVERIFY(outcomeOf([&](QObject* c, auto cb) { m_manager->edit(beta, QStringLiteral("betasecret"), c, cb); }).ok);
        for (int round = 0; round < 3; ++round) {
            QVERIFY(m_profiles->setActive(round % 2 ? b.id : a.id));
            const auto active
                = outcomeOf([&](QObject* c, auto cb) { m_manager->credentialsFor(m_profiles->activeId(), c, cb); });
            QVERIFY2(active.ok, qPrintable(active.message));
            QCOMPARE(active.credentials.secret(), round % 2 ? QStringLiteral("betasecret") : kSecret);
        }
        // Renaming keeps the keychain entry (it is keyed by the stable id).
        QVERIFY(m_profiles->rename(a.id, QStringLiteral("Alpha renamed")));
        QCOMPARE(outcomeOf([&](QObject* c, auto cb) { m_manager->credentialsFor(a.id, c, cb); }).credentials.secret(),
            kSecret);
        // A duplicate name is refused, and nothing is added.
        const auto clash
            = outcomeOf([&](QObject* c, auto cb) { m_manager->duplicate(a.id, QStringLiteral("Beta"), c, cb); });
        QVERIFY(!clash.ok);
        QCOMPARE(m_profiles->profiles().size(), 3);

        QVERIFY(outcomeOf([&](QObject* c, auto cb) { m_manager->remove(a.id, c, cb); }).ok);
        QCOMPARE(outcomeOf([&](QObject* c, auto cb) { m_manager->credentialsFor(b.id, c, cb); }).credentials.secret(),
            QStringLiteral("betasecret"));
        QVERIFY(outcomeOf([&](QObject* c, auto cb) { m_manager->remove(b.id, c, cb); }).ok);
    }

    void movingASecretIntoTheKeychainAndBack()
    {
        if (!realKeychain())
            QSKIP("needs the real Secret Service");
        Profile p = liveProfile(QStringLiteral("Mover"));
        p.secretStorage = SecretStorage::ThisRunOnly;
        const auto added = outcomeOf([&](QObject* c, auto cb) { m_manager->add(p, kSecret, c, cb); });
        QVERIFY(added.ok);
        p = *m_profiles->find(added.id);
        p.secretStorage = SecretStorage::Keychain;
        // Moving needs the secret.
        const auto noSecret = outcomeOf([&](QObject* c, auto cb) { m_manager->edit(p, QString(), c, cb); });
        QVERIFY(!noSecret.ok);
        QVERIFY2(noSecret.message.contains(QStringLiteral("into the keychain")), qPrintable(noSecret.message));
        QVERIFY(outcomeOf([&](QObject* c, auto cb) { m_manager->edit(p, kSecret, c, cb); }).ok);
        QVERIFY(!m_manager->hasSecretForThisRun(added.id));
        QVERIFY(keychainEntry(p.keychainKey()) == kSecret);

        p.secretStorage = SecretStorage::ThisRunOnly;
        QVERIFY(outcomeOf([&](QObject* c, auto cb) { m_manager->edit(p, kSecret, c, cb); }).ok);
        QVERIFY(m_manager->hasSecretForThisRun(added.id));
        QTRY_VERIFY_WITH_TIMEOUT(keychainEntry(p.keychainKey()).isEmpty(), 5000);
        QVERIFY(outcomeOf([&](QObject* c, auto cb) { m_manager->remove(added.id, c, cb); }).ok);
    }
};

QTEST_GUILESS_MAIN(Tst_ProfileManager)
#include "tst_profilemanager.moc"
