// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The hostile-server suite: servers on loopback that misbehave on purpose (malformed and wrong-shaped JSON, bodies
// cut short or far too large, compression bombs, lying headers, rate-limit storms, redirects off origin, bad TLS
// certificates) and input from the user and from files that is not what it should be.
//
// Each transport row runs the same operation three ways where it makes sense: through the core (ApiClient and the
// message jobs), through textbench-cli, and (rows marked gui) from the real window's composer. Every run must end
// in a typed, explained error (or, for the rows that recover, in success) within its deadline, keep what the user
// typed, tell the truth in the request log, and never send the credentials anywhere but their origin.
//
// The suite counts what it tried and prints one summary line at the end:
//   hostile: N cases (core a, cli b, gui c, input d): 0 crashed, 0 hung, 0 leaked, 0 inputs lost
// tests/run.sh repeats that line after the CTest summary.
#include "api/apiclient.h"
#include "api/formencoding.h"
#include "api/requestlog.h"
#include "clirun.h"
#include "composewidget.h"
#include "errorpanel.h"
#include "fixtures.h"
#include "launch.h"
#include "mainwindow.h"
#include "messages/messagejobs.h"
#include "profiles/profilemanager.h"
#include "profiles/profilestore.h"
#include "testserver.h"
#include "workbench.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QSslKey>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <array>
#include <functional>
#include <map>
#include <memory>
#include <sys/socket.h>

using namespace textbench;
using textbench::test::Headers;
using textbench::test::RecordedRequest;
using textbench::test::TestServer;

namespace hostile {
inline const QString& kAccount = textbench::test::kAccountSid;
inline const QString& kToken = textbench::test::kAuthToken;
inline const QString& kSid = textbench::test::kMessageSid;
inline const QString kTo = QStringLiteral("+14155552671");
inline const QString kFrom = QStringLiteral("+15005550006");
inline const QString kBody = QStringLiteral("Hostile test — keep me ✓");

// What the suite counts; printed by cleanupTestCase().
struct Tally
{
    int core = 0, cli = 0, gui = 0, input = 0, webhooks = 0;
    int crashed = 0, hung = 0, leaked = 0, inputsLost = 0;
};
inline Tally g_tally;

enum class Op { Fetch, Create, List };
enum class Where { Http, TlsGood, TlsSelfSigned, TlsExpired, TlsWrongHost, PlainOnHttps };

// How long any one run may take before it counts as hung: the test policy's 5 s deadline, plus retries' slack.
constexpr int kHangMs = 9'000;

QByteArray statusLine(int status);
/// Closes the connection with a TCP reset instead of a FIN: the peer sees "connection reset by peer".
void resetConnection(QTcpSocket* s);
/// \a plain as one gzip member (RFC 1952).
QByteArray gzip(const QByteArray& plain);
QByteArray messageBody(const QString& sid = kSid);
/// The secret in every form a leak could take.
QList<QByteArray> secretForms();
bool containsSecret(const QByteArray& text);
/// \a text with every form of the secret replaced, for failure messages (which land in CTest's log).
QByteArray masked(QByteArray text);
/// Everything that can carry the outcome to a user or a file.
QByteArray everythingShown(const ApiError& e, const RequestLog& log);
/// What reached \a server but the lists an open window reads in the background whenever its account changes (the
/// account's senders and subaccounts): the requests a test's own action made.
QList<RecordedRequest> actionRequests(const TestServer& server);
/// The exit code textbench-cli gives an error of \a kind.
int cliExitFor(ApiError::Kind kind, int httpStatus);
QString kindName(ApiError::Kind k);
} // namespace hostile

using namespace hostile;

/// One hostile behaviour and what Textbench must make of it.
struct Scenario
{
    QString name;
    Op op = Op::Fetch;
    Where where = Where::Http;
    /// The server's behaviour (null for Where::PlainOnHttps and the TLS rows that never get a request).
    TestServer::Handler handler;
    ApiError::Kind kind = ApiError::Kind::None;
    /// Where the outcome depends on timing that Qt does not let the test fix (which of "closed" and "cut off"
    /// it sees first), the other kind it may end in.
    std::optional<ApiError::Kind> orKind;
    /// Words the explanation must contain (title, explanation and next step together; case-insensitive).
    QString says;
    int httpStatus = 0;
    /// Requests the server may receive for one run at most (a create must never go twice).
    int maxRequests = 1;
    /// For creates: the user must be told to check the log (true) or told nothing was created (false).
    std::optional<bool> mayHaveCreated;
    bool gui = false;
    bool cli = true;
};
Q_DECLARE_METATYPE(Scenario)

