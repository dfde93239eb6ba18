// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "command.h"
#include "jsonwriter.h"

#include <QJsonObject>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <optional>

namespace textbench::cli {

/// \brief How a command prints resources: -o/--output json|ndjson|tsv|columns, --properties and --no-header, as
/// twilio-cli has them (--json is the short form of -o json).
struct OutputFormat
{
    enum class Kind { Columns, Json, Ndjson, Tsv };
    Kind kind = Kind::Columns;
    /// The properties to print, as Twilio's snake_case keys, in the order asked; empty: the command's own columns
    /// (Columns), every key (Json, Ndjson) or the command's default properties (Tsv).
    QStringList properties;
    bool header = true;

    bool isJson() const { return kind == Kind::Json || kind == Kind::Ndjson; }

    /// The three options, for a command that prints resources.
    static const QList<OptionSpec>& specs();
    /// Reads them (and --json) from \a parser, which has specs(). \a known: the resource's keys, which
    /// --properties may name in twilio-cli's camelCase or in Twilio's snake_case; \a tsvDefaults: what TSV prints
    /// without --properties. Returns nullopt and says why in \a problem.
    static std::optional<OutputFormat> from(const QCommandLineParser& parser, bool json, const QStringList& known,
        const QStringList& tsvDefaults, QString* problem);

    /// "date_sent" -> "dateSent" (twilio-cli's names) and back.
    static QString camelCase(const QString& snake);
    static QString snakeCase(const QString& camel);
};

/// \brief Writes resources in an OutputFormat as they come, keeping none: a list of any length prints in constant
/// memory. For JSON a list is one array, opened at the first resource and closed by finish(), so that what was
/// printed stays valid JSON when the list stops half-way.
class ResourceWriter
{
public:
    enum class Shape {
        One, ///< one resource: an object in JSON, "name  value" lines in columns
        Many, ///< a list: a JSON array, one line each in NDJSON and TSV, a table in columns
    };
    ResourceWriter(QTextStream& out, const OutputFormat& format, Shape shape);

    /// The command's own columns (Columns without --properties): \a header is printed before the first resource,
    /// \a separator between two of them (a blank line between detail blocks).
    void setOwnColumns(const QString& header, const QString& separator = {});
    /// True when write() calls its \a ownText: Columns without --properties.
    bool usesOwnColumns() const;

    /// Writes \a resource (Twilio's JSON); \a ownText gives its own columns' text when usesOwnColumns().
    void write(const QJsonObject& resource, const std::function<QString()>& ownText = {});
    /// Ends the output (closes the JSON array; prints the TSV header of an empty list) and flushes it.
    void finish();
    /// Sends what was written to the terminal or pipe. False when it cannot be written (a closed pipe).
    bool flush();
    qsizetype count() const { return m_count; }

    /// \a value as one TSV field: tabs, newlines, backslashes and other control characters escaped (\t, \n, \\,
    /// \u001b); null empty; objects and arrays as compact JSON.
    static QString tsvField(const QJsonValue& value);

private:
    void begin();
    void appendJson(const QJsonObject& resource, JsonWriter::Style style, int indent);
    QString columnsRow(const QJsonObject& resource) const;
    void writeBytes();

    QTextStream& m_out;
    OutputFormat m_format;
    Shape m_shape;
    QString m_ownHeader;
    QString m_ownSeparator;
    qsizetype m_count = 0;
    /// JSON and NDJSON: what is not written yet, at most about kChunkBytes.
    static constexpr qsizetype kChunkBytes = qsizetype(64) * 1024;
    QByteArray m_bytes;
    bool m_begun = false;
    bool m_finished = false;
};

} // namespace textbench::cli
