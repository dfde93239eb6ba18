// SPDX-License-Identifier: GPL-3.0-or-later
#include "segmentcalculator.h"

#include <QSet>

#include <algorithm>
#include <array>
#include <bitset>

namespace textbench {

namespace {

// sms-segments-calculator counts bits: 1120 per segment (140 octets), of which a split message gives 48 (a 6-octet
// header) in every segment. GSM-7 septets are 7 bits and UCS-2 units 16, so in whole units that is exactly:
constexpr int kGsm7Single = 160;
constexpr int kGsm7Split = 153;
constexpr int kUcs2Single = 70;
constexpr int kUcs2Split = 67;

// ---- GSM-7: the reference's UnicodeToGSM.ts ----

// Its basic-table characters outside ASCII. Within ASCII it has \n, \r and every printable character but ` (which is
// not GSM-7 at all), [ \ ] ^ { | } ~ being extension characters.
constexpr char16_t kGsm7BasicNonAscii[]
    = { 0x00A1, 0x00A3, 0x00A4, 0x00A5, 0x00A7, 0x00BF, 0x00C4, 0x00C5, 0x00C6, 0x00C7, 0x00C9, 0x00D1, 0x00D6, 0x00D8,
          0x00DC, 0x00DF, 0x00E0, 0x00E4, 0x00E5, 0x00E6, 0x00E8, 0x00E9, 0x00EC, 0x00F1, 0x00F2, 0x00F6, 0x00F8,
          0x00F9, 0x00FC, 0x0393, 0x0394, 0x0398, 0x039B, 0x039E, 0x03A0, 0x03A3, 0x03A6, 0x03A8, 0x03A9 };
// Two septets each: the escape and the character. Form feed is one of them.
constexpr char16_t kGsm7Extension[] = { 0x000C, u'[', u'\\', u']', u'^', u'{', u'|', u'}', u'~', 0x20AC };

constexpr std::array<quint8, 256> makeLatin1Septets()
{
    std::array<quint8, 256> t {};
    t[u'\n'] = t[u'\r'] = 1;
    for (char16_t c = 0x20; c <= 0x7E; ++c)
        t[c] = c == u'`' ? 0 : 1;
    for (char16_t c : kGsm7BasicNonAscii) {
        if (c < 0x100)
            t[c] = 1;
    }
    for (char16_t c : kGsm7Extension) {
        if (c < 0x100)
            t[c] = 2;
    }
    return t;
}
constexpr std::array<quint8, 256> kLatin1Septets = makeLatin1Septets();

// Its Greek capitals, as a bit set from U+0393.
constexpr char16_t kGreekFirst = 0x0393;
constexpr quint32 makeGsm7Greek()
{
    quint32 bits = 0;
    for (char16_t c : kGsm7BasicNonAscii) {
        if (c >= kGreekFirst)
            bits |= 1u << (c - kGreekFirst);
    }
    return bits;
}
constexpr quint32 kGsm7Greek = makeGsm7Greek();

/// Septets of one UTF-16 code unit in GSM-7: 0 = not in the alphabet, 1 = basic table, 2 = extension table.
inline int gsm7Septets(char16_t c)
{
    if (c < 0x100)
        return kLatin1Septets[c];
    if (c >= kGreekFirst && c < kGreekFirst + 32)
        return (kGsm7Greek >> (c - kGreekFirst)) & 1;
    return c == 0x20AC ? 2 : 0;
}

// ---- Smart encoding: the reference's SmartEncodingMap.ts, sorted by code unit ----
// Its oddities are kept on purpose: no-break and most fixed-width spaces become two spaces, a tab seven, some
// invisible controls nothing. No key is a GSM-7 character, which the fast path below relies on.
struct SmartReplacement
{
    char16_t from;
    QStringView to;
};
// clang-format off
constexpr SmartReplacement kSmartReplacements[] = {
    {0x0000, u""}, {0x0003, u""}, {0x0004, u""}, {0x0009, u"       "}, {0x0010, u""}, {0x0011, u""}, {0x0012, u""},
    {0x0013, u""}, {0x0014, u""}, {0x0017, u""}, {0x0019, u""}, {0x0060, u"'"}, {0x0080, u"  "}, {0x008D, u"  "},
    {0x0090, u"  "}, {0x009B, u"  "}, {0x009F, u"  "}, {0x00A0, u"  "}, {0x00AB, u"\""}, {0x00B4, u"'"},
    {0x00BB, u"\""}, {0x00BC, u"1/4"}, {0x00BD, u"1/2"}, {0x00BE, u"3/4"}, {0x00F7, u"/"}, {0x01C3, u"!"},
    {0x0262, u"G"}, {0x026A, u"I"}, {0x0274, u"N"}, {0x0280, u"R"}, {0x028F, u"Y"}, {0x0299, u"B"}, {0x029C, u"H"},
    {0x029F, u"L"}, {0x02B9, u"'"}, {0x02BA, u"\""}, {0x02BB, u"'"}, {0x02BC, u"'"}, {0x02BD, u"'"}, {0x02C6, u"^"},
    {0x02C8, u"'"}, {0x02CA, u"'"}, {0x02CB, u"'"}, {0x02D0, u":"}, {0x02D6, u"+"}, {0x02DC, u"~"}, {0x02EE, u"\""},
    {0x02F7, u"~"}, {0x02F8, u":"}, {0x0302, u"^"}, {0x0303, u"~"}, {0x0313, u"'"}, {0x0314, u"'"}, {0x0326, u","},
    {0x0330, u"~"}, {0x0332, u"_"}, {0x0334, u"~"}, {0x0337, u"/"}, {0x0338, u"/"}, {0x0347, u"="}, {0x1D00, u"A"},
    {0x1D04, u"C"}, {0x1D05, u"D"}, {0x1D07, u"E"}, {0x1D0A, u"J"}, {0x1D0B, u"K"}, {0x1D0D, u"M"}, {0x1D0F, u"O"},
    {0x1D18, u"P"}, {0x1D1B, u"T"}, {0x1D1C, u"U"}, {0x1D20, u"V"}, {0x1D21, u"W"}, {0x1D22, u"Z"}, {0x1DCD, u"^"},
    {0x2000, u"  "}, {0x2001, u" "}, {0x2002, u"  "}, {0x2003, u"  "}, {0x2004, u"  "}, {0x2005, u"  "},
    {0x2006, u"  "}, {0x2007, u"  "}, {0x2008, u"  "}, {0x2009, u"  "}, {0x200A, u"  "}, {0x200B, u""}, {0x200C, u""},
    {0x2010, u"-"}, {0x2013, u"-"}, {0x2014, u"-"}, {0x2015, u"-"}, {0x2017, u"_"}, {0x2018, u"'"}, {0x2019, u"'"},
    {0x201A, u","}, {0x201B, u"'"}, {0x201C, u"\""}, {0x201D, u"\""}, {0x201E, u"\""}, {0x201F, u"\""}, {0x2022, u"-"},
    {0x2026, u"..."}, {0x2028, u" "}, {0x2029, u" "}, {0x202F, u"  "}, {0x2039, u"<"}, {0x203A, u">"}, {0x203C, u"!!"},
    {0x2043, u"-"}, {0x2044, u"/"}, {0x204E, u"*"}, {0x204F, u";"}, {0x205F, u"  "}, {0x2060, u""}, {0x20D2, u"|"},
    {0x20D3, u"|"}, {0x20E5, u"\\"}, {0x2215, u"/"}, {0x2217, u"*"}, {0x2223, u"|"}, {0x223C, u"~"}, {0x229B, u"*"},
    {0x239C, u"|"}, {0x239F, u"|"}, {0x23B8, u"|"}, {0x23B9, u"|"}, {0x23BC, u"-"}, {0x23BD, u"-"}, {0x23D0, u"|"},
    {0x2722, u"*"}, {0x2723, u"*"}, {0x2724, u"*"}, {0x2725, u"*"}, {0x2731, u"*"}, {0x2732, u"*"}, {0x2733, u"*"},
    {0x273A, u"*"}, {0x273B, u"*"}, {0x273C, u"*"}, {0x273D, u"*"}, {0x2743, u"*"}, {0x2749, u"*"}, {0x274A, u"*"},
    {0x274B, u"*"}, {0x275B, u"'"}, {0x275C, u"'"}, {0x275D, u"\""}, {0x275E, u"\""}, {0x2768, u"("}, {0x2769, u")"},
    {0x276A, u"("}, {0x276B, u")"}, {0x2774, u"{"}, {0x2775, u"}"}, {0x27EE, u"("}, {0x27EF, u")"}, {0x2982, u":"},
    {0x2985, u"("}, {0x2986, u")"}, {0x29C6, u"*"}, {0x29F5, u"\\"}, {0x29F8, u"/"}, {0x29F9, u"\\"}, {0x3000, u"  "},
    {0x3001, u","}, {0x3002, u"."}, {0x301D, u"\""}, {0x301E, u"\""}, {0xA730, u"F"}, {0xA731, u"S"}, {0xA789, u":"},
    {0xA78A, u"="}, {0xFE10, u"'"}, {0xFE11, u"'"}, {0xFE13, u":"}, {0xFE14, u";"}, {0xFE15, u"!"}, {0xFE16, u"?"},
    {0xFE50, u","}, {0xFE51, u","}, {0xFE52, u"."}, {0xFE54, u";"}, {0xFE56, u"?"}, {0xFE57, u"!"}, {0xFE59, u"("},
    {0xFE5A, u")"}, {0xFE5B, u"{"}, {0xFE5C, u"}"}, {0xFE5F, u"#"}, {0xFE60, u"&"}, {0xFE61, u"*"}, {0xFE62, u"+"},
    {0xFE63, u"-"}, {0xFE64, u"<"}, {0xFE65, u">"}, {0xFE66, u"="}, {0xFE68, u"\\"}, {0xFE69, u"$"}, {0xFE6A, u"%"},
    {0xFE6B, u"@"}, {0xFEFF, u""}, {0xFF01, u"!"}, {0xFF02, u"\""}, {0xFF03, u"#"}, {0xFF04, u"$"}, {0xFF05, u"%"},
    {0xFF06, u"&"}, {0xFF07, u"'"}, {0xFF08, u"("}, {0xFF09, u")"}, {0xFF0A, u"*"}, {0xFF0B, u"+"}, {0xFF0C, u","},
    {0xFF0D, u"-"}, {0xFF0E, u"."}, {0xFF0F, u"/"}, {0xFF10, u"0"}, {0xFF11, u"1"}, {0xFF12, u"2"}, {0xFF13, u"3"},
    {0xFF14, u"4"}, {0xFF15, u"5"}, {0xFF16, u"6"}, {0xFF17, u"7"}, {0xFF18, u"8"}, {0xFF19, u"9"}, {0xFF1A, u":"},
    {0xFF1B, u";"}, {0xFF1C, u"<"}, {0xFF1D, u"="}, {0xFF1E, u">"}, {0xFF1F, u"?"}, {0xFF20, u"@"}, {0xFF21, u"A"},
    {0xFF22, u"B"}, {0xFF23, u"C"}, {0xFF24, u"D"}, {0xFF25, u"E"}, {0xFF26, u"F"}, {0xFF27, u"G"}, {0xFF28, u"H"},
    {0xFF29, u"I"}, {0xFF2A, u"J"}, {0xFF2B, u"K"}, {0xFF2C, u"L"}, {0xFF2D, u"M"}, {0xFF2E, u"N"}, {0xFF2F, u"O"},
    {0xFF30, u"P"}, {0xFF31, u"Q"}, {0xFF32, u"R"}, {0xFF33, u"S"}, {0xFF34, u"T"}, {0xFF35, u"U"}, {0xFF36, u"V"},
    {0xFF37, u"W"}, {0xFF38, u"X"}, {0xFF39, u"Y"}, {0xFF3A, u"Z"}, {0xFF3B, u"["}, {0xFF3C, u"\\"}, {0xFF3D, u"]"},
    {0xFF3E, u"^"}, {0xFF3F, u"_"}, {0xFF5B, u"{"}, {0xFF5C, u"|"}, {0xFF5D, u"}"}, {0xFF5E, u"~"}, {0xFF61, u"."},
    {0xFF64, u","},
};
// clang-format on

const SmartReplacement* smartReplacement(char16_t c)
{
    if (gsm7Septets(c) != 0)
        return nullptr;
    const auto end = std::end(kSmartReplacements);
    const auto it = std::lower_bound(
        std::begin(kSmartReplacements), end, c, [](const SmartReplacement& r, char16_t v) { return r.from < v; });
    return it != end && it->from == c ? it : nullptr;
}

// ---- Grapheme clusters: the grapheme-splitter package (1.0.4, UAX #29 for Unicode 10) that the reference uses ----
// Its break property values and its data, which is older than Qt's (hence not QTextBoundaryFinder): Unicode 10's
// E_Base/E_Modifier/Glue_After_Zwj emoji rules, not Extended_Pictographic.
// clang-format off
enum GraphemeBreak : quint8 {
    CR, LF, Control, Extend, RegionalIndicator, SpacingMark, L, V, T, LV, LVT, Other, Prepend, EBase, EModifier, Zwj,
    GlueAfterZwj, EBaseGaz
};
// clang-format on
struct BreakRange
{
    char32_t first;
    char32_t last;
    GraphemeBreak property;
};
// Every code point not listed is Other; Hangul syllables (LV/LVT) are computed instead of listed.
// clang-format off
constexpr BreakRange kBreakRanges[] = {
    {0x0000, 0x0009, Control}, {0x000A, 0x000A, LF}, {0x000B, 0x000C, Control}, {0x000D, 0x000D, CR},
    {0x000E, 0x001F, Control}, {0x007F, 0x009F, Control}, {0x00AD, 0x00AD, Control}, {0x0300, 0x036F, Extend},
    {0x0483, 0x0489, Extend}, {0x0591, 0x05BD, Extend}, {0x05BF, 0x05BF, Extend}, {0x05C1, 0x05C2, Extend},
    {0x05C4, 0x05C5, Extend}, {0x05C7, 0x05C7, Extend}, {0x0600, 0x0605, Prepend}, {0x0610, 0x061A, Extend},
    {0x061C, 0x061C, Control}, {0x064B, 0x065F, Extend}, {0x0670, 0x0670, Extend}, {0x06D6, 0x06DC, Extend},
    {0x06DD, 0x06DD, Prepend}, {0x06DF, 0x06E4, Extend}, {0x06E7, 0x06E8, Extend}, {0x06EA, 0x06ED, Extend},
    {0x070F, 0x070F, Prepend}, {0x0711, 0x0711, Extend}, {0x0730, 0x074A, Extend}, {0x07A6, 0x07B0, Extend},
    {0x07EB, 0x07F3, Extend}, {0x0816, 0x0819, Extend}, {0x081B, 0x0823, Extend}, {0x0825, 0x0827, Extend},
    {0x0829, 0x082D, Extend}, {0x0859, 0x085B, Extend}, {0x08D4, 0x08E1, Extend}, {0x08E2, 0x08E2, Prepend},
    {0x08E3, 0x0902, Extend}, {0x0903, 0x0903, SpacingMark}, {0x093A, 0x093A, Extend}, {0x093B, 0x093B, SpacingMark},
    {0x093C, 0x093C, Extend}, {0x093E, 0x0940, SpacingMark}, {0x0941, 0x0948, Extend}, {0x0949, 0x094C, SpacingMark},
    {0x094D, 0x094D, Extend}, {0x094E, 0x094F, SpacingMark}, {0x0951, 0x0957, Extend}, {0x0962, 0x0963, Extend},
    {0x0981, 0x0981, Extend}, {0x0982, 0x0983, SpacingMark}, {0x09BC, 0x09BC, Extend}, {0x09BE, 0x09BE, Extend},
    {0x09BF, 0x09C0, SpacingMark}, {0x09C1, 0x09C4, Extend}, {0x09C7, 0x09C8, SpacingMark},
    {0x09CB, 0x09CC, SpacingMark}, {0x09CD, 0x09CD, Extend}, {0x09D7, 0x09D7, Extend}, {0x09E2, 0x09E3, Extend},
    {0x0A01, 0x0A02, Extend}, {0x0A03, 0x0A03, SpacingMark}, {0x0A3C, 0x0A3C, Extend}, {0x0A3E, 0x0A40, SpacingMark},
    {0x0A41, 0x0A42, Extend}, {0x0A47, 0x0A48, Extend}, {0x0A4B, 0x0A4D, Extend}, {0x0A51, 0x0A51, Extend},
    {0x0A70, 0x0A71, Extend}, {0x0A75, 0x0A75, Extend}, {0x0A81, 0x0A82, Extend}, {0x0A83, 0x0A83, SpacingMark},
    {0x0ABC, 0x0ABC, Extend}, {0x0ABE, 0x0AC0, SpacingMark}, {0x0AC1, 0x0AC5, Extend}, {0x0AC7, 0x0AC8, Extend},
    {0x0AC9, 0x0AC9, SpacingMark}, {0x0ACB, 0x0ACC, SpacingMark}, {0x0ACD, 0x0ACD, Extend}, {0x0AE2, 0x0AE3, Extend},
    {0x0AFA, 0x0AFF, Extend}, {0x0B01, 0x0B01, Extend}, {0x0B02, 0x0B03, SpacingMark}, {0x0B3C, 0x0B3C, Extend},
    {0x0B3E, 0x0B3F, Extend}, {0x0B40, 0x0B40, SpacingMark}, {0x0B41, 0x0B44, Extend}, {0x0B47, 0x0B48, SpacingMark},
    {0x0B4B, 0x0B4C, SpacingMark}, {0x0B4D, 0x0B4D, Extend}, {0x0B56, 0x0B57, Extend}, {0x0B62, 0x0B63, Extend},
    {0x0B82, 0x0B82, Extend}, {0x0BBE, 0x0BBE, Extend}, {0x0BBF, 0x0BBF, SpacingMark}, {0x0BC0, 0x0BC0, Extend},
    {0x0BC1, 0x0BC2, SpacingMark}, {0x0BC6, 0x0BC8, SpacingMark}, {0x0BCA, 0x0BCC, SpacingMark},
    {0x0BCD, 0x0BCD, Extend}, {0x0BD7, 0x0BD7, Extend}, {0x0C00, 0x0C00, Extend}, {0x0C01, 0x0C03, SpacingMark},
    {0x0C3E, 0x0C40, Extend}, {0x0C41, 0x0C44, SpacingMark}, {0x0C46, 0x0C48, Extend}, {0x0C4A, 0x0C4D, Extend},
    {0x0C55, 0x0C56, Extend}, {0x0C62, 0x0C63, Extend}, {0x0C81, 0x0C81, Extend}, {0x0C82, 0x0C83, SpacingMark},
    {0x0CBC, 0x0CBC, Extend}, {0x0CBE, 0x0CBE, SpacingMark}, {0x0CBF, 0x0CBF, Extend}, {0x0CC0, 0x0CC1, SpacingMark},
    {0x0CC2, 0x0CC2, Extend}, {0x0CC3, 0x0CC4, SpacingMark}, {0x0CC6, 0x0CC6, Extend}, {0x0CC7, 0x0CC8, SpacingMark},
    {0x0CCA, 0x0CCB, SpacingMark}, {0x0CCC, 0x0CCD, Extend}, {0x0CD5, 0x0CD6, Extend}, {0x0CE2, 0x0CE3, Extend},
    {0x0D00, 0x0D01, Extend}, {0x0D02, 0x0D03, SpacingMark}, {0x0D3B, 0x0D3C, Extend}, {0x0D3E, 0x0D3E, Extend},
    {0x0D3F, 0x0D40, SpacingMark}, {0x0D41, 0x0D44, Extend}, {0x0D46, 0x0D48, SpacingMark},
    {0x0D4A, 0x0D4C, SpacingMark}, {0x0D4D, 0x0D4D, Extend}, {0x0D4E, 0x0D4E, Prepend}, {0x0D57, 0x0D57, Extend},
    {0x0D62, 0x0D63, Extend}, {0x0D82, 0x0D83, SpacingMark}, {0x0DCA, 0x0DCA, Extend}, {0x0DCF, 0x0DCF, Extend},
    {0x0DD0, 0x0DD1, SpacingMark}, {0x0DD2, 0x0DD4, Extend}, {0x0DD6, 0x0DD6, Extend}, {0x0DD8, 0x0DDE, SpacingMark},
    {0x0DDF, 0x0DDF, Extend}, {0x0DF2, 0x0DF3, SpacingMark}, {0x0E31, 0x0E31, Extend}, {0x0E33, 0x0E33, SpacingMark},
    {0x0E34, 0x0E3A, Extend}, {0x0E47, 0x0E4E, Extend}, {0x0EB1, 0x0EB1, Extend}, {0x0EB3, 0x0EB3, SpacingMark},
    {0x0EB4, 0x0EB9, Extend}, {0x0EBB, 0x0EBC, Extend}, {0x0EC8, 0x0ECD, Extend}, {0x0F18, 0x0F19, Extend},
    {0x0F35, 0x0F35, Extend}, {0x0F37, 0x0F37, Extend}, {0x0F39, 0x0F39, Extend}, {0x0F3E, 0x0F3F, SpacingMark},
    {0x0F71, 0x0F7E, Extend}, {0x0F7F, 0x0F7F, SpacingMark}, {0x0F80, 0x0F84, Extend}, {0x0F86, 0x0F87, Extend},
    {0x0F8D, 0x0F97, Extend}, {0x0F99, 0x0FBC, Extend}, {0x0FC6, 0x0FC6, Extend}, {0x102D, 0x1030, Extend},
    {0x1031, 0x1031, SpacingMark}, {0x1032, 0x1037, Extend}, {0x1039, 0x103A, Extend}, {0x103B, 0x103C, SpacingMark},
    {0x103D, 0x103E, Extend}, {0x1056, 0x1057, SpacingMark}, {0x1058, 0x1059, Extend}, {0x105E, 0x1060, Extend},
    {0x1071, 0x1074, Extend}, {0x1082, 0x1082, Extend}, {0x1084, 0x1084, SpacingMark}, {0x1085, 0x1086, Extend},
    {0x108D, 0x108D, Extend}, {0x109D, 0x109D, Extend}, {0x1100, 0x115F, L}, {0x1160, 0x11A7, V}, {0x11A8, 0x11FF, T},
    {0x135D, 0x135F, Extend}, {0x1712, 0x1714, Extend}, {0x1732, 0x1734, Extend}, {0x1752, 0x1753, Extend},
    {0x1772, 0x1773, Extend}, {0x17B4, 0x17B5, Extend}, {0x17B6, 0x17B6, SpacingMark}, {0x17B7, 0x17BD, Extend},
    {0x17BE, 0x17C5, SpacingMark}, {0x17C6, 0x17C6, Extend}, {0x17C7, 0x17C8, SpacingMark}, {0x17C9, 0x17D3, Extend},
    {0x17DD, 0x17DD, Extend}, {0x180B, 0x180D, Extend}, {0x180E, 0x180E, Control}, {0x1885, 0x1886, Extend},
    {0x18A9, 0x18A9, Extend}, {0x1920, 0x1922, Extend}, {0x1923, 0x1926, SpacingMark}, {0x1927, 0x1928, Extend},
    {0x1929, 0x192B, SpacingMark}, {0x1930, 0x1931, SpacingMark}, {0x1932, 0x1932, Extend},
    {0x1933, 0x1938, SpacingMark}, {0x1939, 0x193B, Extend}, {0x1A17, 0x1A18, Extend}, {0x1A19, 0x1A1A, SpacingMark},
    {0x1A1B, 0x1A1B, Extend}, {0x1A55, 0x1A55, SpacingMark}, {0x1A56, 0x1A56, Extend}, {0x1A57, 0x1A57, SpacingMark},
    {0x1A58, 0x1A5E, Extend}, {0x1A60, 0x1A60, Extend}, {0x1A62, 0x1A62, Extend}, {0x1A65, 0x1A6C, Extend},
    {0x1A6D, 0x1A72, SpacingMark}, {0x1A73, 0x1A7C, Extend}, {0x1A7F, 0x1A7F, Extend}, {0x1AB0, 0x1ABE, Extend},
    {0x1B00, 0x1B03, Extend}, {0x1B04, 0x1B04, SpacingMark}, {0x1B34, 0x1B34, Extend}, {0x1B35, 0x1B35, SpacingMark},
    {0x1B36, 0x1B3A, Extend}, {0x1B3B, 0x1B3B, SpacingMark}, {0x1B3C, 0x1B3C, Extend}, {0x1B3D, 0x1B41, SpacingMark},
    {0x1B42, 0x1B42, Extend}, {0x1B43, 0x1B44, SpacingMark}, {0x1B6B, 0x1B73, Extend}, {0x1B80, 0x1B81, Extend},
    {0x1B82, 0x1B82, SpacingMark}, {0x1BA1, 0x1BA1, SpacingMark}, {0x1BA2, 0x1BA5, Extend},
    {0x1BA6, 0x1BA7, SpacingMark}, {0x1BA8, 0x1BA9, Extend}, {0x1BAA, 0x1BAA, SpacingMark}, {0x1BAB, 0x1BAD, Extend},
    {0x1BE6, 0x1BE6, Extend}, {0x1BE7, 0x1BE7, SpacingMark}, {0x1BE8, 0x1BE9, Extend}, {0x1BEA, 0x1BEC, SpacingMark},
    {0x1BED, 0x1BED, Extend}, {0x1BEE, 0x1BEE, SpacingMark}, {0x1BEF, 0x1BF1, Extend}, {0x1BF2, 0x1BF3, SpacingMark},
    {0x1C24, 0x1C2B, SpacingMark}, {0x1C2C, 0x1C33, Extend}, {0x1C34, 0x1C35, SpacingMark}, {0x1C36, 0x1C37, Extend},
    {0x1CD0, 0x1CD2, Extend}, {0x1CD4, 0x1CE0, Extend}, {0x1CE1, 0x1CE1, SpacingMark}, {0x1CE2, 0x1CE8, Extend},
    {0x1CED, 0x1CED, Extend}, {0x1CF2, 0x1CF3, SpacingMark}, {0x1CF4, 0x1CF4, Extend}, {0x1CF7, 0x1CF7, SpacingMark},
    {0x1CF8, 0x1CF9, Extend}, {0x1DC0, 0x1DF9, Extend}, {0x1DFB, 0x1DFF, Extend}, {0x200B, 0x200B, Control},
    {0x200C, 0x200C, Extend}, {0x200D, 0x200D, Zwj}, {0x200E, 0x200F, Control}, {0x2028, 0x202E, Control},
    {0x2060, 0x206F, Control}, {0x20D0, 0x20F0, Extend}, {0x261D, 0x261D, EBase}, {0x2640, 0x2640, GlueAfterZwj},
    {0x2642, 0x2642, GlueAfterZwj}, {0x2695, 0x2696, GlueAfterZwj}, {0x26F9, 0x26F9, EBase},
    {0x2708, 0x2708, GlueAfterZwj}, {0x270A, 0x270D, EBase}, {0x2764, 0x2764, GlueAfterZwj}, {0x2CEF, 0x2CF1, Extend},
    {0x2D7F, 0x2D7F, Extend}, {0x2DE0, 0x2DFF, Extend}, {0x302A, 0x302F, Extend}, {0x3099, 0x309A, Extend},
    {0xA66F, 0xA672, Extend}, {0xA674, 0xA67D, Extend}, {0xA69E, 0xA69F, Extend}, {0xA6F0, 0xA6F1, Extend},
    {0xA802, 0xA802, Extend}, {0xA806, 0xA806, Extend}, {0xA80B, 0xA80B, Extend}, {0xA823, 0xA824, SpacingMark},
    {0xA825, 0xA826, Extend}, {0xA827, 0xA827, SpacingMark}, {0xA880, 0xA881, SpacingMark},
    {0xA8B4, 0xA8C3, SpacingMark}, {0xA8C4, 0xA8C5, Extend}, {0xA8E0, 0xA8F1, Extend}, {0xA926, 0xA92D, Extend},
    {0xA947, 0xA951, Extend}, {0xA952, 0xA953, SpacingMark}, {0xA960, 0xA97C, L}, {0xA980, 0xA982, Extend},
    {0xA983, 0xA983, SpacingMark}, {0xA9B3, 0xA9B3, Extend}, {0xA9B4, 0xA9B5, SpacingMark}, {0xA9B6, 0xA9B9, Extend},
    {0xA9BA, 0xA9BB, SpacingMark}, {0xA9BC, 0xA9BC, Extend}, {0xA9BD, 0xA9C0, SpacingMark}, {0xA9E5, 0xA9E5, Extend},
    {0xAA29, 0xAA2E, Extend}, {0xAA2F, 0xAA30, SpacingMark}, {0xAA31, 0xAA32, Extend}, {0xAA33, 0xAA34, SpacingMark},
    {0xAA35, 0xAA36, Extend}, {0xAA43, 0xAA43, Extend}, {0xAA4C, 0xAA4C, Extend}, {0xAA4D, 0xAA4D, SpacingMark},
    {0xAA7C, 0xAA7C, Extend}, {0xAAB0, 0xAAB0, Extend}, {0xAAB2, 0xAAB4, Extend}, {0xAAB7, 0xAAB8, Extend},
    {0xAABE, 0xAABF, Extend}, {0xAAC1, 0xAAC1, Extend}, {0xAAEB, 0xAAEB, SpacingMark}, {0xAAEC, 0xAAED, Extend},
    {0xAAEE, 0xAAEF, SpacingMark}, {0xAAF5, 0xAAF5, SpacingMark}, {0xAAF6, 0xAAF6, Extend},
    {0xABE3, 0xABE4, SpacingMark}, {0xABE5, 0xABE5, Extend}, {0xABE6, 0xABE7, SpacingMark}, {0xABE8, 0xABE8, Extend},
    {0xABE9, 0xABEA, SpacingMark}, {0xABEC, 0xABEC, SpacingMark}, {0xABED, 0xABED, Extend}, {0xD7B0, 0xD7C6, V},
    {0xD7CB, 0xD7FB, T}, {0xD800, 0xDFFF, Control}, {0xFB1E, 0xFB1E, Extend}, {0xFE00, 0xFE0F, Extend},
    {0xFE20, 0xFE2F, Extend}, {0xFEFF, 0xFEFF, Control}, {0xFF9E, 0xFF9F, Extend}, {0xFFF0, 0xFFFB, Control},
    {0x101FD, 0x101FD, Extend}, {0x102E0, 0x102E0, Extend}, {0x10376, 0x1037A, Extend}, {0x10A01, 0x10A03, Extend},
    {0x10A05, 0x10A06, Extend}, {0x10A0C, 0x10A0F, Extend}, {0x10A38, 0x10A3A, Extend}, {0x10A3F, 0x10A3F, Extend},
    {0x10AE5, 0x10AE6, Extend}, {0x11000, 0x11000, SpacingMark}, {0x11001, 0x11001, Extend},
    {0x11002, 0x11002, SpacingMark}, {0x11038, 0x11046, Extend}, {0x1107F, 0x11081, Extend},
    {0x11082, 0x11082, SpacingMark}, {0x110B0, 0x110B2, SpacingMark}, {0x110B3, 0x110B6, Extend},
    {0x110B7, 0x110B8, SpacingMark}, {0x110B9, 0x110BA, Extend}, {0x110BD, 0x110BD, Prepend},
    {0x11100, 0x11102, Extend}, {0x11127, 0x1112B, Extend}, {0x1112C, 0x1112C, SpacingMark},
    {0x1112D, 0x11134, Extend}, {0x11173, 0x11173, Extend}, {0x11180, 0x11181, Extend},
    {0x11182, 0x11182, SpacingMark}, {0x111B3, 0x111B5, SpacingMark}, {0x111B6, 0x111BE, Extend},
    {0x111BF, 0x111C0, SpacingMark}, {0x111C2, 0x111C3, Prepend}, {0x111CA, 0x111CC, Extend},
    {0x1122C, 0x1122E, SpacingMark}, {0x1122F, 0x11231, Extend}, {0x11232, 0x11233, SpacingMark},
    {0x11234, 0x11234, Extend}, {0x11235, 0x11235, SpacingMark}, {0x11236, 0x11237, Extend},
    {0x1123E, 0x1123E, Extend}, {0x112DF, 0x112DF, Extend}, {0x112E0, 0x112E2, SpacingMark},
    {0x112E3, 0x112EA, Extend}, {0x11300, 0x11301, Extend}, {0x11302, 0x11303, SpacingMark},
    {0x1133C, 0x1133C, Extend}, {0x1133E, 0x1133E, Extend}, {0x1133F, 0x1133F, SpacingMark},
    {0x11340, 0x11340, Extend}, {0x11341, 0x11344, SpacingMark}, {0x11347, 0x11348, SpacingMark},
    {0x1134B, 0x1134D, SpacingMark}, {0x11357, 0x11357, Extend}, {0x11362, 0x11363, SpacingMark},
    {0x11366, 0x1136C, Extend}, {0x11370, 0x11374, Extend}, {0x11435, 0x11437, SpacingMark},
    {0x11438, 0x1143F, Extend}, {0x11440, 0x11441, SpacingMark}, {0x11442, 0x11444, Extend},
    {0x11445, 0x11445, SpacingMark}, {0x11446, 0x11446, Extend}, {0x114B0, 0x114B0, Extend},
    {0x114B1, 0x114B2, SpacingMark}, {0x114B3, 0x114B8, Extend}, {0x114B9, 0x114B9, SpacingMark},
    {0x114BA, 0x114BA, Extend}, {0x114BB, 0x114BC, SpacingMark}, {0x114BD, 0x114BD, Extend},
    {0x114BE, 0x114BE, SpacingMark}, {0x114BF, 0x114C0, Extend}, {0x114C1, 0x114C1, SpacingMark},
    {0x114C2, 0x114C3, Extend}, {0x115AF, 0x115AF, Extend}, {0x115B0, 0x115B1, SpacingMark},
    {0x115B2, 0x115B5, Extend}, {0x115B8, 0x115BB, SpacingMark}, {0x115BC, 0x115BD, Extend},
    {0x115BE, 0x115BE, SpacingMark}, {0x115BF, 0x115C0, Extend}, {0x115DC, 0x115DD, Extend},
    {0x11630, 0x11632, SpacingMark}, {0x11633, 0x1163A, Extend}, {0x1163B, 0x1163C, SpacingMark},
    {0x1163D, 0x1163D, Extend}, {0x1163E, 0x1163E, SpacingMark}, {0x1163F, 0x11640, Extend},
    {0x116AB, 0x116AB, Extend}, {0x116AC, 0x116AC, SpacingMark}, {0x116AD, 0x116AD, Extend},
    {0x116AE, 0x116AF, SpacingMark}, {0x116B0, 0x116B5, Extend}, {0x116B6, 0x116B6, SpacingMark},
    {0x116B7, 0x116B7, Extend}, {0x1171D, 0x1171F, Extend}, {0x11720, 0x11721, SpacingMark},
    {0x11722, 0x11725, Extend}, {0x11726, 0x11726, SpacingMark}, {0x11727, 0x1172B, Extend},
    {0x11A01, 0x11A06, Extend}, {0x11A07, 0x11A08, SpacingMark}, {0x11A09, 0x11A0A, Extend},
    {0x11A33, 0x11A38, Extend}, {0x11A39, 0x11A39, SpacingMark}, {0x11A3A, 0x11A3A, Prepend},
    {0x11A3B, 0x11A3E, Extend}, {0x11A47, 0x11A47, Extend}, {0x11A51, 0x11A56, Extend},
    {0x11A57, 0x11A58, SpacingMark}, {0x11A59, 0x11A5B, Extend}, {0x11A86, 0x11A89, Prepend},
    {0x11A8A, 0x11A96, Extend}, {0x11A97, 0x11A97, SpacingMark}, {0x11A98, 0x11A99, Extend},
    {0x11C2F, 0x11C2F, SpacingMark}, {0x11C30, 0x11C36, Extend}, {0x11C38, 0x11C3D, Extend},
    {0x11C3E, 0x11C3E, SpacingMark}, {0x11C3F, 0x11C3F, Extend}, {0x11C92, 0x11CA7, Extend},
    {0x11CA9, 0x11CA9, SpacingMark}, {0x11CAA, 0x11CB0, Extend}, {0x11CB1, 0x11CB1, SpacingMark},
    {0x11CB2, 0x11CB3, Extend}, {0x11CB4, 0x11CB4, SpacingMark}, {0x11CB5, 0x11CB6, Extend},
    {0x11D31, 0x11D36, Extend}, {0x11D3A, 0x11D3A, Extend}, {0x11D3C, 0x11D3D, Extend}, {0x11D3F, 0x11D45, Extend},
    {0x11D46, 0x11D46, Prepend}, {0x11D47, 0x11D47, Extend}, {0x16AF0, 0x16AF4, Extend}, {0x16B30, 0x16B36, Extend},
    {0x16F51, 0x16F7E, SpacingMark}, {0x16F8F, 0x16F92, Extend}, {0x1BC9D, 0x1BC9E, Extend},
    {0x1BCA0, 0x1BCA3, Control}, {0x1D165, 0x1D165, Extend}, {0x1D166, 0x1D166, SpacingMark},
    {0x1D167, 0x1D169, Extend}, {0x1D16D, 0x1D16D, SpacingMark}, {0x1D16E, 0x1D172, Extend},
    {0x1D173, 0x1D17A, Control}, {0x1D17B, 0x1D182, Extend}, {0x1D185, 0x1D18B, Extend}, {0x1D1AA, 0x1D1AD, Extend},
    {0x1D242, 0x1D244, Extend}, {0x1DA00, 0x1DA36, Extend}, {0x1DA3B, 0x1DA6C, Extend}, {0x1DA75, 0x1DA75, Extend},
    {0x1DA84, 0x1DA84, Extend}, {0x1DA9B, 0x1DA9F, Extend}, {0x1DAA1, 0x1DAAF, Extend}, {0x1E000, 0x1E006, Extend},
    {0x1E008, 0x1E018, Extend}, {0x1E01B, 0x1E021, Extend}, {0x1E023, 0x1E024, Extend}, {0x1E026, 0x1E02A, Extend},
    {0x1E8D0, 0x1E8D6, Extend}, {0x1E944, 0x1E94A, Extend}, {0x1F1E6, 0x1F1FF, RegionalIndicator},
    {0x1F308, 0x1F308, GlueAfterZwj}, {0x1F33E, 0x1F33E, GlueAfterZwj}, {0x1F373, 0x1F373, GlueAfterZwj},
    {0x1F385, 0x1F385, EBase}, {0x1F393, 0x1F393, GlueAfterZwj}, {0x1F3A4, 0x1F3A4, GlueAfterZwj},
    {0x1F3A8, 0x1F3A8, GlueAfterZwj}, {0x1F3C2, 0x1F3C4, EBase}, {0x1F3C7, 0x1F3C7, EBase}, {0x1F3CA, 0x1F3CC, EBase},
    {0x1F3EB, 0x1F3EB, GlueAfterZwj}, {0x1F3ED, 0x1F3ED, GlueAfterZwj}, {0x1F3FB, 0x1F3FF, EModifier},
    {0x1F442, 0x1F443, EBase}, {0x1F446, 0x1F450, EBase}, {0x1F466, 0x1F469, EBaseGaz}, {0x1F46E, 0x1F46E, EBase},
    {0x1F470, 0x1F478, EBase}, {0x1F47C, 0x1F47C, EBase}, {0x1F481, 0x1F483, EBase}, {0x1F485, 0x1F487, EBase},
    {0x1F48B, 0x1F48B, GlueAfterZwj}, {0x1F4AA, 0x1F4AA, EBase}, {0x1F4BB, 0x1F4BC, GlueAfterZwj},
    {0x1F527, 0x1F527, GlueAfterZwj}, {0x1F52C, 0x1F52C, GlueAfterZwj}, {0x1F574, 0x1F575, EBase},
    {0x1F57A, 0x1F57A, EBase}, {0x1F590, 0x1F590, EBase}, {0x1F595, 0x1F596, EBase}, {0x1F5E8, 0x1F5E8, GlueAfterZwj},
    {0x1F645, 0x1F647, EBase}, {0x1F64B, 0x1F64F, EBase}, {0x1F680, 0x1F680, GlueAfterZwj},
    {0x1F692, 0x1F692, GlueAfterZwj}, {0x1F6A3, 0x1F6A3, EBase}, {0x1F6B4, 0x1F6B6, EBase}, {0x1F6C0, 0x1F6C0, EBase},
    {0x1F6CC, 0x1F6CC, EBase}, {0x1F918, 0x1F91C, EBase}, {0x1F91E, 0x1F91F, EBase}, {0x1F926, 0x1F926, EBase},
    {0x1F930, 0x1F939, EBase}, {0x1F93D, 0x1F93E, EBase}, {0x1F9D1, 0x1F9DD, EBase}, {0xE0000, 0xE001F, Control},
    {0xE0020, 0xE007F, Extend}, {0xE0080, 0xE00FF, Control}, {0xE0100, 0xE01EF, Extend}, {0xE01F0, 0xE0FFF, Control},
};
// clang-format on

GraphemeBreak graphemeBreak(char32_t cp)
{
    if (cp >= 0x20 && cp < 0x7F)
        return Other;
    if (cp >= 0xAC00 && cp <= 0xD7A3)
        return (cp - 0xAC00) % 28 == 0 ? LV : LVT;
    const auto begin = std::begin(kBreakRanges);
    const auto it = std::upper_bound(
        begin, std::end(kBreakRanges), cp, [](char32_t v, const BreakRange& r) { return v < r.first; });
    if (it == begin)
        return Other;
    const BreakRange& r = *(it - 1);
    return cp <= r.last ? r.property : Other;
}

inline bool startsSurrogatePair(const char16_t* s, qsizetype n, qsizetype i)
{
    return i + 1 < n && QChar::isHighSurrogate(s[i]) && QChar::isLowSurrogate(s[i + 1]);
}

// grapheme-splitter's codePointAt(): a lone surrogate stands for itself.
char32_t codePointAt(const char16_t* s, qsizetype n, qsizetype i)
{
    if (startsSurrogatePair(s, n, i))
        return QChar::surrogateToUcs4(s[i], s[i + 1]);
    if (i >= 1 && QChar::isLowSurrogate(s[i]) && QChar::isHighSurrogate(s[i - 1]))
        return QChar::surrogateToUcs4(s[i - 1], s[i]);
    return s[i];
}

/// grapheme-splitter's shouldBreak(start, mid, end), which looks at the whole cluster so far ("mid"). Rather than
/// rescan it for every code point, this keeps the few facts the function actually reads, so a long run of
/// combining marks stays linear. Its rules are transcribed as written, including their departures from UAX #29:
/// the "lookahead terminators" for GB10 and GB12/13 below, and a GB10 that only looks one Extend back.
class ClusterState
{
public:
    explicit ClusterState(GraphemeBreak start)
        : m_start(start)
        , m_previous(start)
        , m_hasExtend(start == Extend)
    { }

