// SPDX-License-Identifier: GPL-3.0-or-later
// WorkState and its store: what is kept of a profile's work (the draft, the inspected and watched messages, the log's
// filters), read back exactly, refused when it is not what was written, set aside when unreadable, never a secret.
#include "state/workstate.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace textbench;

namespace {
const QString kSid1 = QStringLiteral("SM0123456789abcdef0123456789abcdef");
const QString kSid2 = QStringLiteral("SMfedcba9876543210fedcba9876543210");
const QString kAccount = QStringLiteral("AC0123456789abcdef0123456789abcdef");

WorkState sample()
{
    WorkState s;
    s.draft.to = QStringLiteral("+1 415 555 2671");
    s.draft.from = QStringLiteral("MG0123456789abcdef0123456789abcdef");
    s.draft.body = QStringLiteral("Hello “world” 👋\nsecond line\t<b>&amp;</b>");
    s.draft.mediaUrls = QStringLiteral("https://example.com/a.png\nhttps://example.com/b.png");
    s.draft.mediaShown = true;
    s.draft.advancedShown = true;
    s.draft.statusCallback = QStringLiteral("https://example.com/status?x=1");
    s.draft.validityPeriod = 600;
    s.draft.scheduled = true;
    s.draft.sendAt = QDateTime(QDate(2026, 12, 24), QTime(18, 30, 15, 250), Qt::UTC);
    s.draft.smartEncoded = true;
    s.draft.shortenUrls = true;
    s.draft.provideFeedback = true;
    s.inspectedSid = kSid1;
    s.inspectedMessage
        = QJsonObject { { QStringLiteral("sid"), kSid1 }, { QStringLiteral("status"), QStringLiteral("sent") } };
    s.accountSid = kAccount;
    s.watchedSids = { kSid1, kSid2 };
    s.logFilters.to = QStringLiteral("+14155552671");
    s.logFilters.from = QStringLiteral("+15005550006");
    s.logFilters.after = QDate(2026, 11, 1);
    return s;
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void write(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes);
}
} // namespace

