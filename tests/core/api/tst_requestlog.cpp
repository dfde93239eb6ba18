// SPDX-License-Identifier: GPL-3.0-or-later
// The request log and the secret masker: nothing secret may reach the log, the screen or a copied cURL command.
#include "api/formencoding.h"
#include "api/requestlog.h"
#include "api/secretmasker.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

using namespace textbench;

Q_DECLARE_METATYPE(textbench::RequestLogEntry)

namespace {
const QString kAccountSid = QStringLiteral("AC0123456789abcdef0123456789abcdef");
const QString kApiKeySid = QStringLiteral("SK0123456789abcdef0123456789abcdef");
// A secret with characters that change in every encoding: a quote and a backslash (JSON), '+', '/' and a
// non-ASCII letter (percent-encoding).
const QString kSecret = QStringLiteral("s3cr\"et\\p+a/ss\u00e9X");
const QByteArray kSecretRaw = "s3cr\"et\\p+a/ss\xc3\xa9X";
const QByteArray kSecretPercent = "s3cr%22et%5Cp%2Ba%2Fss%C3%A9X";
const QByteArray kSecretJson = "s3cr\\\"et\\\\p+a/ss\xc3\xa9X";
const QString kMessagesUrl
    = QStringLiteral("https://api.twilio.com/2010-04-01/Accounts/AC0123456789abcdef0123456789abcdef/"
                     "Messages.json");

QByteArray base64UserSecret(const QString& user)
{
    return (user + u':' + kSecret).toUtf8().toBase64();
}

// Runs a cURL command line through /bin/sh with a stand-in `curl` that prints each argument it receives,
// so that the shell quoting is checked by a real shell.
QStringList shellArguments(const QString& command, const QProcessEnvironment& env, QString* error)
{
    QProcess sh;
    sh.setProcessEnvironment(env);
    sh.start(QStringLiteral("/bin/sh"),
        { QStringLiteral("-c"), u"curl() { for a in \"$@\"; do printf '%s\\0' \"$a\"; done; }\n" + command });
    if (!sh.waitForFinished(30'000) || sh.exitStatus() != QProcess::NormalExit || sh.exitCode() != 0) {
        *error = QString::fromUtf8(sh.readAllStandardError());
        return {};
    }
    QByteArray out = sh.readAllStandardOutput();
    QStringList args;
    for (const QByteArray& a : out.split('\0'))
        args << QString::fromUtf8(a);
    args.removeLast(); // after the last NUL
    return args;
}

RequestLogEntry entry(const QByteArray& method, const QString& url, const QByteArray& body = {},
    AuthScheme scheme = AuthScheme::AuthToken)
{
    RequestLogEntry e;
    e.method = method;
    e.url = QUrl(url);
    e.requestBody = body;
    e.scheme = scheme;
    e.operation = QStringLiteral("messages.test");
    e.startedAt = QDateTime(QDate(2026, 11, 27), QTime(10, 0), Qt::UTC);
    return e;
}
} // namespace

class Tst_RequestLog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void maskByteArray_data();
    void maskByteArray();
    void maskString();
    void maskSecretFieldsKeepsJsonValid();
    void maskApiKeySecret();
    void maskWithoutSecret();
    void maskHeaders();
    void addAndFind();
    void update();
    void capacity();
    void clear();
    void capBody_data();
    void capBody();
    void addCapsBodies();
    void bodiesStayWithinBudget();
    void toCurl_data();
    void toCurl();
    void toCurlNeverContainsSecret();
};

void Tst_RequestLog::maskByteArray_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QByteArray>("form"); // the form of the secret in the text

    QTest::newRow("raw") << QByteArray("token=" + kSecretRaw + "; end") << kSecretRaw;
    QTest::newRow("percent-encoded form field")
        << QByteArray("Password=" + kSecretPercent + "&To=%2B1") << kSecretPercent;
    QTest::newRow("JSON-escaped") << QByteArray("{\"auth_token\": \"" + kSecretJson + "\"}") << kSecretJson;
    QTest::newRow("base64 of user:secret")
        << QByteArray("Authorization: Basic " + base64UserSecret(kAccountSid) + "\r\n")
        << base64UserSecret(kAccountSid);
    QTest::newRow("twice") << QByteArray(kSecretRaw + " and " + kSecretRaw) << kSecretRaw;
}

