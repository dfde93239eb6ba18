// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

namespace textbench::cli {

/// \brief JSON text exactly as QJsonDocument::toJson() writes it, appended to a buffer the caller reuses.
///
/// Qt's writer builds a temporary byte array for every string and every level of indentation and grows its output
/// a few bytes at a time: printing a list of 100,000 messages spent half its time there. This one writes each
/// string's UTF-8 and escapes in one pass into room made once. The output is byte for byte Qt's (key order,
/// escapes, lone surrogates as \\uXXXX, numbers, infinities as null, four spaces a level), so that what the CLI
/// printed before is what it prints now; tst_jsonwriter checks it against Qt on fixed and random documents.
class JsonWriter
{
public:
    enum class Style {
        Compact, ///< QJsonDocument::Compact
        Indented, ///< QJsonDocument::Indented
    };

    /// Appends \a object as QJsonDocument(object).toJson(style) would write it, at the nesting level \a indent
    /// (the number of levels its closing brace is indented by; 0 for a document). A document's final newline is
    /// not written: the caller decides what follows.
    static void appendObject(QByteArray& out, const QJsonObject& object, Style style, int indent = 0);
    /// Only \a keys of \a object, in that order (one it lacks as null): what --properties asked for, as asked.
    static void appendObject(
        QByteArray& out, const QJsonObject& object, const QStringList& keys, Style style, int indent = 0);
    static void appendArray(QByteArray& out, const QJsonArray& array, Style style, int indent = 0);
    static void appendValue(QByteArray& out, const QJsonValue& value, Style style, int indent = 0);
    /// \a text as a JSON string, quotes included.
    static void appendString(QByteArray& out, QStringView text);
    /// Four spaces a level, as Qt indents.
    static void appendIndent(QByteArray& out, int indent);

private:
    template<typename Members> static void appendMembers(QByteArray& out, Style style, int indent, Members members);
};

} // namespace textbench::cli
