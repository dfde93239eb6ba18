// SPDX-License-Identifier: GPL-3.0-or-later
// The Activity panel's model of the request log, under QAbstractItemModelTester: entries arriving, finishing,
// falling off the front of the bounded log, and the log cleared.
#include "api/requestlogmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace textbench;

namespace {
RequestLogEntry entry(const QByteArray& method, const QString& path)
{
    RequestLogEntry e;
    e.startedAt = QDateTime::currentDateTimeUtc();
    e.method = method;
    e.url = QUrl(QStringLiteral("https://api.twilio.com") + path);
    return e;
}
} // namespace

class Tst_RequestLogModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void followsTheLog()
    {
        RequestLog log;
        log.setCapacity(3);
        log.add(entry("GET", QStringLiteral("/2010-04-01/Accounts/AC1.json")));
        RequestLogModel model(&log);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 1);

        const quint64 id = log.add(entry("POST", QStringLiteral("/2010-04-01/Accounts/AC1/Messages.json")));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(1, RequestLogModel::MethodColumn).data().toString(), QStringLiteral("POST"));
        QCOMPARE(model.index(1, RequestLogModel::OutcomeColumn).data().toString(), QStringLiteral("…"));
        QVERIFY(model.index(1, 0).data(RequestLogModel::InFlightRole).toBool());

        // It finishes: that row changes.
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        RequestLogEntry done = *log.find(id);
        done.inFlight = false;
        done.httpStatus = 201;
        done.durationMs = 84;
        done.responseBytes = 2048;
        done.outcome = QStringLiteral("201 Created");
        log.update(done);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).value<QModelIndex>().row(), 1);
        QCOMPARE(model.index(1, RequestLogModel::OutcomeColumn).data().toString(), QStringLiteral("201 Created"));
        QCOMPARE(model.index(1, RequestLogModel::DurationColumn).data().toString(), QStringLiteral("84 ms"));
        QVERIFY(!model.index(1, 0).data(RequestLogModel::FailedRole).toBool());
        QCOMPARE(model.entryAt(1)->httpStatus, 201);

        // Past capacity the oldest falls off the front, row by row.
        log.add(entry("GET", QStringLiteral("/a")));
        log.add(entry("GET", QStringLiteral("/b")));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0, RequestLogModel::MethodColumn).data().toString(), QStringLiteral("POST"));
        QCOMPARE(model.index(2, RequestLogModel::PathColumn).data().toString(), QStringLiteral("/b"));
        log.setCapacity(1);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, RequestLogModel::PathColumn).data().toString(), QStringLiteral("/b"));
        QVERIFY(!model.entryAt(5));

        log.clear();
        QCOMPARE(model.rowCount(), 0);
        log.add(entry("DELETE", QStringLiteral("/c")));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(
            model.headerData(RequestLogModel::OutcomeColumn, Qt::Horizontal).toString(), QStringLiteral("Outcome"));
    }

    void retriesAndFailuresShow()
    {
        RequestLog log;
        RequestLogModel model(&log);
        RequestLogEntry e = entry("GET", QStringLiteral("/m"));
        e.attempt = 2;
        e.inFlight = false;
        e.outcome = QStringLiteral("timed out");
        log.add(e);
        QVERIFY(model.index(0, RequestLogModel::PathColumn).data().toString().contains(QStringLiteral("attempt 2")));
        QVERIFY(model.index(0, 0).data(RequestLogModel::FailedRole).toBool());

        // Paths under the account are shown relative to it; the account itself in full.
        log.add(
            entry("GET", QStringLiteral("/2010-04-01/Accounts/AC0123456789abcdef0123456789abcdef/Messages/SM1.json")));
        QCOMPARE(model.index(1, RequestLogModel::PathColumn).data().toString(), QStringLiteral("/Messages/SM1.json"));
        log.add(entry("GET", QStringLiteral("/2010-04-01/Accounts/AC0123456789abcdef0123456789abcdef.json")));
        QCOMPARE(model.index(2, RequestLogModel::PathColumn).data().toString(),
            QStringLiteral("/2010-04-01/Accounts/AC0123456789abcdef0123456789abcdef.json"));
    }
};

QTEST_GUILESS_MAIN(Tst_RequestLogModel)
#include "tst_requestlogmodel.moc"