void Tst_RequestLog::maskByteArray()
{
    QFETCH(QByteArray, text);
    QFETCH(QByteArray, form);
    QVERIFY(text.contains(form));

    const SecretMasker masker(Credentials::withAuthToken(kAccountSid, kSecret));
    const QByteArray masked = masker.mask(text);
    QVERIFY2(!masked.contains(form), masked.constData());
    QVERIFY2(!masked.contains(kSecretRaw), masked.constData());
    QVERIFY2(!masked.contains("s3cr"), masked.constData()); // no part of the secret is left over
    QVERIFY(masked.contains(SecretMasker::kMask.toByteArray()));
}

void Tst_RequestLog::maskSecretFieldsKeepsJsonValid()
{
    // An account's auth_token the masker was not told about, with an escaped quote and backslash in it (found by
    // the secret scan: the field was cut at the escaped quote, which left half the secret and broke the JSON).
    const SecretMasker masker(Credentials::withAuthToken(kAccountSid, kSecret));
    const QByteArray body = R"({"sid": "AC1", "auth_token": "ab\"cd\\ef", "secret": "", "status": "active"})";
    const QByteArray masked = masker.mask(body);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(masked, &error);
    QVERIFY2(error.error == QJsonParseError::NoError, masked.constData());
    QCOMPARE(doc.object().value(QStringLiteral("auth_token")).toString(), QString::fromLatin1(SecretMasker::kMask));
    QCOMPARE(doc.object().value(QStringLiteral("status")).toString(), QStringLiteral("active"));
    QVERIFY2(!masked.contains("cd"), masked.constData());
}

void Tst_RequestLog::maskString()
{
    const SecretMasker masker(Credentials::withAuthToken(kAccountSid, kSecret));
    const QString text = u"Password=" + kSecret + u" and Basic " + QString::fromLatin1(base64UserSecret(kAccountSid));
    const QString masked = masker.mask(text);
    QVERIFY(!masked.contains(kSecret));
    QVERIFY(!masked.contains(QString::fromLatin1(base64UserSecret(kAccountSid))));
    QVERIFY(masked.startsWith(QStringLiteral("Password=********")));
    // Text around the secret is left alone, non-ASCII included.
    QCOMPARE(masker.mask(QStringLiteral("caf\u00e9 \U0001F44D")), QStringLiteral("caf\u00e9 \U0001F44D"));
    QCOMPARE(masker.mask(QByteArray("To=%2B14155552671&Body=Hi")), QByteArray("To=%2B14155552671&Body=Hi"));
}

void Tst_RequestLog::maskApiKeySecret()
{
    const SecretMasker masker(Credentials::withApiKey(kAccountSid, kApiKeySid, kSecret));
    const QByteArray text = "Authorization: Basic " + base64UserSecret(kApiKeySid) + "\nsecret=" + kSecretPercent;
    const QByteArray masked = masker.mask(text);
    QVERIFY2(!masked.contains(base64UserSecret(kApiKeySid)), masked.constData());
    QVERIFY2(!masked.contains(kSecretPercent), masked.constData());
    // SIDs are not secrets.
    QVERIFY(masker.mask(kApiKeySid.toUtf8()) == kApiKeySid.toUtf8());
}

void Tst_RequestLog::maskWithoutSecret()
{
    const QByteArray text = "To=%2B14155552671&Body=Hello";
    QCOMPARE(SecretMasker().mask(text), text);
    QCOMPARE(SecretMasker(Credentials::withAuthToken(kAccountSid, QString())).mask(text), text);
    QCOMPARE(SecretMasker().mask(QStringLiteral("Hello")), QStringLiteral("Hello"));
}

void Tst_RequestLog::maskHeaders()
{
    const Credentials credentials = Credentials::withAuthToken(kAccountSid, kSecret);
    const SecretMasker masker(credentials);
    const HeaderList headers {
        { QByteArray("Accept"), QByteArray("application/json") },
        { QByteArray("Authorization"), credentials.authorizationHeader() },
        { QByteArray("X-Echo"), QByteArray("value " + kSecretRaw) },
        { QByteArray("authorization"), QByteArray("Basic Zm9vOmJhcg==") },
    };
    const HeaderList masked = masker.maskHeaders(headers);
    QCOMPARE(masked.size(), headers.size());
    QCOMPARE(masked.at(0), headers.at(0));
    QCOMPARE(masked.at(1).first, QByteArray("Authorization"));
    QCOMPARE(masked.at(1).second, QByteArray("Basic ********"));
    QCOMPARE(masked.at(2).first, QByteArray("X-Echo"));
    QVERIFY(!masked.at(2).second.contains(kSecretRaw));
    QVERIFY(masked.at(2).second.startsWith("value "));
    // Any Authorization value is hidden, even one that is not for these credentials.
    QCOMPARE(masked.at(3).second, QByteArray("Basic ********"));

    // Without credentials the Authorization header is still hidden.
    const HeaderList bare
        = SecretMasker().maskHeaders({ { QByteArray("Authorization"), QByteArray("Basic Zm9vOmJhcg==") } });
    QCOMPARE(bare.at(0).second, QByteArray("Basic ********"));
}

