// SPDX-License-Identifier: GPL-3.0-or-later
// Generates the segment-calculator corpus: several thousand message bodies, each run through Twilio's own calculator
// (npm sms-segments-calculator) without and with smart encoding. tst_segments_conformance checks that
// textbench::SegmentCalculator gives the same answers for every one of them.
//
//   node corpus.mjs OUTPUT.json
//
// The package is resolved from the working directory, then NODE_PATH (run.sh runs this from the directory that
// npm-install.sh prints). The corpus is deterministic: a fixed seed, no clock, no locale.
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

const output = process.argv[2];
if (!output) {
    process.stderr.write('usage: node corpus.mjs OUTPUT.json\n');
    process.exit(2);
}

const require = createRequire(join(process.cwd(), 'corpus.cjs'));
const { SegmentedMessage } = require('sms-segments-calculator');

// Every key of the reference's smart-encoding table, so each replacement is exercised; a short list of our own if a
// later version moves the file (the corpus then still covers the usual suspects).
let smartKeys;
let smartKeysAreExact = true;
try {
    smartKeys = Object.keys(require('sms-segments-calculator/dist/libs/SmartEncodingMap.js').default);
} catch {
    smartKeys = [...'\u201c\u201d\u2018\u2019\u2013\u2014\u2026\u00a0\u00ab\u00bb\u2022\u2039\u203a\u00bd\t\u200b'];
    smartKeysAreExact = false;
}
const smartKeySet = new Set(smartKeys);

