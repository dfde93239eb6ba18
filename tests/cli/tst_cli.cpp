// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

class Tst_cli : public QObject
{
    Q_OBJECT
};

QTEST_GUILESS_MAIN(Tst_cli)
#include "tst_cli.moc"