void Tst_RequestLog::addAndFind()
{
    RequestLog log;
    QSignalSpy added(&log, &RequestLog::entryAdded);
    QVERIFY(added.isValid());

    const quint64 first = log.add(entry("POST", kMessagesUrl, "To=%2B1"));
    const quint64 second = log.add(entry("GET", kMessagesUrl));
    QVERIFY(first != 0);
    QVERIFY(second != first);
    QCOMPARE(log.size(), 2);
    QCOMPARE(added.count(), 2);
    QCOMPARE(added.at(0).at(0).value<quint64>(), first);
    QCOMPARE(added.at(1).at(0).value<quint64>(), second);

    // Newest last.
    QCOMPARE(log.at(0).id, first);
    QCOMPARE(log.at(1).id, second);
    QCOMPARE(log.at(0).method, QByteArray("POST"));
    QCOMPARE(log.entries().size(), 2);
    QCOMPARE(log.entries().at(1).id, second);

    const std::optional<RequestLogEntry> found = log.find(first);
    QVERIFY(found.has_value());
    QCOMPARE(found->id, first);
    QCOMPARE(found->requestBody, QByteArray("To=%2B1"));
    QCOMPARE(found->operation, QStringLiteral("messages.test"));
    QVERIFY(!log.find(second + 1000).has_value());
}

void Tst_RequestLog::update()
{
    RequestLog log;
    const quint64 id = log.add(entry("POST", kMessagesUrl));
    QSignalSpy updated(&log, &RequestLog::entryUpdated);

    RequestLogEntry e = *log.find(id);
    QVERIFY(e.inFlight);
    e.inFlight = false;
    e.httpStatus = 201;
    e.outcome = QStringLiteral("201 Created");
    e.responseBody = "{\"sid\":\"SM1\"}";
    log.update(e);
    QCOMPARE(updated.count(), 1);
    QCOMPARE(updated.at(0).at(0).value<quint64>(), id);
    QCOMPARE(log.size(), 1);
    const RequestLogEntry after = *log.find(id);
    QVERIFY(!after.inFlight);
    QCOMPARE(after.httpStatus, 201);
    QCOMPARE(after.outcome, QStringLiteral("201 Created"));
    QCOMPARE(after.responseBody, QByteArray("{\"sid\":\"SM1\"}"));

    // An entry that is not (or no longer) kept is not resurrected.
    RequestLogEntry unknown = e;
    unknown.id = id + 1000;
    log.update(unknown);
    QCOMPARE(updated.count(), 1);
    QCOMPARE(log.size(), 1);
    QVERIFY(!log.find(id + 1000).has_value());
}

void Tst_RequestLog::capacity()
{
    RequestLog log;
    QSignalSpy dropped(&log, &RequestLog::entriesDropped);
    QSignalSpy updated(&log, &RequestLog::entryUpdated);
    log.setCapacity(3);
    QCOMPARE(log.capacity(), 3);
    QCOMPARE(dropped.count(), 0);

    QList<quint64> ids;
    for (int i = 0; i < 5; ++i)
        ids << log.add(entry("GET", kMessagesUrl));
    QCOMPARE(log.size(), 3);
    int droppedTotal = 0;
    for (const QList<QVariant>& args : std::as_const(dropped))
        droppedTotal += args.at(0).toInt();
    QCOMPARE(droppedTotal, 2);
    // The oldest go first.
    QVERIFY(!log.find(ids.at(0)).has_value());
    QVERIFY(!log.find(ids.at(1)).has_value());
    QCOMPARE(log.at(0).id, ids.at(2));
    QCOMPARE(log.at(2).id, ids.at(4));

    // Updating a dropped entry does nothing.
    RequestLogEntry gone = entry("GET", kMessagesUrl);
    gone.id = ids.at(0);
    log.update(gone);
    QCOMPARE(updated.count(), 0);
    QCOMPARE(log.size(), 3);

    // Shrinking drops the oldest at once, in one signal.
    dropped.clear();
    log.setCapacity(1);
    QCOMPARE(log.size(), 1);
    QCOMPARE(log.at(0).id, ids.at(4));
    QCOMPARE(dropped.count(), 1);
    QCOMPARE(dropped.at(0).at(0).toInt(), 2);

    // Growing drops nothing.
    dropped.clear();
    log.setCapacity(10);
    QCOMPARE(dropped.count(), 0);
    QCOMPARE(log.size(), 1);
}

