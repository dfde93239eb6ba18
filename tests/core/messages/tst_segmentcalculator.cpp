// SPDX-License-Identifier: GPL-3.0-or-later
// placeholder: being written
#include <QTest>

class Tst_SegmentCalculator : public QObject
{
    Q_OBJECT
};

QTEST_GUILESS_MAIN(Tst_SegmentCalculator)
#include "tst_segmentcalculator.moc"