// mulberry32: small, fast and the same everywhere.
let seed = 0x5e9c0de;
function random() {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = seed;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const int = (n) => Math.floor(random() * n);
const pick = (list) => list[int(list.length)];
const randomText = (pool, length) => Array.from({ length }, () => pick(pool)).join('');
// Mostly up to three or four segments, sometimes up to the 1600 limit: the reference takes time quadratic in the
// length (about 15 ms for 1600 characters), and the edges repeat from the second segment on anyway.
const randomLength = () => 1 + int(random() < 0.15 ? 1600 : 480);

// Alphabets. GSM-7 is written out here (GSM 03.38 as the reference has it) rather than read from the reference, so
// that a disagreement about the alphabet itself shows up as well.
const gsmBasic = [
    ...'@£$¥èéùìòÇØøÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?',
    ...'¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà',
    '\n',
    '\r',
];
const gsmExtension = [...'^{}\\[~]|€', '\f'];
const latinNotGsm = [...'`áíóúâêîôûãõçÁÍÓÚÂÊÔ°±²³µ¶·¹º¢©®'];
const cyrillic = [...'абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ'];
const cjk = Array.from({ length: 400 }, (_, i) => String.fromCodePoint(0x4e00 + i * 37));
const emoji = [
    '👍', '😀', '🎉', '🚀', '🙂', '\u2764\ufe0f', '👍🏽', '👩🏿', '👨\u200d👩\u200d👧\u200d👦', '👩\u200d🚀',
    '🏳\ufe0f\u200d🌈', '🇫🇷', '🇩🇪', '1\ufe0f\u20e3', '☺', '✌🏻', '𝄞', '🀄',
];
// Code points of every grapheme-break class the reference's splitter knows (Unicode 10), for clusters of all shapes.
const clusterPool = [
    '\r', '\n', '\u0001', '\u00ad', // CR, LF, Control
    '\u0301', '\u0308', '\u20e3', '\ufe0f', '\u200c', // Extend
    '\u{1f1eb}', '\u{1f1f7}', '\u{1f1e9}', // Regional indicators
    '\u0903', '\u093e', '\u0e33', // SpacingMark
    '\u1100', '\u1161', '\u11a8', '\uac00', '\uac01', // Hangul L, V, T, LV, LVT
    '\u0600', '\u0d4e', // Prepend
    '\u261d', '\u{1f44d}', '\u{1f3c3}', // E_Base
    '\u{1f3fb}', '\u{1f3fd}', // E_Modifier
    '\u200d', // ZWJ
    '\u2764', '\u{1f680}', '\u{1f308}', // Glue_After_Zwj
    '\u{1f466}', '\u{1f469}', // E_Base_GAZ
    'a', 'e', '€', 'ж', '中', '\u0915', // Other
];

const bodies = [];
const add = (body) => bodies.push(body);
const repeat = (s, n) => s.repeat(Math.max(0, n));

// The shared document's examples, and the empty body.
add('');
add(repeat('a', 160));
add(repeat('a', 161));
add('Hi 👍');
add(repeat('a', 159) + '€');
add(repeat('ж', 70));
add(repeat('ж', 71));
add(repeat('👍', 67));
add('“quotes”');
add(repeat('a', 1600));

// GSM-7: lengths on and around every segment edge, then random lengths.
for (const n of [1, 2, 152, 153, 154, 159, 160, 161, 305, 306, 307, 458, 459, 460, 461, 1529, 1530, 1531, 1599, 1600])
    add(randomText(gsmBasic, n));
for (let i = 0; i < 150; ++i)
    add(randomText(gsmBasic, randomLength()));

// Extension characters exactly on the edges: a pair must never be split, so 152 + one extension character already
// needs the next segment once split.
for (const ext of gsmExtension) {
    for (const at of [151, 152, 153, 154, 158, 159, 160, 161, 304, 305, 306, 307]) {
        add(randomText(gsmBasic, at) + ext);
        add(randomText(gsmBasic, at) + ext + randomText(gsmBasic, 1));
        add(randomText(gsmBasic, at) + ext + randomText(gsmBasic, int(200)));
    }
}
for (const n of [76, 77, 79, 80, 81, 152, 153, 154])
    add(randomText(gsmExtension, n));
for (let i = 0; i < 150; ++i)
    add(randomText([...gsmBasic, ...gsmBasic, ...gsmExtension], randomLength()));
// CR LF, which the reference splits back into two characters.
for (const at of [0, 1, 158, 159, 160, 152, 153]) {
    add(repeat('a', at) + '\r\n' + repeat('b', 5));
    add(repeat('ж', Math.min(at, 69)) + '\r\n' + repeat('b', 5));
}

// UCS-2: Cyrillic and CJK on and around the edges (70 alone, 67 once split), then random lengths.
for (const pool of [cyrillic, cjk]) {
    for (const n of [1, 66, 67, 68, 69, 70, 71, 133, 134, 135, 200, 201, 202, 1600])
        add(randomText(pool, n));
    for (let i = 0; i < 100; ++i)
        add(randomText(pool, randomLength()));
}
// One non-GSM character in GSM text switches everything.
for (let i = 0; i < 200; ++i) {
    const text = randomText(gsmBasic, 1 + int(400));
    const at = int(text.length + 1);
    add(text.slice(0, at) + pick([...latinNotGsm, ...cyrillic, ...emoji]) + text.slice(at));
}

// Emoji (surrogate pairs, sequences) exactly on the UCS-2 edges: a pair or a cluster never straddles two segments.
for (const e of emoji) {
    for (const at of [64, 65, 66, 67, 68, 69, 70, 71, 131, 132, 133, 134, 135]) {
        add(repeat('ж', at) + e);
        add(repeat('ж', at) + e + 'ж');
        add(repeat('a', at) + e + randomText(gsmBasic, int(100)));
    }
}
for (const n of [1, 33, 34, 35, 36, 66, 67, 68, 69, 70, 71, 800])
    add(repeat('👍', n));
for (let i = 0; i < 150; ++i)
    add(randomText([...emoji, ...cyrillic, ...gsmBasic], randomLength()));

// Smart encoding: every replacement alone and on an edge, then random text full of look-alikes.
for (const key of smartKeys) {
    add(key);
    add(repeat('a', 159) + key);
    add(repeat('a', 152) + key + 'b');
}
for (let i = 0; i < 200; ++i)
    add(randomText([...gsmBasic, ...gsmBasic, ...smartKeys, ...gsmExtension], i % 3 ? 1 + int(200) : randomLength()));
for (let i = 0; i < 100; ++i)
    add(randomText([...gsmBasic, ...smartKeys, ...cyrillic, ...emoji], 1 + int(400)));

// Clusters larger than what is left of a segment, or than a whole segment: combining marks piled on one letter.
for (const before of [0, 1, 3, 60, 66, 69, 70, 150])
    for (const marks of [1, 2, 65, 66, 67, 68, 69, 70, 71, 100, 200])
        add(repeat('a', before) + 'e' + repeat('\u0301', marks) + 'z');
// Every grapheme-break class in random order, including lone surrogates.
for (let i = 0; i < 800; ++i) {
    const pool = i % 10 === 0 ? [...clusterPool, '\ud83d', '\udc4d', '\udfff'] : clusterPool;
    add(randomText(pool, 1 + int(i % 4 ? 40 : 300)));
}

// Exactly 1600 characters (UTF-16 units), of each kind.
add(randomText(gsmBasic, 1600));
add(randomText(gsmBasic, 1599) + '€');
add(randomText(cyrillic, 1600));
add(repeat('😀', 800));
add(randomText([...gsmBasic, ...cyrillic], 1600));

function analyze(body, smart) {
    const message = new SegmentedMessage(body, 'auto', smart);
    const last = message.segments[message.segments.length - 1];
    return {
        body,
        smart,
        encoding: message.encodingName,
        segments: message.segmentsCount,
        characters: message.numberOfCharacters,
        nonGsm: [...new Set(message.getNonGsmCharacters())],
        lastSegmentUnits: last.messageSizeInBits() / (message.encodingName === 'GSM-7' ? 7 : 16),
    };
}

// The reference is slow (about 15 ms for 1600 characters), so when smart encoding cannot change a body its answer
// without is reused for the entry with: the reference maps code point by code point, and none of these is a key.
// Both entries still go through both paths of ours.
const entries = [];
for (const body of bodies) {
    const plain = analyze(body, false);
    entries.push(plain);
    const unchanged = smartKeysAreExact && ![...body].some((c) => smartKeySet.has(c));
    entries.push(unchanged ? { ...plain, smart: true } : analyze(body, true));
}

// Pure ASCII, every other code unit as \uXXXX: nothing is left to a UTF-8 decoder, which might drop a U+FEFF at the
// start of a string or replace a lone surrogate.
const ascii = (json) => json.replace(/[\u007f-\uffff]/g, (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'));
writeFileSync(output, '[\n' + entries.map((e) => ascii(JSON.stringify(e))).join(',\n') + '\n]\n');
process.stderr.write(`corpus.mjs: ${entries.length} entries (${bodies.length} bodies) written to ${output}\n`);
