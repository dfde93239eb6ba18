// SPDX-License-Identifier: GPL-3.0-or-later
// Switching profiles mid-flight, against the real Secret Service of tests/run.sh and a loopback HTTP server: a
// request keeps the credentials it started with, the next one uses the new profile's, a slow keychain answer for an
// abandoned switch is ignored, and a switch that cannot read its secret changes nothing.
#include "answer.h"
#include "api/apiclient.h"
#include "fixtures.h"
#include "accounts/accountjobs.h"
#include "messages/messagejobs.h"
#include "profiles/activeprofile.h"
#include "testserver.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace textbench;
using namespace textbench::test;

namespace {
const QString kService = QStringLiteral("io.github.textbench.test-active");
const QString kSidA = QStringLiteral("ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa");
const QString kSidB = QStringLiteral("ACbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb");
const QString kSecretA = QStringLiteral("secretAsecretAsecretAsecretA0001");
const QString kSecretB = QStringLiteral("secretBsecretBsecretBsecretB0002");

QByteArray basic(const QString& user, const QString& secret)
{
    return "Basic " + (user + u':' + secret).toUtf8().toBase64();
}

} // namespace

class Tst_ActiveProfile : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    TestServer m_server;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<ProfileManager> m_manager;
    QString m_a, m_b;
    bool m_holdA = false;

    QString addProfile(const QString& name, const QString& sid, const QString& secret)
    {
        Profile p;
        p.name = name;
        p.accountSid = sid;
        p.baseUrl = m_server.baseUrl();
        const auto added = outcomeOf([&](QObject* c, auto cb) { m_manager->add(p, secret, c, cb); });
        return added.ok ? added.id : QString();
    }

