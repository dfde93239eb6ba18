// SPDX-License-Identifier: GPL-3.0-or-later
#include "outputformat.h"

#include "jsonwriter.h"
#include "output.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>

namespace textbench::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(textbench::cli::OutputFormat)
};

int columnWidth(const QString& key)
{
    if (key.endsWith(u"sid"))
        return 34;
    if (key.startsWith(u"date_"))
        return 31; // Twilio's RFC 2822 dates: "Fri, 27 Nov 2026 10:02:01 +0000"
    if (key == u"to" || key == u"from")
        return 16;
    if (key == u"direction")
        return 14;
    if (key == u"status")
        return 11;
    if (key.startsWith(u"num_") || key == u"error_code" || key == u"price_unit")
        return 10;
    if (key == u"body")
        return 40;
    return 24;
}

QString columnsField(const QJsonValue& value)
{
    if (value.isString())
        return Output::printable(value.toString());
    if (value.isNull() || value.isUndefined())
        return QStringLiteral("—");
    return Output::printable(ResourceWriter::tsvField(value));
}

QString fitted(const QString& text, int width)
{
    return text.size() <= width ? text : text.left(width - 1) + QChar(0x2026);
}
} // namespace

const QList<OptionSpec>& OutputFormat::specs()
{
    static const QList<OptionSpec> specs {
        { "output", "FORMAT",
            QT_TRANSLATE_NOOP("textbench::cli::Options",
                "json (one document; a list is one array), ndjson (one resource a line), tsv or columns (the "
                "default)"),
            "o" },
        { "properties", "LIST",
            QT_TRANSLATE_NOOP("textbench::cli::Options",
                "the properties to print, comma-separated, as twilio-cli names them (sid,dateSent,status) or as "
                "Twilio does (date_sent)") },
        { "no-header", nullptr, QT_TRANSLATE_NOOP("textbench::cli::Options", "TSV without its header line") },
    };
    return specs;
}

QString OutputFormat::camelCase(const QString& snake)
{
    QString out;
    out.reserve(snake.size());
    bool upper = false;
    for (QChar c : snake) {
        if (c == u'_') {
            upper = true;
            continue;
        }
        out += upper ? c.toUpper() : c;
        upper = false;
    }
    return out;
}

QString OutputFormat::snakeCase(const QString& camel)
{
    QString out;
    out.reserve(camel.size() + 4);
    for (QChar c : camel) {
        if (c.isUpper()) {
            out += u'_';
            out += c.toLower();
        } else {
            out += c;
        }
    }
    return out;
}

std::optional<OutputFormat> OutputFormat::from(const QCommandLineParser& parser, bool json, const QStringList& known,
    const QStringList& tsvDefaults, QString* problem)
{
    OutputFormat f;
    const QString output = parser.value(QStringLiteral("output")).trimmed().toLower();
    if (parser.isSet(QStringLiteral("output"))) {
        static const QList<std::pair<QString, Kind>> kinds { { QStringLiteral("json"), Kind::Json },
            { QStringLiteral("ndjson"), Kind::Ndjson }, { QStringLiteral("tsv"), Kind::Tsv },
            { QStringLiteral("columns"), Kind::Columns } };
        const auto it = std::find_if(kinds.cbegin(), kinds.cend(), [&](const auto& k) { return k.first == output; });
        if (it == kinds.cend()) {
            *problem = Tr::tr("-o/--output takes json, ndjson, tsv or columns, not \"%1\".")
                           .arg(parser.value(QStringLiteral("output")));
            return std::nullopt;
        }
        if (json && it->second != Kind::Json) {
            *problem = Tr::tr("--json is -o json; it cannot go with -o %1.").arg(output);
            return std::nullopt;
        }
        f.kind = it->second;
    } else if (json) {
        f.kind = Kind::Json;
    }
    f.header = !parser.isSet(QStringLiteral("no-header"));
    if (!f.header && f.kind != Kind::Tsv) {
        *problem = Tr::tr("--no-header is for -o tsv.");
        return std::nullopt;
    }
    if (parser.isSet(QStringLiteral("properties"))) {
        // Repeated, it adds: --properties sid --properties status is --properties sid,status.
        const QString all = parser.values(QStringLiteral("properties")).join(u',');
        for (const QString& part : all.split(u',', Qt::SkipEmptyParts)) {
            const QString name = part.trimmed();
            const QString key = known.contains(name) ? name : snakeCase(name);
            if (name.isEmpty())
                continue;
            if (!known.contains(key)) {
                QStringList names;
                for (const QString& k : known)
                    names << camelCase(k);
                *problem = Tr::tr("there is no property \"%1\"; the properties are: %2.")
                               .arg(Output::printable(name), names.join(QStringLiteral(", ")));
                return std::nullopt;
            }
            if (!f.properties.contains(key))
                f.properties << key;
        }
        if (f.properties.isEmpty()) {
            *problem = Tr::tr("--properties needs at least one property, such as --properties sid,status.");
            return std::nullopt;
        }
    } else if (f.kind == Kind::Tsv) {
        f.properties = tsvDefaults;
    }
    return f;
}

