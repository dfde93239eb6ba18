// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace textbench {

/// \brief How a message body travels as SMS: its encoding, its segments and what it costs in characters.
///
/// The numbers are those of Twilio's own calculator (the npm package sms-segments-calculator 1.3.0), which the
/// conformance test checks on a generated corpus: `segments` is its segmentsCount, `characters` its
/// numberOfCharacters, `encodingName()` its encodingName.
struct SegmentInfo
{
    enum class Encoding { Gsm7, Ucs2 };

    Encoding encoding = Encoding::Gsm7;
    /// Never 0: even an empty body is one (empty) segment.
    int segments = 1;
    /// GSM-7: septets (an extension character such as € or { counts 2). UCS-2: user-perceived characters
    /// (grapheme clusters), so 👍🏽 counts 1, as in the reference; not UTF-16 code units.
    int characters = 0;
    /// The characters (grapheme clusters) that force UCS-2, each once, in order of first appearance; empty for
    /// GSM-7. The reference lists every occurrence; a composer wants each culprit once.
    QStringList nonGsmCharacters;
    /// The body that is counted: after smart encoding when it is on, otherwise the input itself.
    QString smartEncodedBody;
    /// What a composer shows as "142/160": the units (septets for GSM-7, UTF-16 code units for UCS-2) used in the
    /// last segment, and what one segment holds (160/70 for a single segment, 153/67 once split).
    int unitsInLastSegment = 0;
    int unitsPerSegment = 160;

    /// "GSM-7" or "UCS-2", the names Twilio and its calculator use.
    QString encodingName() const;
};

/// \brief The SMS segment calculator behind the composer's live counter, the sandbox's num_segments and
/// `textbench-cli segments`.
///
/// It mirrors sms-segments-calculator exactly, quirks included, because users compare our count with Twilio's:
/// - the GSM-7 alphabet is the reference's table (basic characters 1 septet, extension characters and form feed 2);
/// - any character outside it makes the whole message UCS-2;
/// - the body is cut into grapheme clusters (the rules of the grapheme-splitter package, Unicode 10) and a cluster
///   never straddles two segments, so neither an escape pair nor a surrogate pair nor an emoji sequence is split;
/// - a segment holds 140 octets; once the message is split, each segment gives 6 of them to the concatenation
///   header: 160 septets or 70 UCS-2 units alone, 153 or 67 per segment once split.
class SegmentCalculator
{
    Q_DECLARE_TR_FUNCTIONS(textbench::SegmentCalculator)

public:
    static SegmentInfo analyze(const QString& body, bool smartEncoding = false);

    /// Replaces look-alike characters (curly quotes, long dashes, special spaces, fullwidth forms...) with GSM-7
    /// ones, as Twilio's Smart Encoding does, with the reference's table. Returns \a body itself (shared, not
    /// copied) when there is nothing to replace.
    static QString applySmartEncoding(const QString& body);

    /// The composer's counter text, such as "142/160 · 1 segment".
    static QString counterText(const SegmentInfo& info);
};

} // namespace textbench