Q_SIGNALS:
    void releaseA();

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QFAIL("run under tests/run.sh (a private D-Bus session with gnome-keyring)");
        QVERIFY(m_dir.isValid());
        m_profiles = std::make_unique<ProfileStore>(
            new QSettings(m_dir.filePath(QStringLiteral("profiles.ini")), QSettings::IniFormat));
        m_secrets = std::make_unique<SecretStore>(kService);
        m_secrets->setTimeout(3000);
        m_manager = std::make_unique<ProfileManager>(m_profiles.get(), m_secrets.get());
        m_a = addProfile(QStringLiteral("A"), kSidA, kSecretA);
        m_b = addProfile(QStringLiteral("B"), kSidB, kSecretB);
        QVERIFY(!m_a.isEmpty() && !m_b.isEmpty());

        // Account A's answer is held back until the test releases it, so that it is still running when the profile
        // changes, however slow the machine.
        m_server.setHandler([this](const RecordedRequest& r, QTcpSocket* socket) {
            const bool a = r.path.contains(kSidA.toUtf8());
            const QJsonObject account { { QStringLiteral("sid"), a ? kSidA : kSidB },
                { QStringLiteral("friendly_name"), a ? QStringLiteral("Account A") : QStringLiteral("Account B") },
                { QStringLiteral("status"), QStringLiteral("active") },
                { QStringLiteral("type"), QStringLiteral("Full") } };
            if (a && m_holdA) {
                connect(this, &Tst_ActiveProfile::releaseA, socket,
                    [socket, account] { TestServer::replyJson(socket, 200, QJsonDocument(account)); });
                return;
            }
            TestServer::replyJson(socket, 200, QJsonDocument(account));
        });
    }

    void requestsInFlightKeepTheirProfile()
    {
        ApiClient client;
        client.setPolicy(fastPolicy());
        ActiveProfile active(m_manager.get(), &client);
        QSignalSpy activated(&active, &ActiveProfile::activated);

        active.activate(m_a);
        QVERIFY(active.isSwitching());
        QVERIFY(activated.wait(5000));
        QCOMPARE(active.profile().name, QStringLiteral("A"));
        const quint64 generationA = active.generation();

        m_holdA = true;
        auto jobA = std::make_unique<FetchAccountJob>(&client);
        jobA->start();
        QTRY_COMPARE(m_server.requests().size(), 1); // A's request is on the wire, and slow

        active.activate(m_b);
        QVERIFY(activated.wait(5000));
        QCOMPARE(active.profile().name, QStringLiteral("B"));
        QVERIFY(active.generation() > generationA);
        QCOMPARE(m_profiles->activeId(), m_b); // remembered
        auto jobB = std::make_unique<FetchAccountJob>(&client);
        QVERIFY(finishes(jobB.get()));
        QVERIFY(!jobA->isFinished()); // B's answer came while A's request was still running
        m_holdA = false;
        Q_EMIT releaseA();
        QVERIFY(finishes(jobA.get()));

        QVERIFY(jobA->succeeded() && jobB->succeeded());
        QCOMPARE(jobA->account().friendlyName, QStringLiteral("Account A"));
        QCOMPARE(jobB->account().friendlyName, QStringLiteral("Account B"));
        const auto& requests = m_server.requests();
        QCOMPARE(requests.size(), 2);
        QCOMPARE(requests.at(0).header("Authorization"), basic(kSidA, kSecretA));
        QVERIFY(requests.at(0).path.contains(kSidA.toUtf8()));
        QCOMPARE(requests.at(1).header("Authorization"), basic(kSidB, kSecretB));
        QVERIFY(requests.at(1).path.contains(kSidB.toUtf8()));
        m_server.clearRequests();
    }

    void overlappingSwitchesEndOnTheLastOne()
    {
        // C keeps its secret in memory for this run: its switch answers on the next turn of the event loop, before
        // A's keychain read does. The later switch (C) must win, and A's late answer must change nothing.
        Profile memory = liveProfile(QStringLiteral("C"), kSidB);
        memory.baseUrl = m_server.baseUrl();
        memory.secretStorage = SecretStorage::ThisRunOnly;
        const auto c = outcomeOf([&](QObject* ctx, auto cb) { m_manager->add(memory, kSecretB, ctx, cb); });
        QVERIFY2(c.ok, qPrintable(c.message));

        ApiClient client;
        ActiveProfile active(m_manager.get(), &client);
        QSignalSpy activated(&active, &ActiveProfile::activated);
        active.activate(m_a);
        active.activate(c.id);
        QVERIFY(activated.wait(5000));
        textbench::test::waitToSeeNothingHappen(500); // A's keychain answer arrives in this time
        QCOMPARE(activated.size(), 1);
        QCOMPARE(active.profile().id, c.id);
        QCOMPARE(client.credentials().secret(), kSecretB);
        QVERIFY(outcomeOf([&](QObject* ctx, auto cb) { m_manager->remove(c.id, ctx, cb); }).ok);
    }

    void itFollowsTheProfileInForce()
    {
        ApiClient client;
        ActiveProfile active(m_manager.get(), &client);
        active.setSandbox(Credentials::withAuthToken(kAccountSid, kAuthToken), ApiEndpoint::custom(m_server.baseUrl()));
        QSignalSpy activated(&active, &ActiveProfile::activated);
        QSignalSpy updated(&active, &ActiveProfile::profileUpdated);
        const QString d = addProfile(QStringLiteral("D"), kSidA, kSecretA);
        QVERIFY(!d.isEmpty());
        active.activate(d);
        QVERIFY(activated.wait(5000));

        // A new secret is read and applied.
        Profile p = *m_profiles->find(d);
        QVERIFY(outcomeOf([&](QObject* ctx, auto cb) {
            m_manager->edit(p, QStringLiteral("rotatedSecret0001"), ctx, cb);
        }).ok);
        QTRY_COMPARE(client.credentials().secret(), QStringLiteral("rotatedSecret0001"));
        // A rename only relabels: same requests, no new generation.
        const quint64 generation = active.generation();
        QVERIFY(m_profiles->rename(d, QStringLiteral("D renamed")));
        QCOMPARE(updated.size(), 1);
        QCOMPARE(active.profile().name, QStringLiteral("D renamed"));
        QCOMPARE(active.generation(), generation);
        // Removed while in force: the Sandbox takes over.
        QVERIFY(outcomeOf([&](QObject* ctx, auto cb) { m_manager->remove(d, ctx, cb); }).ok);
        QTRY_COMPARE(active.profile().id, ProfileStore::kSandboxId);
        QCOMPARE(client.credentials().secret(), kAuthToken);
    }

    void aSwitchThatCannotReadItsSecretChangesNothing()
    {
        ApiClient client;
        ActiveProfile active(m_manager.get(), &client);
        QSignalSpy activated(&active, &ActiveProfile::activated);
        QSignalSpy failed(&active, &ActiveProfile::failed);
        active.activate(m_a);
        QVERIFY(activated.wait(5000));
        const quint64 generation = active.generation();

        const QString gone = addProfile(QStringLiteral("Gone"), kSidB, kSecretB);
        QCOMPARE(QProcess::execute(QStringLiteral("secret-tool"),
                     { QStringLiteral("clear"), QStringLiteral("server"), kService, QStringLiteral("user"),
                         QStringLiteral("profile/") + gone }),
            0);
        active.activate(gone);
        QVERIFY(failed.wait(5000));
        const auto outcome = failed.at(0).at(1).value<ProfileManager::Outcome>();
        QVERIFY2(outcome.message.contains(QStringLiteral("Gone"))
                && outcome.message.contains(QStringLiteral("deleted outside")),
            qPrintable(outcome.message));
        QVERIFY(outcome.needsSecret);
        QCOMPARE(active.profile().id, m_a);
        QCOMPARE(active.generation(), generation);
        QCOMPARE(client.credentials().secret(), kSecretA);
        QCOMPARE(m_profiles->activeId(), m_a);
    }

    void theSandboxAndEnvironmentCredentials()
    {
        ApiClient client;
        ActiveProfile active(m_manager.get(), &client);
        QSignalSpy activated(&active, &ActiveProfile::activated);
        QSignalSpy failed(&active, &ActiveProfile::failed);
        // No sandbox running: said so.
        active.activate(ProfileStore::kSandboxId);
        QVERIFY(failed.wait(5000));
        QVERIFY(failed.at(0).at(1).value<ProfileManager::Outcome>().message.contains(QStringLiteral("sandbox")));

        active.setSandbox(Credentials::withAuthToken(kAccountSid, kAuthToken), ApiEndpoint::custom(m_server.baseUrl()));
        active.activate(ProfileStore::kSandboxId);
        QVERIFY(activated.wait(5000));
        QCOMPARE(active.profile().kind, ProfileKind::Sandbox);
        QCOMPARE(client.credentials().secret(), kAuthToken);
        QCOMPARE(client.endpoint().baseUrl(), QUrl(m_server.baseUrl()));

        active.activateCredentials(QStringLiteral("Environment"),
            Credentials::withApiKey(kSidA, kApiKeySid, kApiKeySecret), ApiEndpoint::twilio());
        QCOMPARE(activated.size(), 2);
        QCOMPARE(active.profile().id, ActiveProfile::kEnvironmentId);
        QCOMPARE(active.profile().apiKeySid, kApiKeySid);
        QCOMPARE(client.credentials().username(), kApiKeySid);
    }
};

QTEST_GUILESS_MAIN(Tst_ActiveProfile)
#include "tst_activeprofile.moc"
