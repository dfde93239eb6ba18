// SPDX-License-Identifier: GPL-3.0-or-later
// SecretStore against a real Secret Service: gnome-keyring in the private D-Bus session that tests/run.sh starts.
// The same binary also runs where the keychain cannot work (TEXTBENCH_KEYCHAIN_SCENARIO=nobus: no session bus at
// all; noservice: a bus with no Secret Service on it), and must end in time with an explanation there. Two more
// scenarios lock the keyring first (through the Secret Service's own Lock method): locked, where gnome-keyring cannot
// show its unlock prompt (no display), and prompt, where it shows the prompt on an Xvfb display and nobody answers it:
// the case where QtKeychain, left alone, waits for ever.
#include "answer.h"
#include "fixtures.h"
#include "profiles/secretstore.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace textbench;

namespace {
const QString kService = QStringLiteral("io.github.textbench.test");
const QString kSecret = QStringLiteral("f00dfacecafebeef0123456789abcdef");

QString scenario()
{
    return qEnvironmentVariable("TEXTBENCH_KEYCHAIN_SCENARIO", QStringLiteral("real"));
}

// Runs one operation to its answer (a Failed result with a note when none came).
SecretStore::Result wait(
    SecretStore&, const std::function<void(QObject*, SecretStore::Callback)>& op, int timeoutMs = 15'000)
{
    if (auto r = test::answerOf<SecretStore::Result>(op, timeoutMs))
        return *r;
    SecretStore::Result none;
    none.status = SecretStore::Status::Failed;
    none.message = QStringLiteral("test: no answer at all within %1 ms").arg(timeoutMs);
    return none;
}

// Locks the login keyring through the Secret Service API, as the desktop's "lock" action does; true when it is locked.
bool lockTheKeyring()
{
    const QString collection = QStringLiteral("/org/freedesktop/secrets/collection/login");
    QProcess lock;
    lock.start(QStringLiteral("dbus-send"),
        { QStringLiteral("--session"), QStringLiteral("--print-reply"),
            QStringLiteral("--dest=org.freedesktop.secrets"), QStringLiteral("/org/freedesktop/secrets"),
            QStringLiteral("org.freedesktop.Secret.Service.Lock"), QStringLiteral("array:objpath:") + collection });
    if (!lock.waitForFinished(10'000) || lock.exitCode() != 0)
        return false;
    QProcess query;
    query.start(QStringLiteral("dbus-send"),
        { QStringLiteral("--session"), QStringLiteral("--print-reply"),
            QStringLiteral("--dest=org.freedesktop.secrets"), collection,
            QStringLiteral("org.freedesktop.DBus.Properties.Get"),
            QStringLiteral("string:org.freedesktop.Secret.Collection"), QStringLiteral("string:Locked") });
    query.waitForFinished(10'000);
    return query.readAllStandardOutput().contains("boolean true");
}

QString secretTool(const QStringList& args)
{
    QProcess p;
    p.start(QStringLiteral("secret-tool"), args);
    p.waitForFinished(10'000);
    return QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
}
} // namespace

class Tst_SecretStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (scenario() == u"real" && qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QFAIL("run under tests/run.sh (a private D-Bus session with gnome-keyring)");
    }

    void storeReadUpdateRemove()
    {
        if (scenario() != u"real")
            QSKIP("needs the real Secret Service");
        SecretStore store(kService);
        const QString key = QStringLiteral("profile:work");
        QVERIFY(wait(store, [&](QObject* c, auto cb) { store.write(key, kSecret, c, cb); }).ok());
        SecretStore::Result read = wait(store, [&](QObject* c, auto cb) { store.read(key, c, cb); });
        QVERIFY2(read.ok(), qPrintable(read.message));
        QCOMPARE(read.secret, kSecret);

        QVERIFY(wait(store, [&](QObject* c, auto cb) { store.write(key, QStringLiteral("second"), c, cb); }).ok());
        QCOMPARE(wait(store, [&](QObject* c, auto cb) { store.read(key, c, cb); }).secret, QStringLiteral("second"));

        QVERIFY(wait(store, [&](QObject* c, auto cb) { store.remove(key, c, cb); }).ok());
        const SecretStore::Result gone = wait(store, [&](QObject* c, auto cb) { store.read(key, c, cb); });
        QCOMPARE(gone.status, SecretStore::Status::NotFound);
        QVERIFY(!gone.message.isEmpty());
        // Removing what is not there counts as done.
        QVERIFY(wait(store, [&](QObject* c, auto cb) { store.remove(key, c, cb); }).ok());
    }

    void twoEntriesStaySeparate()
    {
        if (scenario() != u"real")
            QSKIP("needs the real Secret Service");
        SecretStore store(kService);
        QVERIFY(wait(store, [&](QObject* c, auto cb) {
            store.write(QStringLiteral("profile:a"), QStringLiteral("A"), c, cb);
        }).ok());
        QVERIFY(wait(store, [&](QObject* c, auto cb) {
            store.write(QStringLiteral("profile:b"), QStringLiteral("B"), c, cb);
        }).ok());
        for (int round = 0; round < 3; ++round) {
            QCOMPARE(wait(store, [&](QObject* c, auto cb) { store.read(QStringLiteral("profile:a"), c, cb); }).secret,
                QStringLiteral("A"));
            QCOMPARE(wait(store, [&](QObject* c, auto cb) { store.read(QStringLiteral("profile:b"), c, cb); }).secret,
                QStringLiteral("B"));
        }
    }

    void layoutInTheKeyringAndExternalRemoval()
    {
        if (scenario() != u"real")
            QSKIP("needs the real Secret Service");
        SecretStore store(kService);
        const QString key = QStringLiteral("profile:layout");
        QVERIFY(wait(store, [&](QObject* c, auto cb) { store.write(key, kSecret, c, cb); }).ok());
        // One item per profile, under the app's service name, keyed by the profile.
        const QString found = secretTool({ QStringLiteral("search"), QStringLiteral("--all"), QStringLiteral("server"),
            kService, QStringLiteral("user"), key });
        QVERIFY2(found.contains(QStringLiteral("attribute.server = ") + kService), qPrintable(found));
        QVERIFY2(found.contains(QStringLiteral("attribute.user = ") + key), qPrintable(found));

        // Deleted behind the app's back: the next read says so.
        secretTool({ QStringLiteral("clear"), QStringLiteral("server"), kService, QStringLiteral("user"), key });
        const SecretStore::Result r = wait(store, [&](QObject* c, auto cb) { store.read(key, c, cb); });
        QCOMPARE(r.status, SecretStore::Status::NotFound);
        QVERIFY(r.message.contains(QStringLiteral("deleted outside Textbench")));
    }

    void noKeychainEndsInTimeWithAnExplanation()
    {
        if (scenario() != u"nobus" && scenario() != u"noservice")
            QSKIP("run with TEXTBENCH_KEYCHAIN_SCENARIO=nobus or noservice");
        SecretStore store(kService);
        store.setTimeout(3000);
        QElapsedTimer t;
        t.start();
        const SecretStore::Result r
            = wait(store, [&](QObject* c, auto cb) { store.read(QStringLiteral("profile:x"), c, cb); });
        QVERIFY2(t.elapsed() < 5000, qPrintable(QString::number(t.elapsed())));
        QVERIFY2(r.status == SecretStore::Status::NoKeychain || r.status == SecretStore::Status::TimedOut,
            qPrintable(r.message));
        QVERIFY(!r.message.isEmpty());
        QVERIFY2(r.message.contains(QStringLiteral("Secret Service"))
                || r.message.contains(QStringLiteral("did not answer")),
            qPrintable(r.message));
        // A write must fail the same way, never fall back to a file.
        const SecretStore::Result w
            = wait(store, [&](QObject* c, auto cb) { store.write(QStringLiteral("profile:x"), kSecret, c, cb); });
        QVERIFY(!w.ok());
    }

    void aLockedKeyringEndsInTimeWithAnExplanation()
    {
        if (scenario() != u"locked" && scenario() != u"prompt")
            QSKIP("run with TEXTBENCH_KEYCHAIN_SCENARIO=locked or prompt (tests/CMakeLists.txt)");
        SecretStore store(kService);
        store.setTimeout(3000);
        const QString key = QStringLiteral("profile:locked");
        QVERIFY(wait(store, [&](QObject* c, auto cb) { store.write(key, kSecret, c, cb); }).ok());
        QVERIFY(lockTheKeyring());

        QElapsedTimer t;
        t.start();
        const SecretStore::Result r = wait(store, [&](QObject* c, auto cb) { store.read(key, c, cb); });
        const qint64 elapsed = t.elapsed();
        qInfo(
            "read from the locked keyring: status %d after %lld ms: %s", int(r.status), elapsed, qPrintable(r.message));
        QVERIFY2(elapsed < 4500, qPrintable(QString::number(elapsed)));
        QVERIFY(r.secret.isEmpty());
        if (scenario() == u"prompt") {
            // The unlock prompt is up on the display and nobody answers it: the store's own timeout ends the wait.
            QCOMPARE(r.status, SecretStore::Status::TimedOut);
            QVERIFY2(r.message.contains(QStringLiteral("did not answer")), qPrintable(r.message));
        } else {
            QCOMPARE(r.status, SecretStore::Status::Denied);
        }
        QVERIFY2(r.message.contains(QStringLiteral("unlock"), Qt::CaseInsensitive), qPrintable(r.message));

        t.restart();
        const SecretStore::Result w
            = wait(store, [&](QObject* c, auto cb) { store.write(key, QStringLiteral("other"), c, cb); });
        QVERIFY2(t.elapsed() < 4500, qPrintable(QString::number(t.elapsed())));
        QVERIFY(!w.ok());
        QVERIFY2(w.message.contains(QStringLiteral("unlock"), Qt::CaseInsensitive), qPrintable(w.message));
    }

    void noCallbackAfterItsContextIsGone()
    {
        if (scenario() != u"real")
            QSKIP("needs the real Secret Service");
        SecretStore store(kService);
        bool called = false;
        {
            QObject context;
            store.read(
                QStringLiteral("profile:whatever"), &context, [&](const SecretStore::Result&) { called = true; });
        }
        // A second read of the same (missing) entry, started later with a live context, answers after the first
        // would have: once it has, the first had its chance to call back.
        const SecretStore::Result later
            = wait(store, [&](QObject* c, auto cb) { store.read(QStringLiteral("profile:whatever"), c, cb); });
        QCOMPARE(later.status, SecretStore::Status::NotFound);
        textbench::test::waitToSeeNothingHappen(50);
        QVERIFY(!called);
    }
};

QTEST_GUILESS_MAIN(Tst_SecretStore)
#include "tst_secretstore.moc"