/// The suite: one test class, its parts in one file a layer (core.cpp, cli.cpp, window.cpp, input.cpp), the
/// transport table in scenarios.cpp, the hosts of real accounts in accounts.cpp, the misbehaving servers' pieces in
/// servers.cpp, the fixture in tst_hostile.cpp.
class Tst_Hostile : public QObject
{
    Q_OBJECT

private:
    // The servers (tst_hostile.cpp).
    std::unique_ptr<TestServer> m_server; // the origin: 127.0.0.1 and ::1, one port
    std::unique_ptr<TestServer> m_other; // another port: must never see the credentials
    std::map<Where, std::unique_ptr<TestServer>> m_tls;
    QTemporaryDir m_dir;
    QString m_caFile;
    int m_hits = 0; // per-run request counter for handlers that change their answer

    QString baseUrl(Where where) const;
    TestServer* serverFor(Where where) const;
    void resetServers();
    /// Any request that arrived anywhere but the origin with an Authorization header is a leak.
    int offOriginCredentials(Where origin) const;
    /// Requests of \a op's method that reached the origin (a window left open may poll other things).
    int requestsAtOrigin(Where where, Op op) const;
    /// "POST /path (123 bytes), GET /path?query": for failure messages.
    QString requestsSeen(Where where) const;
    static CreateMessageParams createParams();

    // One run through the core (core.cpp).
    struct CoreRun
    {
        bool finished = false;
        ApiError error;
        int attempts = 0;
        QList<RequestLogEntry> log;
        QByteArray shown;
    };
    CoreRun runCore(const Scenario& s);
    /// Runs \a s through the core and checks what it made of it; \a core: the run, for the other layers.
    void checkCore(const Scenario& s, CoreRun& core);

    // The same through textbench-cli (cli.cpp).
    QStringList cliArgs(Op op, Where where) const;
    /// Runs textbench-cli and counts a crash or a hang.
    static textbench::test::CliRun cli(
        const QStringList& args, const QProcessEnvironment& env, const QByteArray& input = {}, int timeoutMs = 30'000);
    QProcessEnvironment cliEnv() const;
    void checkCli(const Scenario& s, const CoreRun& core);

    // And from the window's composer (window.cpp).
    std::unique_ptr<Workbench> m_workbench;
    std::unique_ptr<MainWindow> m_window;
    QString m_guiProfileFor;
    QHash<QString, QString> m_guiProfiles; // name -> id
    template<typename T> T* find(const char* name) const
    {
        return m_window ? m_window->findChild<T*>(QString::fromLatin1(name)) : nullptr;
    }
    /// Opens the window once, and switches it to a profile (kept for this run only) whose base URL is the hostile
    /// origin \a where.
    bool openWindow(Where where);
    void checkWindow(const Scenario& s, const CoreRun& core);

public:
    // The hosts of real accounts (accounts.cpp).
    enum class AccountOp { Services, ServiceNumbers, ShortCodes, Accounts, Lookup, Feedback };

private:
    static ApiJob* accountJob(AccountOp op, ApiClient* client);
    QStringList accountCliArgs(AccountOp op) const;

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    // The transport table (scenarios.cpp), each row through every layer (tst_hostile.cpp).
    void hostileServer_data();
    void hostileServer();

    // The hosts of real accounts: Messaging Services, short codes, accounts, feedback, lookups (accounts.cpp).
    void hostileAccountHosts_data();
    void hostileAccountHosts();

    // Bad input from the user and from files (input.cpp).
    void invalidSidsSendNothing_data();
    void invalidSidsSendNothing();
    void numbersWithInvisibleCharacters_data();
    void numbersWithInvisibleCharacters();
    void aHugePasteIsKeptAndRefused();
    void aCorruptSettingsFileIsSurvived_data();
    void aCorruptSettingsFileIsSurvived();
    void aVanishedKeychainEntryIsExplained();
    void thereIsNoWayToIgnoreACertificate();

    // The developer's app misbehaving towards the sandbox (webhooks.cpp).
    void hostileReceiver_data();
    void hostileReceiver();
};

/// The event loop's longest pause while the webhook rows ran (webhooks.cpp), for the summary line.
extern double g_longestWebhookStallMs;