    bool shouldBreak(GraphemeBreak next) const
    {
        // Lookahead terminator for GB10: an E_Modifier reached over Extends only, not after an emoji base.
        if (m_size >= 1 && m_start != Extend && m_start != EBase && m_start != EBaseGaz) {
            if (next == EModifier ? m_leadingExtends == m_size
                                  : m_lastEModifier >= 1 && m_leadingExtends >= m_lastEModifier)
                return true;
        }
        // Lookahead terminator for GB12/13 (both of its results are breaks).
        if (next == RegionalIndicator) {
            if (m_size == 0 && m_start != Prepend && m_start != RegionalIndicator)
                return true;
        } else if (m_lastRegional >= 0 && m_leadingRegionals == m_lastRegional + 1 && m_lastRegional < m_size - 1
            && m_previous != Prepend) {
            return true;
        }
        if (m_previous == CR && next == LF) // GB3
            return false;
        if (m_previous == Control || m_previous == CR || m_previous == LF) // GB4
            return true;
        if (next == Control || next == CR || next == LF) // GB5
            return true;
        if (m_previous == L && (next == L || next == V || next == LV || next == LVT)) // GB6
            return false;
        if ((m_previous == LV || m_previous == V) && (next == V || next == T)) // GB7
            return false;
        if ((m_previous == LVT || m_previous == T) && next == T) // GB8
            return false;
        if (next == Extend || next == Zwj || next == SpacingMark || m_previous == Prepend) // GB9, GB9a, GB9b
            return false;
        // GB10 as written: the code point before the last Extend (or the previous one, if there is no Extend at all)
        // is an emoji base and only Extends follow it.
        if (next == EModifier) {
            const GraphemeBreak base = m_hasExtend ? (m_previous == Extend ? m_beforePrevious : Other) : m_previous;
            if (base == EBase || base == EBaseGaz)
                return false;
        }
        if (m_previous == Zwj && (next == GlueAfterZwj || next == EBaseGaz)) // GB11
            return false;
        if (m_lastRegional >= 0) // GB12/13: a regional indicator anywhere in the cluster so far
            return true;
        if (m_previous == RegionalIndicator && next == RegionalIndicator)
            return false;
        return true; // GB999
    }