ResourceWriter::ResourceWriter(QTextStream& out, const OutputFormat& format, Shape shape)
    : m_out(out)
    , m_format(format)
    , m_shape(shape)
{ }

void ResourceWriter::setOwnColumns(const QString& header, const QString& separator)
{
    m_ownHeader = header;
    m_ownSeparator = separator;
}

bool ResourceWriter::usesOwnColumns() const
{
    return m_format.kind == OutputFormat::Kind::Columns && m_format.properties.isEmpty();
}

QString ResourceWriter::tsvField(const QJsonValue& value)
{
    QString text;
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return {};
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: {
        const double d = value.toDouble();
        const qint64 n = qint64(d);
        return double(n) == d ? QString::number(n) : QString::number(d, 'g', 17);
    }
    case QJsonValue::String:
        text = value.toString();
        break;
    case QJsonValue::Array:
        text = QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
        break;
    case QJsonValue::Object:
        text = QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
        break;
    }
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        switch (c.unicode()) {
        case u'\\':
            out += QStringLiteral("\\\\");
            break;
        case u'\t':
            out += QStringLiteral("\\t");
            break;
        case u'\n':
            out += QStringLiteral("\\n");
            break;
        case u'\r':
            out += QStringLiteral("\\r");
            break;
        default:
            if (c.category() == QChar::Other_Control)
                out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QChar(u'0'));
            else
                out += c;
        }
    }
    return out;
}

void ResourceWriter::appendJson(const QJsonObject& resource, JsonWriter::Style style, int indent)
{
    // Every key as Twilio sent it, or the properties asked for, in the order asked.
    if (m_format.properties.isEmpty())
        JsonWriter::appendObject(m_bytes, resource, style, indent);
    else
        JsonWriter::appendObject(m_bytes, resource, m_format.properties, style, indent);
}

QString ResourceWriter::columnsRow(const QJsonObject& resource) const
{
    QStringList cells;
    for (qsizetype i = 0; i < m_format.properties.size(); ++i) {
        const QString& key = m_format.properties.at(i);
        const int width = columnWidth(key);
        const QString cell = fitted(columnsField(resource.value(key)), width);
        cells << (i + 1 < m_format.properties.size() ? cell.leftJustified(width) : cell);
    }
    return cells.join(QStringLiteral("  "));
}

