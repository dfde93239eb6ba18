// SPDX-License-Identifier: GPL-3.0-or-later
// The message log model against the sandbox over loopback: lazy paging through next_page_uri, filters, a page
// abandoned when the filter or profile changes, failures, and the CSV/JSON export. QAbstractItemModelTester watches
// every change.
#include "api/apiclient.h"
#include "fixtures.h"
#include "messages/messagejobs.h"
#include "messages/messagelogmodel.h"
#include "sandboxaccount.h"
#include "sandboxserver.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace textbench;
using namespace textbench::sandbox;
using textbench::test::finishes;

class Tst_MessageLogModel : public QObject
{
    Q_OBJECT

private:
    SandboxServer m_sandbox;
    ApiClient m_client;

    void send(const QString& to, const QString& body)
    {
        CreateMessageParams p;
        p.to = to;
        p.from = QStringLiteral("+15005550006");
        p.body = body;
        auto job = std::make_unique<CreateMessageJob>(&m_client, p);
        job->setAutoDelete(false);
        QVERIFY(finishes(job.get()));
        QVERIFY2(job->succeeded(), qPrintable(job->error().toText()));
    }

    static bool loads(MessageLogModel& model)
    {
        QSignalSpy done(&model, &MessageLogModel::loadingChanged);
        while (model.isLoading()) {
            if (!done.wait(10'000))
                return false;
        }
        return true;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_sandbox.listen());
        m_client.setCredentials(Credentials::withAuthToken(Account::kAccountSid, Account::kAuthToken));
        m_client.setEndpoint(ApiEndpoint::custom(m_sandbox.baseUrl()));
        m_client.setPolicy(test::fastPolicy());
        // 110 messages: 100 to one number, 10 to another; one body a spreadsheet would run as a formula.
        for (int i = 0; i < 100; ++i)
            send(QStringLiteral("+14155552671"), QStringLiteral("Message %1").arg(i));
        for (int i = 0; i < 9; ++i)
            send(QStringLiteral("+14155550100"), QStringLiteral("Other %1, \"quoted\"\nsecond line").arg(i));
        send(QStringLiteral("+14155550100"), QStringLiteral("=HYPERLINK(\"http://example.com\",\"x\")"));
    }

    // The log keeps a few percent of each message and writes the JSON back from it: what it shows and exports must
    // be exactly what the server sent, message for message.
    void rowsGiveBackWhatTheServerSent()
    {
        // The sandbox's messages move on with time: frozen, the log and the second read below see the same state.
        m_sandbox.setSpeed(0);
        const auto thaw = qScopeGuard([this] { m_sandbox.setSpeed(1); });
        MessageLogModel model(&m_client);
        model.setPageSize(1000);
        model.reload();
        QVERIFY(loads(model));
        QCOMPARE(model.rowCount(), 110);
        auto job = std::make_unique<ListMessagesJob>(&m_client, MessageListFilter {}, 1000);
        job->setAutoDelete(false);
        QVERIFY(finishes(job.get()));
        QCOMPARE(job->messages().size(), 110);
        QJsonArray sent;
        for (const Message& m : job->messages()) {
            QVERIFY(m.isCanonical()); // the sandbox answers as Twilio does
            const int row = model.rowOf(m.sid);
            QVERIFY(row >= 0);
            QCOMPARE(model.index(row, 0).data(MessageLogModel::RawJsonRole).toJsonObject(), m.toJson());
            QCOMPARE(model.messageAt(row).toJson(), m.toJson());
            QCOMPARE(model.index(row, MessageLogModel::BodyColumn).data(Qt::ToolTipRole).toString(), m.body);
            QCOMPARE(model.index(row, MessageLogModel::DateColumn).data(MessageLogModel::SortRole).toDateTime(),
                m.dateCreated);
            sent.append(m.toJson());
        }
        QCOMPARE(QJsonDocument::fromJson(model.toJson()).array(), sent);
    }

    void pagesLoadAsTheViewAsks()
    {
        // No QAbstractItemModelTester here: it calls fetchMore() itself, which would load every page at once. The
        // other tests attach one.
        MessageLogModel model(&m_client);
        model.setPageSize(40);
        QCOMPARE(model.columnCount(), int(MessageLogModel::ColumnCount));
        QVERIFY(!model.canFetchMore({}));

        model.reload();
        QVERIFY(model.isLoading());
        QVERIFY(loads(model));
        QCOMPARE(model.rowCount(), 40);
        QVERIFY(model.canFetchMore({}));
        QVERIFY(!model.isComplete());
        // Newest first, as Twilio lists them.
        QCOMPARE(model.index(0, MessageLogModel::BodyColumn).data().toString(),
            QStringLiteral("=HYPERLINK(\"http://example.com\",\"x\")"));

        model.fetchMore({});
        QVERIFY(!model.canFetchMore({})); // one page at a time
        QVERIFY(loads(model));
        QCOMPARE(model.rowCount(), 80);
        model.fetchMore({});
        QVERIFY(loads(model));
        QCOMPARE(model.rowCount(), 110);
        QVERIFY(!model.canFetchMore({}));
        QVERIFY(model.isComplete());
        QCOMPARE(model.pagesLoaded(), 3);

        // Every message once.
        QSet<QString> sids;
        for (int row = 0; row < model.rowCount(); ++row)
            sids.insert(model.index(row, 0).data(MessageLogModel::SidRole).toString());
        QCOMPARE(sids.size(), 110);

        // The columns: display text, and the sort role in natural order.
        const QModelIndex first = model.index(0, MessageLogModel::SegmentsColumn);
        QCOMPARE(first.data().toInt(), 1);
        QCOMPARE(model.index(0, MessageLogModel::ToColumn).data().toString(), QStringLiteral("+14155550100"));
        QVERIFY(model.index(0, MessageLogModel::DateColumn).data(MessageLogModel::SortRole).toDateTime().isValid());
        QCOMPARE(model.headerData(MessageLogModel::StatusColumn, Qt::Horizontal).toString(), QStringLiteral("Status"));

        // Sorting is a proxy's job, through the sort role.
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(MessageLogModel::SortRole);
        proxy.sort(MessageLogModel::BodyColumn, Qt::AscendingOrder);
        QCOMPARE(proxy.index(0, MessageLogModel::BodyColumn).data().toString(),
            QStringLiteral("=HYPERLINK(\"http://example.com\",\"x\")"));
    }

    void filters()
    {
        MessageLogModel model(&m_client);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        MessageListFilter filter;
        filter.to = QStringLiteral("+14155550100");
        model.setFilter(filter);
        QVERIFY(loads(model));
        QCOMPARE(model.rowCount(), 10);
        QVERIFY(model.isComplete());
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.messageAt(row).to, QStringLiteral("+14155550100"));
    }