void Tst_RequestLog::clear()
{
    RequestLog log;
    const quint64 a = log.add(entry("GET", kMessagesUrl));
    const quint64 b = log.add(entry("GET", kMessagesUrl));
    QSignalSpy cleared(&log, &RequestLog::cleared);
    log.clear();
    QCOMPARE(cleared.count(), 1);
    QCOMPARE(log.size(), 0);
    QVERIFY(log.entries().isEmpty());
    QVERIFY(!log.find(a).has_value());
    // Ids are not reused: an update for an entry made before the clear must not hit a new one.
    const quint64 c = log.add(entry("GET", kMessagesUrl));
    QVERIFY(c != a);
    QVERIFY(c != b);
}

void Tst_RequestLog::capBody_data()
{
    QTest::addColumn<int>("size");
    QTest::addColumn<bool>("capped");

    const int max = int(RequestLog::kMaxBodyBytes);
    QTest::newRow("empty") << 0 << false;
    QTest::newRow("small") << 100 << false;
    QTest::newRow("exactly the cap") << max << false;
    QTest::newRow("one byte over") << max + 1 << true;
    QTest::newRow("a megabyte") << 1024 * 1024 << true;
}

void Tst_RequestLog::capBody()
{
    QFETCH(int, size);
    QFETCH(bool, capped);

    QByteArray body(size, 'a');
    for (int i = 0; i < size; i += 97)
        body[i] = char('0' + i % 10);
    const QByteArray result = RequestLog::capBody(body);
    if (!capped) {
        QCOMPARE(result, body);
        return;
    }
    QVERIFY(result != body);
    QVERIFY(result.startsWith(body.left(RequestLog::kMaxBodyBytes)));
    QVERIFY(result.size() < RequestLog::kMaxBodyBytes + 200);
    // Says how much was left out.
    QVERIFY2(result.contains(QByteArray::number(size - RequestLog::kMaxBodyBytes)), result.right(100).constData());
}

void Tst_RequestLog::addCapsBodies()
{
    RequestLog log;
    RequestLogEntry e = entry("GET", kMessagesUrl);
    e.responseBody = QByteArray(RequestLog::kMaxBodyBytes * 3, 'x');
    e.requestBody = QByteArray(RequestLog::kMaxBodyBytes * 2, 'y');
    const quint64 id = log.add(e);
    QVERIFY(log.find(id)->responseBody.size() < RequestLog::kMaxBodyBytes + 200);
    QVERIFY(log.find(id)->requestBody.size() < RequestLog::kMaxBodyBytes + 200);

    RequestLogEntry u = *log.find(id);
    u.responseBody = QByteArray(RequestLog::kMaxBodyBytes * 3, 'z');
    log.update(u);
    QVERIFY(log.find(id)->responseBody.size() < RequestLog::kMaxBodyBytes + 200);
    QVERIFY(log.find(id)->responseBody.startsWith("zzz"));
}