void ResourceWriter::begin()
{
    if (m_begun)
        return;
    m_begun = true;
    switch (m_format.kind) {
    case OutputFormat::Kind::Json:
        if (m_shape == Shape::Many)
            m_bytes += "[\n";
        break;
    case OutputFormat::Kind::Ndjson:
        break;
    case OutputFormat::Kind::Tsv:
        if (m_format.header) {
            QStringList names;
            for (const QString& key : m_format.properties)
                names << OutputFormat::camelCase(key);
            m_out << names.join(u'\t') << '\n';
        }
        break;
    case OutputFormat::Kind::Columns:
        if (usesOwnColumns()) {
            if (!m_ownHeader.isEmpty())
                m_out << m_ownHeader << '\n';
        } else if (m_shape == Shape::Many) {
            QStringList names;
            for (qsizetype i = 0; i < m_format.properties.size(); ++i) {
                const QString& key = m_format.properties.at(i);
                const QString name = OutputFormat::camelCase(key);
                names << (i + 1 < m_format.properties.size() ? name.leftJustified(columnWidth(key)) : name);
            }
            m_out << names.join(QStringLiteral("  ")) << '\n';
        }
        break;
    }
}

void ResourceWriter::write(const QJsonObject& resource, const std::function<QString()>& ownText)
{
    begin();
    const bool first = m_count == 0;
    ++m_count;
    switch (m_format.kind) {
    case OutputFormat::Kind::Json:
        if (m_shape == Shape::Many) {
            // The members of Qt's indented array, one level in, joined by ",\n" (finish() closes it).
            if (!first)
                m_bytes += ",\n";
            JsonWriter::appendIndent(m_bytes, 1);
            appendJson(resource, JsonWriter::Style::Indented, 1);
        } else {
            appendJson(resource, JsonWriter::Style::Indented, 0);
            m_bytes += '\n';
        }
        break;
    case OutputFormat::Kind::Ndjson:
        appendJson(resource, JsonWriter::Style::Compact, 0);
        m_bytes += '\n';
        break;
    case OutputFormat::Kind::Tsv: {
        QStringList fields;
        for (const QString& key : m_format.properties)
            fields << tsvField(resource.value(key));
        m_out << fields.join(u'\t') << '\n';
        break;
    }
    case OutputFormat::Kind::Columns:
        if (usesOwnColumns()) {
            if (!first)
                m_out << m_ownSeparator;
            m_out << (ownText ? ownText() : QString());
        } else if (m_shape == Shape::Many) {
            m_out << columnsRow(resource) << '\n';
        } else {
            if (!first)
                m_out << '\n';
            for (const QString& key : m_format.properties)
                m_out << OutputFormat::camelCase(key).leftJustified(22) << ' ' << columnsField(resource.value(key))
                      << '\n';
        }
        break;
    }
    // JSON goes out in chunks as it is made, and the first resource at once: a reader sees the first line as soon
    // as there is one, and a page of a thousand messages is never held whole a second time.
    if (first || m_bytes.size() >= kChunkBytes)
        writeBytes();
}

void ResourceWriter::finish()
{
    if (m_finished)
        return;
    const bool any = m_count > 0;
    if (m_format.kind == OutputFormat::Kind::Tsv || m_format.kind == OutputFormat::Kind::Json)
        begin(); // an empty list is still "[\n]" and a TSV header
    m_finished = true;
    if (m_format.kind == OutputFormat::Kind::Json && m_shape == Shape::Many)
        m_bytes += any ? "\n]\n" : "]\n";
    flush();
}

bool ResourceWriter::flush()
{
    writeBytes();
    return m_out.status() == QTextStream::Ok;
}

void ResourceWriter::writeBytes()
{
    m_out.flush(); // what went through the text stream (a TSV header, a table) comes first
    if (!m_bytes.isEmpty() && m_out.status() == QTextStream::Ok) {
        // JSON is bytes already: straight to the device, not through QTextStream's UTF-16 and back.
        QIODevice* device = m_out.device();
        if (!device || device->write(m_bytes) != m_bytes.size())
            m_out.setStatus(QTextStream::WriteFailed);
    }
    m_bytes.resize(0); // keeps its capacity (clear() would not): the next chunk goes into the same memory
}

} // namespace textbench::cli
