// SPDX-License-Identifier: GPL-3.0-or-later
// placeholder: being written
#include <QTest>

class Tst_retrypolicy : public QObject
{
    Q_OBJECT
};

QTEST_GUILESS_MAIN(Tst_retrypolicy)
#include "tst_retrypolicy.moc"