void Tst_RequestLog::toCurl_data()
{
    QTest::addColumn<RequestLogEntry>("logEntry");
    QTest::addColumn<QStringList>("expectedArgs"); // as curl receives them, after the shell

    const QString tokenUser = QStringLiteral("ACfromEnv:tokenFromEnv");
    const QString keyUser = QStringLiteral("SKfromEnv:secretFromEnv");
    const QByteArray nodeBody
        = "To=%2B14155552671&ValidityPeriod=600&SmartEncoded=true&From=%2B15005550006"
          "&Body=a%2Bb%26c%3Dd%20%C3%A9%20%F0%9F%91%8D%20~%2A%27%28%29%21"
          "&MediaUrl=https%3A%2F%2Fx.test%2Fa.png%3Fx%3D1%26y%3D2&MediaUrl=https%3A%2F%2Fx.test%2Fb.png";

    QTest::newRow("POST create") << entry("POST", kMessagesUrl, nodeBody)
                                 << QStringList { kMessagesUrl, QStringLiteral("--data-urlencode"),
                                        QStringLiteral("To=+14155552671"), QStringLiteral("--data-urlencode"),
                                        QStringLiteral("ValidityPeriod=600"), QStringLiteral("--data-urlencode"),
                                        QStringLiteral("SmartEncoded=true"), QStringLiteral("--data-urlencode"),
                                        QStringLiteral("From=+15005550006"), QStringLiteral("--data-urlencode"),
                                        QStringLiteral("Body=a+b&c=d \u00e9 \U0001F44D ~*'()!"),
                                        QStringLiteral("--data-urlencode"),
                                        QStringLiteral("MediaUrl=https://x.test/a.png?x=1&y=2"),
                                        QStringLiteral("--data-urlencode"),
                                        QStringLiteral("MediaUrl=https://x.test/b.png"), QStringLiteral("-u"),
                                        tokenUser };
    QTest::newRow("POST with shell metacharacters")
        << entry("POST", kMessagesUrl,
               FormEncoding::encode(
                   { { QStringLiteral("Body"), QStringLiteral("it's $(id) `id` $HOME \"q\" \\ ;|&\nline 2") } }))
        << QStringList { kMessagesUrl, QStringLiteral("--data-urlencode"),
               QStringLiteral("Body=it's $(id) `id` $HOME \"q\" \\ ;|&\nline 2"), QStringLiteral("-u"), tokenUser };
    const QString messageUrl
        = QStringLiteral("https://api.twilio.com/2010-04-01/Accounts/AC0123456789abcdef0123456789abcdef/"
                         "Messages/SM0123456789abcdef0123456789abcdef.json");
    QTest::newRow("POST redact") << entry("POST", messageUrl, "Body=")
                                 << QStringList { messageUrl, QStringLiteral("--data-urlencode"),
                                        QStringLiteral("Body="), QStringLiteral("-u"), tokenUser };
    const QString listUrl = kMessagesUrl + u"?To=%2B14155552671&DateSent%3C=2024-01-02&PageSize=5";
    QTest::newRow("GET with a query") << entry("GET", listUrl)
                                      << QStringList { listUrl, QStringLiteral("-u"), tokenUser };
    QTest::newRow("DELETE") << entry("DELETE", messageUrl)
                            << QStringList { QStringLiteral("-X"), QStringLiteral("DELETE"), messageUrl,
                                   QStringLiteral("-u"), tokenUser };
    QTest::newRow("API key") << entry("GET", messageUrl, {}, AuthScheme::ApiKey)
                             << QStringList { messageUrl, QStringLiteral("-u"), keyUser };
    QTest::newRow("API key POST") << entry("POST", kMessagesUrl, "To=%2B1&Body=Hi", AuthScheme::ApiKey)
                                  << QStringList { kMessagesUrl, QStringLiteral("--data-urlencode"),
                                         QStringLiteral("To=+1"), QStringLiteral("--data-urlencode"),
                                         QStringLiteral("Body=Hi"), QStringLiteral("-u"), keyUser };
    QTest::newRow("quote in the URL") << entry("GET", kMessagesUrl + u"?From=it's")
                                      << QStringList { QUrl(kMessagesUrl + u"?From=it's").toString(QUrl::FullyEncoded),
                                             QStringLiteral("-u"), tokenUser };
}

