// SPDX-License-Identifier: GPL-3.0-or-later
// Profiles with their secrets, against the real Secret Service of tests/run.sh (and, with
// TEXTBENCH_KEYCHAIN_SCENARIO=nobus, without any keychain): the secret goes to the keychain and nowhere else, the
// two stores stay in step, and every failure is explained.
#include "profiles/profilemanager.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace textbench;

namespace {
const QString kService = QStringLiteral("io.github.textbench.test-profiles");
const QString kAccount = QStringLiteral("AC0123456789abcdef0123456789abcdef");
const QString kSecret = QStringLiteral("c0ffeec0ffeec0ffeec0ffeec0ffee42");

bool realKeychain()
{
    return qEnvironmentVariable("TEXTBENCH_KEYCHAIN_SCENARIO", QStringLiteral("real")) == u"real";
}

ProfileManager::Outcome wait(const std::function<void(QObject*, ProfileManager::Callback)>& op)
{
    QObject context;
    ProfileManager::Outcome outcome;
    bool answered = false;
    op(&context, [&](const ProfileManager::Outcome& o) {
        outcome = o;
        answered = true;
    });
    QElapsedTimer t;
    t.start();
    while (!answered && t.elapsed() < 15'000)
        QTest::qWait(10);
    if (!answered)
        outcome.message = QStringLiteral("test: no answer within 15 s");
    return outcome;
}

Profile live(const QString& name)
{
    Profile p;
    p.name = name;
    p.accountSid = kAccount;
    return p;
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
        const auto added = wait([&](QObject* c, auto cb) { m_manager->add(live(QStringLiteral("Work")), kSecret, c, cb); });
        QVERIFY2(added.ok, qPrintable(added.message));
        const auto creds = wait([&](QObject* c, auto cb) { m_manager->credentialsFor(added.id, c, cb); });
        QVERIFY2(creds.ok, qPrintable(creds.message));
        QCOMPARE(creds.credentials.secret(), kSecret);
        QCOMPARE(creds.credentials.accountSid(), kAccount);

        const auto removed = wait([&](QObject* c, auto cb) { m_manager->remove(added.id, c, cb); });
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
        const auto added = wait([&](QObject* c, auto cb) { m_manager->add(live(QStringLiteral("Scan")), kSecret, c, cb); });
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
        wait([&](QObject* c, auto cb) { m_manager->remove(added.id, c, cb); });
    }

    void aSecretDeletedBehindTheAppsBackIsExplained()
    {
        if (!realKeychain())
            QSKIP("needs the real Secret Service");
        const auto added = wait([&](QObject* c, auto cb) { m_manager->add(live(QStringLiteral("Gone")), kSecret, c, cb); });
        QVERIFY(added.ok);
        QProcess::execute(QStringLiteral("secret-tool"), { QStringLiteral("clear"), QStringLiteral("server"), kService,
                                                           QStringLiteral("user"), QStringLiteral("profile/") + added.id });
        const auto creds = wait([&](QObject* c, auto cb) { m_manager->credentialsFor(added.id, c, cb); });
        QVERIFY(!creds.ok);
        QVERIFY2(creds.message.contains(QStringLiteral("Gone")) && creds.message.contains(QStringLiteral("deleted outside")),
                 qPrintable(creds.message));
        // Removing it still works: "not found" in the keychain counts as done.
        QVERIFY(wait([&](QObject* c, auto cb) { m_manager->remove(added.id, c, cb); }).ok);
    }

    void badInputIsRefusedBeforeTheKeychain()
    {
        const auto empty = wait([&](QObject* c, auto cb) { m_manager->add(live(QStringLiteral("Empty")), QString(), c, cb); });
        QVERIFY(!empty.ok);
        QVERIFY(empty.message.contains(QStringLiteral("empty")));
        const auto spaced = wait([&](QObject* c, auto cb) { m_manager->add(live(QStringLiteral("Spaced")), QStringLiteral("ab cd"), c, cb); });
        QVERIFY(!spaced.ok);
        QCOMPARE(m_profiles->profiles().size(), 1);
        const auto sandbox = wait([&](QObject* c, auto cb) { m_manager->credentialsFor(ProfileStore::kSandboxId, c, cb); });
        QVERIFY(sandbox.ok); // the Sandbox profile needs no keychain
    }

    void withoutAKeychainNothingIsHalfAdded()
    {
        if (realKeychain())
            QSKIP("run with TEXTBENCH_KEYCHAIN_SCENARIO=nobus");
        QElapsedTimer t;
        t.start();
        const auto added = wait([&](QObject* c, auto cb) { m_manager->add(live(QStringLiteral("Work")), kSecret, c, cb); });
        QVERIFY(t.elapsed() < 5000);
        QVERIFY(!added.ok);
        QVERIFY2(!added.message.isEmpty(), "no explanation");
        QCOMPARE(m_profiles->profiles().size(), 1); // only the Sandbox: no profile without its secret
    }
};

QTEST_GUILESS_MAIN(Tst_ProfileManager)
#include "tst_profilemanager.moc"
