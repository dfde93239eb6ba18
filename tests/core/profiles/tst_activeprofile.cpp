// SPDX-License-Identifier: GPL-3.0-or-later
// Switching profiles mid-flight, against the real Secret Service of tests/run.sh and a loopback HTTP server: a
// request keeps the credentials it started with, the next one uses the new profile's, a slow keychain answer for an
// abandoned switch is ignored, and a switch that cannot read its secret changes nothing.
#include "answer.h"
#include "api/apiclient.h"
#include "fixtures.h"
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

    QString addProfile(const QString& name, const QString& sid, const QString& secret)
    {
        Profile p;
        p.name = name;
        p.accountSid = sid;
        p.baseUrl = m_server.baseUrl();
        const auto added = outcomeOf([&](QObject* c, auto cb) { m_manager->add(p, secret, c, cb); });
        return added.ok ? added.id : QString();
    }

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

        // Account A's fetch is slow (400 ms), so that it is still running when the profile changes.
        m_server.setHandler([](const RecordedRequest& r, QTcpSocket* socket) {
            const bool a = r.path.contains(kSidA.toUtf8());
            const QJsonObject account { { QStringLiteral("sid"), a ? kSidA : kSidB },
                { QStringLiteral("friendly_name"), a ? QStringLiteral("Account A") : QStringLiteral("Account B") },
                { QStringLiteral("status"), QStringLiteral("active") },
                { QStringLiteral("type"), QStringLiteral("Full") } };
            QTimer::singleShot(
                a ? 400 : 0, socket, [socket, account] { TestServer::replyJson(socket, 200, QJsonDocument(account)); });
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
        ApiClient client;
        ActiveProfile active(m_manager.get(), &client);
        QSignalSpy activated(&active, &ActiveProfile::activated);
        active.activate(m_a);
        active.activate(m_b);
        active.activate(m_a);
        QVERIFY(activated.wait(5000));
        QTest::qWait(300); // any late answer for the abandoned switches would arrive by now
        QCOMPARE(activated.size(), 1);
        QCOMPARE(active.profile().id, m_a);
        QCOMPARE(client.credentials().secret(), kSecretA);
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
