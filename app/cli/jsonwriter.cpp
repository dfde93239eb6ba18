// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonwriter.h"

#include <QCborValue>
#include <QLocale>

#include <cmath>
#include <cstring>

namespace textbench::cli {

namespace {

char hexDigit(unsigned v)
{
    return char(v < 10 ? '0' + v : 'a' + (v - 10));
}

char* escapeUnit(char* p, char16_t u)
{
    // As Qt writes a control character or a lone surrogate: \u and four lowercase hex digits.
    *p++ = '\\';
    *p++ = 'u';
    *p++ = hexDigit((u >> 12) & 0xf);
    *p++ = hexDigit((u >> 8) & 0xf);
    *p++ = hexDigit((u >> 4) & 0xf);
    *p++ = hexDigit(u & 0xf);
    return p;
}

void appendLiteral(QByteArray& out, const char* text)
{
    out.append(text, qsizetype(std::strlen(text)));
}

} // namespace

void JsonWriter::appendIndent(QByteArray& out, int indent)
{
    if (indent > 0)
        out.append(qsizetype(4) * indent, ' ');
}

void JsonWriter::appendString(QByteArray& out, QStringView text)
{
    const qsizetype start = out.size();
    // At most six bytes a UTF-16 unit (\u001f, or a lone surrogate escaped), and the quotes. resize() grows the
    // buffer geometrically and keeps its capacity when it shrinks again below.
    out.resize(start + 2 + 6 * text.size());
    char* const begin = out.data() + start;
    char* p = begin;
    *p++ = '"';
    const char16_t* src = text.utf16();
    const char16_t* const end = src + text.size();
    while (src != end) {
        const char16_t u = *src++;
        if (u < 0x80) {
            if (u >= 0x20 && u != u'"' && u != u'\\') {
                *p++ = char(u);
                continue;
            }
            switch (u) {
            case u'"':
                *p++ = '\\';
                *p++ = '"';
                break;
            case u'\\':
                *p++ = '\\';
                *p++ = '\\';
                break;
            case u'\b':
                *p++ = '\\';
                *p++ = 'b';
                break;
            case u'\f':
                *p++ = '\\';
                *p++ = 'f';
                break;
            case u'\n':
                *p++ = '\\';
                *p++ = 'n';
                break;
            case u'\r':
                *p++ = '\\';
                *p++ = 'r';
                break;
            case u'\t':
                *p++ = '\\';
                *p++ = 't';
                break;
            default:
                p = escapeUnit(p, u);
            }
        } else if (u < 0x800) {
            *p++ = char(0xc0 | (u >> 6));
            *p++ = char(0x80 | (u & 0x3f));
        } else if (!QChar::isSurrogate(u)) {
            *p++ = char(0xe0 | (u >> 12));
            *p++ = char(0x80 | ((u >> 6) & 0x3f));
            *p++ = char(0x80 | (u & 0x3f));
        } else if (QChar::isHighSurrogate(u) && src != end && QChar::isLowSurrogate(*src)) {
            const char32_t c = QChar::surrogateToUcs4(u, *src++);
            *p++ = char(0xf0 | (c >> 18));
            *p++ = char(0x80 | ((c >> 12) & 0x3f));
            *p++ = char(0x80 | ((c >> 6) & 0x3f));
            *p++ = char(0x80 | (c & 0x3f));
        } else {
            p = escapeUnit(p, u); // a lone surrogate: not UTF-8, so Qt escapes it
        }
    }
    *p++ = '"';
    out.resize(start + (p - begin));
}

void JsonWriter::appendValue(QByteArray& out, const QJsonValue& value, Style style, int indent)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        appendLiteral(out, value.toBool() ? "true" : "false");
        break;
    case QJsonValue::Double: {
        // Qt keeps whole numbers that it read or was given as integers apart from doubles and prints them apart:
        // 1e16 read as "10000000000000000" prints in full, the double 1e16 as "1e+16".
        const QCborValue number = QCborValue::fromJsonValue(value);
        if (number.isInteger()) {
            out += QByteArray::number(number.toInteger());
        } else {
            const double d = value.toDouble();
            if (std::isfinite(d))
                out += QByteArray::number(d, 'g', QLocale::FloatingPointShortest);
            else
                appendLiteral(out, "null"); // as Qt: JSON has no infinities (RFC 4627, 2.4)
        }
        break;
    }
    case QJsonValue::String:
        appendString(out, value.toString());
        break;
    case QJsonValue::Array:
        appendArray(out, value.toArray(), style, indent);
        break;
    case QJsonValue::Object:
        appendObject(out, value.toObject(), style, indent);
        break;
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        appendLiteral(out, "null");
        break;
    }
}

template<typename Members> void JsonWriter::appendMembers(QByteArray& out, Style style, int indent, Members members)
{
    const bool compact = style == Style::Compact;
    const int inner = compact ? 0 : indent + 1;
    out += compact ? "{" : "{\n";
    bool first = true;
    members([&](QStringView key, const QJsonValue& value) {
        if (!first)
            out += compact ? "," : ",\n";
        first = false;
        appendIndent(out, inner);
        appendString(out, key);
        out += compact ? ":" : ": ";
        appendValue(out, value, style, inner);
    });
    if (!first && !compact)
        out += '\n';
    appendIndent(out, compact ? 0 : indent);
    out += '}';
}

void JsonWriter::appendObject(QByteArray& out, const QJsonObject& object, Style style, int indent)
{
    appendMembers(out, style, indent, [&object](const auto& member) {
        for (auto it = object.constBegin(); it != object.constEnd(); ++it)
            member(it.key(), it.value());
    });
}

void JsonWriter::appendObject(
    QByteArray& out, const QJsonObject& object, const QStringList& keys, Style style, int indent)
{
    appendMembers(out, style, indent, [&object, &keys](const auto& member) {
        for (const QString& key : keys) {
            const QJsonValue value = object.value(key);
            member(key, value.isUndefined() ? QJsonValue(QJsonValue::Null) : value);
        }
    });
}

void JsonWriter::appendArray(QByteArray& out, const QJsonArray& array, Style style, int indent)
{
    const bool compact = style == Style::Compact;
    const int inner = compact ? 0 : indent + 1;
    out += compact ? "[" : "[\n";
    bool first = true;
    for (const auto& v : array) {
        if (!first)
            out += compact ? "," : ",\n";
        first = false;
        appendIndent(out, inner);
        appendValue(out, QJsonValue(v), style, inner);
    }
    if (!first && !compact)
        out += '\n';
    appendIndent(out, compact ? 0 : indent);
    out += ']';
}

} // namespace textbench::cli
