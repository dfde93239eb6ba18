// SPDX-License-Identifier: GPL-3.0-or-later
// The profile list model the switcher and the Profiles dialog bind to, checked by Qt's own QAbstractItemModelTester
// through every change the store can make.
#include "answer.h"
#include "profiles/profilelistmodel.h"

#include <QAbstractItemModelTester>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace textbench;
using namespace textbench::test;

class Tst_ProfileListModel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ProfileStore> m_store;

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        QFile::remove(m_dir.filePath(QStringLiteral("profiles.ini")));
        m_store = std::make_unique<ProfileStore>(
            new QSettings(m_dir.filePath(QStringLiteral("profiles.ini")), QSettings::IniFormat));
    }

    void rowsRolesAndChanges()
    {
        ProfileListModel model(m_store.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);

        QCOMPARE(model.rowCount(), 1);
        const QModelIndex sandbox = model.index(0);
        QCOMPARE(sandbox.data().toString(), QStringLiteral("Sandbox"));
        QCOMPARE(sandbox.data(ProfileListModel::KindRole).toString(), QStringLiteral("sandbox"));
        QCOMPARE(sandbox.data(ProfileListModel::ActiveRole).toBool(), true);
        QCOMPARE(sandbox.data(ProfileListModel::UserSidRole).toString(), QStringLiteral("built in"));

        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        const QString work = m_store->add(liveProfile(QStringLiteral("Work")));
        Profile test = liveProfile(QStringLiteral("Acme test"), QStringLiteral("ACfedcba9876543210fedcba9876543210"));
        test.kind = ProfileKind::Test;
        test.scheme = AuthScheme::ApiKey;
        test.apiKeySid = QStringLiteral("SKfedcba9876543210fedcba9876543210");
        test.secretStorage = SecretStorage::ThisRunOnly;
        const QString acme = m_store->add(test);
        QVERIFY(!work.isEmpty() && !acme.isEmpty());
        QCOMPARE(reset.size(), 2);
        QCOMPARE(model.rowCount(), 3);
        // The Sandbox first, then by name.
        QCOMPARE(model.rowOf(acme), 1);
        QCOMPARE(model.rowOf(work), 2);

        const QModelIndex a = model.index(1);
        QCOMPARE(a.data(ProfileListModel::IdRole).toString(), acme);
        QCOMPARE(a.data(ProfileListModel::KindLabelRole).toString(), QStringLiteral("Test credentials"));
        QCOMPARE(a.data(ProfileListModel::ThisRunOnlyRole).toBool(), true);
        // The switcher shows the user (here the API Key SID), masked; never a secret (the model has none).
        const QString summary = a.data(ProfileListModel::SummaryRole).toString();
        QVERIFY2(summary.startsWith(QStringLiteral("Acme test · Test credentials · SK")), qPrintable(summary));
        QVERIFY2(!summary.contains(QStringLiteral("SKfedcba9876543210fedcba9876543210")), qPrintable(summary));
        QVERIFY(a.data(Qt::ToolTipRole).toString().contains(QStringLiteral("this run only")));
        QVERIFY(model.index(2).data(Qt::ToolTipRole).toString().contains(QStringLiteral("https://api.twilio.com")));

        // Switching the active profile changes only the two rows concerned.
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(m_store->setActive(work));
        QCOMPARE(changed.size(), 2);
        QCOMPARE(changed.at(0).at(0).value<QModelIndex>().row(), 0);
        QCOMPARE(changed.at(1).at(0).value<QModelIndex>().row(), 2);
        QCOMPARE(changed.at(1).at(2).value<QList<int>>(), QList<int> { ProfileListModel::ActiveRole });
        QCOMPARE(model.index(2).data(ProfileListModel::ActiveRole).toBool(), true);
        QCOMPARE(model.index(0).data(ProfileListModel::ActiveRole).toBool(), false);

        // Rename, duplicate and remove are followed.
        QVERIFY(m_store->rename(work, QStringLiteral("Zulu")));
        QCOMPARE(model.index(2).data().toString(), QStringLiteral("Zulu"));
        const QString copy = m_store->duplicate(work, QStringLiteral("Bravo"));
        QVERIFY(!copy.isEmpty());
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.profileAt(model.rowOf(copy)).name, QStringLiteral("Bravo"));
        QVERIFY(m_store->remove(work));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.rowOf(work), -1);
        // The removed profile was active: the Sandbox is again.
        QCOMPARE(model.index(0).data(ProfileListModel::ActiveRole).toBool(), true);

        // Out of range is harmless.
        QCOMPARE(model.profileAt(99).id, QString());
        QVERIFY(!model.index(99).data().isValid());
        QVERIFY(model.roleNames().value(ProfileListModel::SummaryRole) == "summary");
    }
};

QTEST_GUILESS_MAIN(Tst_ProfileListModel)
#include "tst_profilelistmodel.moc"
