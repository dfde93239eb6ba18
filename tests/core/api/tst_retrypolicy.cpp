// SPDX-License-Identifier: GPL-3.0-or-later
// Retry-After parsing (RFC 9110 section 10.2.3: delay-seconds or an HTTP-date) and the jittered exponential backoff.
#include "api/retrypolicy.h"

#include <QTest>

#include <limits>

using namespace textbench;

namespace {
QDateTime utc(int year, int month, int day, int h, int m, int s)
{
    return QDateTime(QDate(year, month, day), QTime(h, m, s), Qt::UTC);
}

// The example instant of RFC 9110, one minute before "Wed, 21 Oct 2015 07:28:00 GMT".
const QDateTime kNow = utc(2015, 10, 21, 7, 27, 0);
} // namespace

class Tst_RetryPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parseRetryAfterMs_data();
    void parseRetryAfterMs();
    void parseRetryAfterHugeNumbers_data();
    void parseRetryAfterHugeNumbers();
    void backoffBounds_data();
    void backoffBounds();
    void backoffGrowsWithJitter();
    void backoffLargeRetryDoesNotOverflow();
    void defaults();
};

void Tst_RetryPolicy::parseRetryAfterMs_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<qint64>("expected"); // -1: nullopt

    QTest::newRow("0") << QByteArray("0") << kNow << qint64(0);
    QTest::newRow("5") << QByteArray("5") << kNow << qint64(5000);
    QTest::newRow("spaces around 7") << QByteArray(" 7 ") << kNow << qint64(7000);
    QTest::newRow("tab around 2") << QByteArray("\t2\t") << kNow << qint64(2000);
    QTest::newRow("leading zeros") << QByteArray("0005") << kNow << qint64(5000);
    QTest::newRow("99999") << QByteArray("99999") << kNow << qint64(99'999'000);
    QTest::newRow("-1") << QByteArray("-1") << kNow << qint64(-1);
    QTest::newRow("abc") << QByteArray("abc") << kNow << qint64(-1);
    QTest::newRow("empty") << QByteArray() << kNow << qint64(-1);
    QTest::newRow("blank") << QByteArray("   ") << kNow << qint64(-1);
    QTest::newRow("fraction") << QByteArray("1.5") << kNow << qint64(-1);
    QTest::newRow("plus sign") << QByteArray("+5") << kNow << qint64(-1);
    QTest::newRow("unit") << QByteArray("5s") << kNow << qint64(-1);
    QTest::newRow("two numbers") << QByteArray("5 6") << kNow << qint64(-1);

    QTest::newRow("date one minute ahead") << QByteArray("Wed, 21 Oct 2015 07:28:00 GMT") << kNow << qint64(60'000);
    QTest::newRow("date one day ahead") << QByteArray("Thu, 22 Oct 2015 07:27:00 GMT") << kNow << qint64(86'400'000);
    QTest::newRow("date now") << QByteArray("Wed, 21 Oct 2015 07:27:00 GMT") << kNow << qint64(0);
    QTest::newRow("date in the past") << QByteArray("Wed, 21 Oct 2015 07:28:00 GMT") << utc(2015, 10, 21, 8, 0, 0)
                                      << qint64(0);
    QTest::newRow("date years ago") << QByteArray("Sun, 06 Nov 1994 08:49:37 GMT") << kNow << qint64(0);
    QTest::newRow("date with spaces around")
        << QByteArray("  Wed, 21 Oct 2015 07:28:00 GMT ") << kNow << qint64(60'000);
    QTest::newRow("now in another offset")
        << QByteArray("Wed, 21 Oct 2015 07:28:00 GMT")
        << QDateTime(QDate(2015, 10, 21), QTime(9, 27, 0), Qt::OffsetFromUTC, 2 * 3600) << qint64(60'000);
    // RFC 9110: a recipient MUST accept the two obsolete HTTP-date formats too.
    QTest::newRow("obsolete RFC 850 date") << QByteArray("Wednesday, 21-Oct-15 07:28:00 GMT") << kNow << qint64(60'000);
    QTest::newRow("obsolete asctime date") << QByteArray("Wed Oct 21 07:28:00 2015") << kNow << qint64(60'000);
    QTest::newRow("impossible date") << QByteArray("Wed, 32 Oct 2015 07:28:00 GMT") << kNow << qint64(-1);
    QTest::newRow("date junk") << QByteArray("Wed, 21 Oct 2015") << kNow << qint64(-1);
}

void Tst_RetryPolicy::parseRetryAfterMs()
{
    QFETCH(QByteArray, value);
    QFETCH(QDateTime, now);
    QFETCH(qint64, expected);

    const std::optional<qint64> ms = RetryPolicy::parseRetryAfterMs(value, now);
    if (expected < 0) {
        QVERIFY2(!ms.has_value(), qPrintable(QString::number(ms.value_or(-1))));
    } else {
        QVERIFY(ms.has_value());
        QCOMPARE(*ms, expected);
    }
}

void Tst_RetryPolicy::parseRetryAfterHugeNumbers_data()
{
    QTest::addColumn<QByteArray>("value");

    QTest::newRow("10 digits") << QByteArray("9999999999");
    QTest::newRow("int64 max") << QByteArray("9223372036854775807");
    QTest::newRow("past int64") << QByteArray("18446744073709551616");
    QTest::newRow("40 digits") << QByteArray(40, '9');
}

void Tst_RetryPolicy::parseRetryAfterHugeNumbers()
{
    QFETCH(QByteArray, value);
    const std::optional<qint64> ms = RetryPolicy::parseRetryAfterMs(value, kNow);
    // A huge delay is still a (capped) delay, never an overflowed negative or small number.
    QVERIFY(ms.has_value());
    QVERIFY2(*ms >= 99'999'000, qPrintable(QString::number(*ms)));
    QVERIFY(*ms < std::numeric_limits<qint64>::max() / 2);
    // Far above any ceiling a caller waits for (RequestPolicy::retryAfterCeilingMs).
    QVERIFY(*ms > RequestPolicy().retryAfterCeilingMs);
}

void Tst_RetryPolicy::backoffBounds_data()
{
    QTest::addColumn<int>("retry");
    QTest::addColumn<double>("random01");
    QTest::addColumn<int>("base");
    QTest::addColumn<int>("max");

    for (const auto& [base, max] : { std::pair { 500, 8000 }, std::pair { 100, 1000 }, std::pair { 1000, 1000 } }) {
        for (int retry = 1; retry <= 6; ++retry) {
            for (double r : { 0.0, 0.5, 0.999 })
                QTest::addRow("base %d max %d retry %d r %.3f", base, max, retry, r) << retry << r << base << max;
        }
    }
}

void Tst_RetryPolicy::backoffBounds()
{
    QFETCH(int, retry);
    QFETCH(double, random01);
    QFETCH(int, base);
    QFETCH(int, max);

    RequestPolicy policy;
    policy.retryBaseDelayMs = base;
    policy.retryMaxDelayMs = max;
    const int capped = std::min(base * (1 << (retry - 1)), max);
    const int ms = RetryPolicy::backoffMs(retry, policy, random01);
    QVERIFY2(ms >= capped / 2 && ms <= capped,
        qPrintable(QStringLiteral("%1 not in [%2, %3]").arg(ms).arg(capped / 2).arg(capped)));
}

void Tst_RetryPolicy::backoffGrowsWithJitter()
{
    const RequestPolicy policy;
    for (int retry = 1; retry <= 6; ++retry) {
        const int low = RetryPolicy::backoffMs(retry, policy, 0.0);
        const int mid = RetryPolicy::backoffMs(retry, policy, 0.5);
        const int high = RetryPolicy::backoffMs(retry, policy, 0.999);
        QVERIFY(low <= mid);
        QVERIFY(mid <= high);
        QVERIFY2(low < high, "the jitter must spread the delay");
    }
    // Exponential until the cap.
    QVERIFY(RetryPolicy::backoffMs(2, policy, 0.0) > RetryPolicy::backoffMs(1, policy, 0.0));
    QVERIFY(RetryPolicy::backoffMs(3, policy, 0.0) > RetryPolicy::backoffMs(2, policy, 0.0));
}

void Tst_RetryPolicy::backoffLargeRetryDoesNotOverflow()
{
    const RequestPolicy policy;
    for (int retry : { 20, 31, 32, 64, 1000, std::numeric_limits<int>::max() }) {
        const int ms = RetryPolicy::backoffMs(retry, policy, 0.999);
        QVERIFY2(ms >= policy.retryMaxDelayMs / 2 && ms <= policy.retryMaxDelayMs, qPrintable(QString::number(ms)));
    }
}

void Tst_RetryPolicy::defaults()
{
    // The Node library's 30 s timeout; a bounded number of retries.
    const RequestPolicy policy;
    QCOMPARE(policy.inactivityTimeoutMs, 30'000);
    QVERIFY(policy.deadlineMs >= policy.inactivityTimeoutMs);
    QVERIFY(policy.maxRetries >= 1 && policy.maxRetries <= 5);
    QVERIFY(policy.retryBaseDelayMs <= policy.retryMaxDelayMs);
    // A page of 1000 messages is about 1.5 MiB and must fit.
    QVERIFY(policy.maxResponseBytes >= 2 * 1024 * 1024);
}

QTEST_GUILESS_MAIN(Tst_RetryPolicy)
#include "tst_retrypolicy.moc"
