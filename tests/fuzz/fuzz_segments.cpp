// SPDX-License-Identifier: GPL-3.0-or-later
// The SMS segment calculator, from UTF-8 or from raw UTF-16 (lone surrogates included), with and without smart
// encoding, against the promises of segmentcalculator.h.
//
// Input layout: byte 0 bit 0: smart encoding; bit 1: the rest is UTF-16LE code units rather than UTF-8.
#include "fuzzcommon.h"

#include "messages/segmentcalculator.h"

#include <QSet>

using namespace textbench;

TEXTBENCH_FUZZ_INITIALIZE()

namespace {
bool sameInfo(const SegmentInfo& a, const SegmentInfo& b)
{
    return a.encoding == b.encoding && a.segments == b.segments && a.characters == b.characters
        && a.nonGsmCharacters == b.nonGsmCharacters && a.smartEncodedBody == b.smartEncodedBody
        && a.unitsInLastSegment == b.unitsInLastSegment && a.unitsPerSegment == b.unitsPerSegment;
}

void checkInfo(const QString& body, bool smart)
{
    const SegmentInfo info = SegmentCalculator::analyze(body, smart);
    const QString counted = smart ? SegmentCalculator::applySmartEncoding(body) : body;
    FUZZ_CHECK(info.smartEncodedBody == counted);
    const qsizetype n = counted.size();

    FUZZ_CHECK(info.segments >= 1); // never 0
    FUZZ_CHECK(info.characters >= 0);
    FUZZ_CHECK(info.unitsInLastSegment >= 0);
    if (n == 0) {
        FUZZ_CHECK(info.segments == 1 && info.characters == 0 && info.unitsInLastSegment == 0);
        FUZZ_CHECK(info.encoding == SegmentInfo::Encoding::Gsm7);
    } else {
        FUZZ_CHECK(info.characters >= 1);
    }

    if (info.encoding == SegmentInfo::Encoding::Gsm7) {
        FUZZ_CHECK(info.encodingName() == QStringLiteral("GSM-7"));
        FUZZ_CHECK(info.nonGsmCharacters.isEmpty());
        // Septets: 1 or 2 per code unit.
        FUZZ_CHECK(info.characters >= n && info.characters <= 2 * n);
        FUZZ_CHECK(info.unitsPerSegment == (info.segments == 1 ? 160 : 153));
        // An escape pair is never split, so a segment is never overfilled.
        FUZZ_CHECK(info.unitsInLastSegment >= 1 || n == 0);
        FUZZ_CHECK(info.unitsInLastSegment <= info.unitsPerSegment);
        if (info.characters <= 160)
            FUZZ_CHECK(info.segments == 1 && info.unitsInLastSegment == info.characters);
        else
            FUZZ_CHECK(info.segments >= 2 && info.characters <= info.segments * 153
                       && info.characters > (info.segments - 1) * 152);
    } else {
        FUZZ_CHECK(info.encodingName() == QStringLiteral("UCS-2"));
        // At least one culprit, each listed once, each a piece of the body.
        FUZZ_CHECK(!info.nonGsmCharacters.isEmpty());
        QSet<QString> seen;
        for (const QString& c : info.nonGsmCharacters) {
            FUZZ_CHECK(!c.isEmpty() && counted.contains(c));
            FUZZ_CHECK(!seen.contains(c));
            seen.insert(c);
        }
        // Characters are grapheme clusters: at most one per code unit (CR LF counts 2, as in the reference).
        FUZZ_CHECK(info.characters <= n);
        FUZZ_CHECK(info.unitsPerSegment == (info.segments == 1 ? 70 : 67));
        if (n <= 70)
            FUZZ_CHECK(info.segments == 1);
        if (info.segments == 1)
            FUZZ_CHECK(info.unitsInLastSegment == n);
        else
            FUZZ_CHECK(n > 70); // (a cluster longer than a segment overfills it, as in the reference: no upper bound)
    }
    FUZZ_CHECK(!SegmentCalculator::counterText(info).isEmpty());
    FUZZ_CHECK(sameInfo(info, SegmentCalculator::analyze(body, smart))); // pure
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size < 1 || size > 8192)
        return 0;
    const bool smart = data[0] & 1;
    QString body;
    if (data[0] & 2) {
        body.resize(qsizetype((size - 1) / 2));
        for (qsizetype i = 0; i < body.size(); ++i)
            body[i] = QChar(char16_t(data[1 + 2 * i] | (data[2 + 2 * i] << 8)));
    } else {
        body = QString::fromUtf8(fuzz::bytes(data + 1, size - 1));
    }

    checkInfo(body, smart);
    if (!smart)
        checkInfo(body, true);

    // Smart encoding only ever produces GSM-7 text and replaces characters outside GSM-7, so it is idempotent, and a
    // GSM-7 body is left as it is.
    const QString once = SegmentCalculator::applySmartEncoding(body);
    FUZZ_CHECK(SegmentCalculator::applySmartEncoding(once) == once);
    if (SegmentCalculator::analyze(body).encoding == SegmentInfo::Encoding::Gsm7)
        FUZZ_CHECK(once == body);
    return 0;
}