void Tst_RequestLog::toCurl()
{
    QFETCH(RequestLogEntry, logEntry);
    QFETCH(QStringList, expectedArgs);

    const QString curl = logEntry.toCurl();
    QVERIFY2(curl.startsWith(QStringLiteral("curl ")), qPrintable(curl));
    const QString placeholder = logEntry.scheme == AuthScheme::ApiKey
        ? QStringLiteral("-u \"$TWILIO_API_KEY:$TWILIO_API_SECRET\"")
        : QStringLiteral("-u \"$TWILIO_ACCOUNT_SID:$TWILIO_AUTH_TOKEN\"");
    QVERIFY2(curl.endsWith(placeholder), qPrintable(curl));

    // What a shell makes of it: the arguments curl would receive.
    QProcessEnvironment env;
    env.insert(QStringLiteral("TWILIO_ACCOUNT_SID"), QStringLiteral("ACfromEnv"));
    env.insert(QStringLiteral("TWILIO_AUTH_TOKEN"), QStringLiteral("tokenFromEnv"));
    env.insert(QStringLiteral("TWILIO_API_KEY"), QStringLiteral("SKfromEnv"));
    env.insert(QStringLiteral("TWILIO_API_SECRET"), QStringLiteral("secretFromEnv"));
    env.insert(QStringLiteral("HOME"), QStringLiteral("/home/expanded"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    QString error;
    const QStringList args = shellArguments(curl, env, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error + u'\n' + curl));
    QCOMPARE(args, expectedArgs);

    // curl --data-urlencode "name=content" percent-encodes content (RFC 3986 unreserved kept) and joins with '&':
    // the bytes sent are the logged body.
    if (logEntry.method == "POST") {
        QByteArray sent;
        for (qsizetype i = 0; i + 1 < args.size(); ++i) {
            if (args.at(i) != u"--data-urlencode")
                continue;
            const QString pair = args.at(i + 1);
            const qsizetype eq = pair.indexOf(u'=');
            if (!sent.isEmpty())
                sent += '&';
            sent += pair.left(eq).toUtf8() + '=' + FormEncoding::encodeComponent(pair.mid(eq + 1));
        }
        QCOMPARE(sent, logEntry.requestBody);
    }
}

void Tst_RequestLog::toCurlNeverContainsSecret()
{
    const Credentials credentials = Credentials::withAuthToken(kAccountSid, kSecret);
    RequestLogEntry e = entry("POST", kMessagesUrl, "To=%2B14155552671&Body=Hi");
    // Even with the real header in the entry and user info in its URL.
    e.requestHeaders = { { QByteArray("Authorization"), credentials.authorizationHeader() } };
    e.url.setUserName(kAccountSid);
    e.url.setPassword(kSecret);
    const QString curl = e.toCurl();
    QVERIFY2(!curl.contains(kSecret), qPrintable(curl));
    QVERIFY2(!curl.contains(QString::fromLatin1(kSecretPercent)), qPrintable(curl));
    QVERIFY2(!curl.contains(QString::fromLatin1(base64UserSecret(kAccountSid))), qPrintable(curl));
    QVERIFY2(!curl.contains(QStringLiteral("s3cr")), qPrintable(curl));
    QVERIFY(curl.contains(QStringLiteral("$TWILIO_AUTH_TOKEN")));
}

QTEST_GUILESS_MAIN(Tst_RequestLog)
#include "tst_requestlog.moc"

// A log of a thousand 64 KiB pages would hold 64 MiB of bodies: past kMaxTotalBodyBytes the oldest lose theirs.
void Tst_RequestLog::bodiesStayWithinBudget()
{
    RequestLog log;
    QSignalSpy updated(&log, &RequestLog::entryUpdated);
    const QByteArray page(RequestLog::kMaxBodyBytes, 'x');
    const int entries = int(3 * RequestLog::kMaxTotalBodyBytes / page.size());
    for (int i = 0; i < entries; ++i) {
        RequestLogEntry e;
        e.method = "GET";
        e.responseBody = page;
        e.responseBytes = page.size();
        log.add(e);
    }
    QCOMPARE(log.size(), entries);
    qsizetype kept = 0;
    int dropped = 0;
    for (int i = 0; i < log.size(); ++i) {
        kept += log.at(i).requestBody.size() + log.at(i).responseBody.size();
        if (log.at(i).responseBody == RequestLog::kBodyDropped.toByteArray())
            ++dropped;
    }
    QVERIFY2(kept <= RequestLog::kMaxTotalBodyBytes, qPrintable(QString::number(kept)));
    QVERIFY(dropped >= entries / 2);
    // Newest first to stay: the last entry has its body, the first does not, and every drop was announced.
    QCOMPARE(log.at(log.size() - 1).responseBody, page);
    QCOMPARE(log.at(0).responseBody, RequestLog::kBodyDropped.toByteArray());
    QCOMPARE(log.at(0).responseBytes, page.size()); // what it was is still said
    QCOMPARE(updated.count(), dropped);
    log.clear();
    RequestLogEntry e;
    e.responseBody = page;
    log.add(e);
    QCOMPARE(log.at(0).responseBody, page); // the budget starts again after clear()
}