    void append(GraphemeBreak p)
    {
        if (p == Extend) {
            m_hasExtend = true;
            if (m_leadingExtends == m_size)
                ++m_leadingExtends;
        }
        if (p == RegionalIndicator) {
            if (m_leadingRegionals == m_size)
                ++m_leadingRegionals;
            m_lastRegional = m_size;
        }
        if (p == EModifier)
            m_lastEModifier = m_size;
        m_beforePrevious = m_previous;
        m_previous = p;
        ++m_size;
    }

private:
    GraphemeBreak m_start;
    GraphemeBreak m_previous;
    GraphemeBreak m_beforePrevious = Other; // none yet: Other never matches what it is compared with
    bool m_hasExtend;
    // About "mid", the code points after the first: its size, its leading runs, its last E_Modifier and RI.
    qsizetype m_size = 0;
    qsizetype m_leadingExtends = 0;
    qsizetype m_leadingRegionals = 0;
    qsizetype m_lastEModifier = -1;
    qsizetype m_lastRegional = -1;
};

/// grapheme-splitter's nextBreak(): the end of the cluster that starts at \a index. \a property is the break property
/// of the code point at \a index on entry and that of the code point at the returned break on exit, so that each code
/// point is looked up once.
qsizetype nextGraphemeBreak(const char16_t* s, qsizetype n, qsizetype index, GraphemeBreak& property)
{
    if (index >= n - 1)
        return n;
    ClusterState state(property);
    for (qsizetype i = index + 1; i < n; ++i) {
        if (startsSurrogatePair(s, n, i - 1))
            continue;
        const GraphemeBreak next = graphemeBreak(codePointAt(s, n, i));
        if (state.shouldBreak(next)) {
            property = next;
            return i;
        }
        state.append(next);
    }
    return n;
}

/// The reference's _buildSegments(), in units instead of bits. Characters fill a segment until the next one does
/// not fit; it then opens a segment, whatever the size of that character (one larger than a segment overfills it,
/// as in the reference). When the second segment opens, the first gets its header too, and the characters it no
/// longer has room for move over, ahead of the new one.
class Segmenter
{
public:
    Segmenter(int single, int split)
        : m_single(single)
        , m_split(split)
    { }