class Tst_WorkState : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTripsEveryField()
    {
        QTemporaryDir dir;
        const WorkStateStore store(dir.path());
        QString error;
        QVERIFY2(store.save(QStringLiteral("p1"), sample(), &error), qPrintable(error));
        const WorkStateStore::Loaded loaded = store.load(QStringLiteral("p1"));
        QVERIFY(loaded.found);
        QVERIFY2(loaded.problem.isEmpty(), qPrintable(loaded.problem));
        QVERIFY(loaded.state == sample());
        // Only the user may read it; QSaveFile leaves no temporary file behind.
        QCOMPARE(QFile(store.pathFor(QStringLiteral("p1"))).permissions()
                & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
            QFileDevice::Permissions());
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 1);
    }

    void eachProfileHasItsOwnFile()
    {
        QTemporaryDir dir;
        const WorkStateStore store(dir.path());
        WorkState a;
        a.draft.body = QStringLiteral("for A");
        WorkState b;
        b.draft.body = QStringLiteral("for B");
        // Any id makes a file name inside the folder: separators, dots and non-ASCII are encoded.
        const QString odd = QStringLiteral("../../etc/passwd ü");
        QVERIFY(store.save(QStringLiteral("sandbox"), a));
        QVERIFY(store.save(odd, b));
        QCOMPARE(store.load(QStringLiteral("sandbox")).state.draft.body, QStringLiteral("for A"));
        QCOMPARE(store.load(odd).state.draft.body, QStringLiteral("for B"));
        QCOMPARE(QFileInfo(store.pathFor(odd)).absolutePath(), QFileInfo(dir.path()).absoluteFilePath());
        QVERIFY(!store.load(QStringLiteral("nobody")).found);
    }

    void anEmptyStateRemovesTheFile()
    {
        QTemporaryDir dir;
        const WorkStateStore store(dir.path());
        QVERIFY(store.save(QStringLiteral("p"), sample()));
        QVERIFY(QFile::exists(store.pathFor(QStringLiteral("p"))));
        QVERIFY(store.save(QStringLiteral("p"), WorkState()));
        QVERIFY(!QFile::exists(store.pathFor(QStringLiteral("p"))));
    }

    void aPasswordInTheStatusCallbackIsNeverKept()
    {
        QTemporaryDir dir;
        const WorkStateStore store(dir.path());
        WorkState s;
        s.draft.statusCallback = QStringLiteral("https://hook:Pa55w0rd-Secret@example.com/status");
        QVERIFY(store.save(QStringLiteral("p"), s));
        const QByteArray bytes = readAll(store.pathFor(QStringLiteral("p")));
        QVERIFY(!bytes.contains("Pa55w0rd"));
        QCOMPARE(store.load(QStringLiteral("p")).state.draft.statusCallback,
            QStringLiteral("https://hook@example.com/status"));
        // Media URLs too, line by line.
        s.draft.mediaUrls = QStringLiteral("https://cdn:MediaPa55@example.com/a.png\nhttps://example.com/b.png");
        QVERIFY(store.save(QStringLiteral("p"), s));
        QVERIFY(!readAll(store.pathFor(QStringLiteral("p"))).contains("MediaPa55"));
        QCOMPARE(store.load(QStringLiteral("p")).state.draft.mediaUrls,
            QStringLiteral("https://cdn@example.com/a.png\nhttps://example.com/b.png"));
        // Whatever the password holds, as URL parsers read an authority (the last '@' before the path ends it).
        QCOMPARE(WorkState::withoutPassword(QStringLiteral("https://u:p%2Fa:s@s@host:8080/x?a=b@c")),
            QStringLiteral("https://u@host:8080/x?a=b@c"));
        QCOMPARE(WorkState::withoutPassword(QStringLiteral("http://u:\"<>^`{|}@h")), QStringLiteral("http://u@h"));
        QCOMPARE(WorkState::withoutPassword(QStringLiteral("https://:secret@h/")), QStringLiteral("https://@h/"));
        // Text that is not a URL with a password is kept as typed.
        for (const char* kept : { "not a url :@", "https://host:443/path@x", "https://u@host/", "mailto:a:b@c" })
            QCOMPARE(WorkState::withoutPassword(QString::fromLatin1(kept)), QString::fromLatin1(kept));
    }

    void unreadableFilesAreSetAside_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("said");
        QTest::newRow("not JSON") << QByteArray("{\"version\": 1, \"draft\": {\"to\": \"+1") << u"not JSON"_qs;
        QTest::newRow("binary") << QByteArray("\x00\xff\xfe garbage", 12) << u"not JSON"_qs;
        QTest::newRow("an array") << QByteArray("[1,2]") << u"not a JSON object"_qs;
        QTest::newRow("another version") << QByteArray("{\"version\": 7}") << u"version 1"_qs;
        QTest::newRow("body a number") << QByteArray(R"({"version":1,"draft":{"body":42}})") << u"“body”"_qs;
        QTest::newRow("draft a string") << QByteArray(R"({"version":1,"draft":"x"})") << u"“draft”"_qs;
        QTest::newRow("validity out of range")
            << QByteArray(R"({"version":1,"draft":{"validity_period":99999999}})") << u"“validity_period”"_qs;
        QTest::newRow("a SID of the wrong shape")
            << QByteArray(R"({"version":1,"inspected_sid":"SM../../x"})") << u"“inspected_sid”"_qs;
        QTest::newRow("watched not SIDs")
            << QByteArray(R"({"version":1,"watched_sids":["SMx", 3]})") << u"“watched_sids”"_qs;
        QTest::newRow("a date that is not one")
            << QByteArray(R"({"version":1,"log_filters":{"after":"2026-13-45"}})") << u"“after”"_qs;
    }
    void unreadableFilesAreSetAside()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, said);
        QTemporaryDir dir;
        const WorkStateStore store(dir.path());
        const QString path = store.pathFor(QStringLiteral("p"));
        write(path, bytes);
        const WorkStateStore::Loaded loaded = store.load(QStringLiteral("p"));
        QVERIFY(loaded.found);
        QVERIFY(loaded.state == WorkState());
        QVERIFY2(loaded.problem.contains(said), qPrintable(loaded.problem));
        QVERIFY2(loaded.problem.contains(u"set aside"), qPrintable(loaded.problem));
        // Kept for a human, not read again: the next load finds nothing.
        QVERIFY(!QFile::exists(path));
        QCOMPARE(readAll(loaded.setAsidePath), bytes);
        QVERIFY(!store.load(QStringLiteral("p")).found);
    }

    void aHugeFileIsNotRead()
    {
        QTemporaryDir dir;
        const WorkStateStore store(dir.path());
        const QString path = store.pathFor(QStringLiteral("p"));
        write(path, QByteArray(WorkStateStore::kMaxFileBytes + 1, ' '));
        const WorkStateStore::Loaded loaded = store.load(QStringLiteral("p"));
        QVERIFY2(loaded.problem.contains(u"larger than"), qPrintable(loaded.problem));
    }

    void anUnwritableFolderSaysWhy()
    {
        QTemporaryDir dir;
        // A file where the folder should be.
        const QString blocked = dir.filePath(QStringLiteral("work"));
        write(blocked, "x");
        const WorkStateStore store(blocked);
        QString error;
        QVERIFY(!store.save(QStringLiteral("p"), sample(), &error));
        QVERIFY(!error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(Tst_WorkState)
#include "tst_workstate.moc"