    void aPageForAnAbandonedQueryNeverLands()
    {
        MessageLogModel model(&m_client);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&model, &MessageLogModel::pageLoaded);
        model.reload();
        model.clear(); // a profile switch while the first page is on its way
        QVERIFY(!model.isLoading());
        textbench::test::waitToSeeNothingHappen(300);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(loaded.size(), 0);

        // A new filter while a page loads: only the new filter's rows.
        model.reload();
        MessageListFilter filter;
        filter.to = QStringLiteral("+14155550100");
        model.setFilter(filter);
        QVERIFY(loads(model));
        QCOMPARE(model.rowCount(), 10);
    }

    void aFailedPageKeepsTheRowsAndSaysWhy()
    {
        ApiClient wrong;
        wrong.setCredentials(
            Credentials::withAuthToken(Account::kAccountSid, QStringLiteral("0123456789abcdef0123456789abcdef")));
        wrong.setEndpoint(ApiEndpoint::custom(m_sandbox.baseUrl()));
        MessageLogModel model(&wrong);
        QSignalSpy failed(&model, &MessageLogModel::failed);
        model.reload();
        QVERIFY(failed.wait(10'000));
        QCOMPARE(failed.at(0).at(0).value<ApiError>().httpStatus(), 401);
        QVERIFY(!model.isLoading());
        QCOMPARE(model.rowCount(), 0);
    }

    void updatesAndRemovals()
    {
        MessageLogModel model(&m_client);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        MessageListFilter filter;
        filter.to = QStringLiteral("+14155550100");
        model.setPageSize(4);
        model.setFilter(filter);
        QVERIFY(loads(model));
        const int rows = model.rowCount();
        QVERIFY(rows >= 4);
        Message m = model.messageAt(2);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        m.body.clear();
        model.updateMessage(m);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(model.index(2, MessageLogModel::BodyColumn).data().toString(), QString());
        model.removeMessage(m.sid);
        QCOMPARE(model.rowCount(), rows - 1);
        QCOMPARE(model.rowOf(m.sid), -1);
        model.removeMessage(m.sid); // harmless
        QCOMPARE(model.rowCount(), rows - 1);
    }

    void exportsWhatIsLoaded()
    {
        MessageLogModel model(&m_client);
        MessageListFilter filter;
        filter.to = QStringLiteral("+14155550100");
        model.setFilter(filter);
        QVERIFY(loads(model));

        const QByteArray csv = model.toCsv();
        const QList<QByteArray> lines = csv.split('\n');
        QVERIFY(csv.startsWith(
            "sid,date_created,direction,from,to,status,num_segments,price,price_unit,error_code,body\r\n"));
        // A formula is defused with a leading apostrophe (and then quoted); numbers stay numbers.
        QVERIFY2(csv.contains(",\"'=HYPERLINK(\"\"http://example.com\"\",\"\"x\"\")\"\r\n"), csv.constData());
        QVERIFY(csv.contains(",+15005550006,+14155550100,"));
        // Quotes doubled, newlines kept inside a quoted field.
        QVERIFY(csv.contains("\"Other 0, \"\"quoted\"\"\nsecond line\""));
        QCOMPARE(csv.count("\r\n"), 11); // the header and ten rows

        const QJsonArray json = QJsonDocument::fromJson(model.toJson()).array();
        QCOMPARE(json.size(), 10);
        QCOMPARE(json.at(0).toObject().value(QStringLiteral("to")).toString(), QStringLiteral("+14155550100"));
        QVERIFY(json.at(0).toObject().contains(QStringLiteral("subresource_uris"))); // the raw object, whole
    }
};

QTEST_GUILESS_MAIN(Tst_MessageLogModel)
#include "tst_messagelogmodel.moc"