    void add(int units)
    {
        if ((m_segments == 1 ? m_single : m_split) - m_used < units) {
            int moved = 0;
            if (m_segments == 1) {
                while (m_used > m_split) {
                    m_tailEnd = (m_tailEnd + kTail - 1) % kTail;
                    m_used -= m_tail[m_tailEnd];
                    moved += m_tail[m_tailEnd];
                }
            }
            ++m_segments;
            m_used = moved;
        }
        m_used += units;
        if (m_segments == 1) {
            m_tail[m_tailEnd] = units;
            m_tailEnd = (m_tailEnd + 1) % kTail;
        }
    }

    void fill(SegmentInfo& info) const
    {
        info.segments = m_segments;
        info.unitsInLastSegment = m_used;
        info.unitsPerSegment = m_segments == 1 ? m_single : m_split;
    }

private:
    // The first segment's last characters, in case they must move: every character is at least one unit, so at
    // most single - split (7) of them do.
    static constexpr int kTail = 8;

    int m_single;
    int m_split;
    int m_segments = 1;
    int m_used = 0;
    std::array<int, kTail> m_tail {};
    int m_tailEnd = 0;
};

} // namespace

QString SegmentInfo::encodingName() const
{
    return encoding == Encoding::Gsm7 ? QStringLiteral("GSM-7") : QStringLiteral("UCS-2");
}

QString SegmentCalculator::applySmartEncoding(const QString& body)
{
    const char16_t* s = reinterpret_cast<const char16_t*>(body.utf16());
    const qsizetype n = body.size();
    qsizetype i = 0;
    while (i < n && !smartReplacement(s[i]))
        ++i;
    if (i == n)
        return body;
    // Every key is one UTF-16 code unit outside the surrogates, so replacing code units is the reference's
    // replacing of code points.
    QString out;
    out.reserve(n + 16);
    out.append(QStringView(s, i));
    for (; i < n; ++i) {
        if (const SmartReplacement* r = smartReplacement(s[i]))
            out.append(r->to);
        else
            out.append(QChar(s[i]));
    }
    return out;
}

SegmentInfo SegmentCalculator::analyze(const QString& body, bool smartEncoding)
{
    SegmentInfo info;
    info.smartEncodedBody = smartEncoding ? applySmartEncoding(body) : body;
    const char16_t* s = reinterpret_cast<const char16_t*>(info.smartEncodedBody.utf16());
    const qsizetype n = info.smartEncodedBody.size();

    // Every GSM-7 character is a cluster of its own (the only pair, CR LF, the reference splits again), so the
    // message is GSM-7 exactly when each code unit is, and then clusters need not be computed.
    const bool gsm7 = std::all_of(s, s + n, [](char16_t c) { return gsm7Septets(c) != 0; });
    if (gsm7) {
        Segmenter segmenter(kGsm7Single, kGsm7Split);
        for (qsizetype i = 0; i < n; ++i) {
            const int septets = gsm7Septets(s[i]);
            info.characters += septets;
            segmenter.add(septets);
        }
        segmenter.fill(info);
        return info;
    }

    info.encoding = SegmentInfo::Encoding::Ucs2;
    Segmenter segmenter(kUcs2Single, kUcs2Split);
    // The culprits listed so far: a bit per code unit for the usual one-unit clusters, a set for longer ones.
    std::bitset<0x10000> seenUnits;
    QSet<QStringView> seenClusters;
    GraphemeBreak property = graphemeBreak(codePointAt(s, n, 0));
    for (qsizetype b = 0; b < n;) {
        const qsizetype e = nextGraphemeBreak(s, n, b, property);
        const QStringView cluster(s + b, e - b);
        b = e;
        if (cluster.size() == 2 && cluster[0] == u'\r' && cluster[1] == u'\n') {
            // The reference's splitGraphemes() makes two characters of it again.
            info.characters += 2;
            segmenter.add(1);
            segmenter.add(1);
            continue;
        }
        // In UCS-2 every code unit takes 16 bits, GSM-7 characters included.
        ++info.characters;
        segmenter.add(int(cluster.size()));
        if (cluster.size() == 1) {
            const char16_t c = cluster[0].unicode();
            if (gsm7Septets(c) != 0 || seenUnits.test(c))
                continue;
            seenUnits.set(c);
        } else {
            if (seenClusters.contains(cluster))
                continue;
            seenClusters.insert(cluster);
        }
        info.nonGsmCharacters.append(cluster.toString());
    }
    segmenter.fill(info);
    return info;
}

QString SegmentCalculator::counterText(const SegmentInfo& info)
{
    // Two sentences rather than %n: there is no English translation to turn "segment(s)" into proper plurals.
    if (info.segments == 1)
        return tr("%1/%2 · 1 segment").arg(info.unitsInLastSegment).arg(info.unitsPerSegment);
    return tr("%1/%2 · %3 segments").arg(info.unitsInLastSegment).arg(info.unitsPerSegment).arg(info.segments);
}

} // namespace textbench
