// SPDX-License-Identifier: GPL-3.0-or-later
#include "input.h"

#include "output.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <unistd.h>

namespace textbench::cli::Input {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(textbench::cli::Input)
};

/// Reads at most \a maxBytes + 1 bytes, so that too much is told from just enough.
std::optional<QByteArray> readBytes(const QString& path, qsizetype maxBytes, const QString& what, QString* problem)
{
    QFile file;
    const bool standardInput = path == u"-";
    if (standardInput) {
        if (isatty(STDIN_FILENO)) {
            // Someone at a terminal, perhaps without meaning to: say what is awaited.
            const QByteArray hint = Tr::tr("%1: reading standard input; end it with Ctrl-D.").arg(what).toUtf8() + '\n';
            [[maybe_unused]] const ssize_t written = ::write(STDERR_FILENO, hint.constData(), size_t(hint.size()));
        }
        if (!file.open(STDIN_FILENO, QIODevice::ReadOnly)) {
            *problem = Tr::tr("%1 -: standard input cannot be read.").arg(what);
            return std::nullopt;
        }
    } else {
        file.setFileName(path);
        if (QFileInfo(path).isDir() || !file.open(QIODevice::ReadOnly)) {
            *problem = Tr::tr("%1: \"%2\" cannot be read (%3). Give the path of a text file, or - for standard "
                              "input.")
                           .arg(what, Output::printable(path),
                               QFileInfo(path).isDir() ? Tr::tr("it is a folder") : file.errorString());
            return std::nullopt;
        }
    }
    QByteArray bytes;
    // A read blocks until there is something (a terminal: until Ctrl-D) and comes back empty at the end.
    while (bytes.size() <= maxBytes) {
        const QByteArray chunk = file.read(std::min<qint64>(qint64(64) * 1024, maxBytes + 1 - bytes.size()));
        if (chunk.isEmpty())
            break;
        bytes += chunk;
    }
    if (file.error() != QFileDevice::NoError) {
        *problem = Tr::tr("%1: reading \"%2\" failed (%3).")
                       .arg(what, standardInput ? QStringLiteral("-") : Output::printable(path), file.errorString());
        return std::nullopt;
    }
    if (bytes.size() > maxBytes) {
        *problem = Tr::tr("%1: %2 is larger than %3 KiB, far more than this option takes.")
                       .arg(what, standardInput ? Tr::tr("standard input") : u'"' + Output::printable(path) + u'"')
                       .arg(maxBytes / 1024);
        return std::nullopt;
    }
    return bytes;
}
} // namespace

qsizetype invalidUtf8At(const QByteArray& bytes)
{
    const auto* p = reinterpret_cast<const unsigned char*>(bytes.constData());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        char32_t min = 0;
        char32_t cp = 0;
        if ((c & 0xE0) == 0xC0) {
            length = 2, min = 0x80, cp = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            length = 3, min = 0x800, cp = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            length = 4, min = 0x10000, cp = c & 0x07;
        } else {
            return i;
        }
        if (i + length > n)
            return i;
        for (int k = 1; k < length; ++k) {
            if ((p[i + k] & 0xC0) != 0x80)
                return i;
            cp = (cp << 6) | (p[i + k] & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return i;
        i += length;
    }
    return -1;
}

std::optional<QString> readText(const QString& path, qsizetype maxBytes, const QString& what, QString* problem)
{
    std::optional<QByteArray> bytes = readBytes(path, maxBytes, what, problem);
    if (!bytes)
        return std::nullopt;
    if (const qsizetype at = invalidUtf8At(*bytes); at >= 0) {
        *problem = Tr::tr("%1: %2 is not UTF-8 text (byte %3 is 0x%4). Save it as UTF-8, or convert it with: "
                          "iconv -f LATIN1 -t UTF-8")
                       .arg(what, path == u"-" ? Tr::tr("standard input") : u'"' + Output::printable(path) + u'"')
                       .arg(at + 1)
                       .arg(uchar(bytes->at(at)), 2, 16, QChar(u'0'));
        return std::nullopt;
    }
    if (bytes->startsWith("\xEF\xBB\xBF"))
        bytes->remove(0, 3); // a byte-order mark is not text
    if (bytes->endsWith("\r\n"))
        bytes->chop(2);
    else if (bytes->endsWith('\n'))
        bytes->chop(1);
    return QString::fromUtf8(*bytes);
}

ValueStream::ValueStream(const QStringList& values, const QString& what)
    : m_what(what)
{
    for (const QString& v : values)
        m_values << v.trimmed();
}

ValueStream::~ValueStream()
{
    delete m_stdin;
}

std::optional<QString> ValueStream::peek()
{
    if (!m_peeked)
        m_peeked = next();
    return *m_peeked;
}

std::optional<QString> ValueStream::next()
{
    if (m_peeked)
        return *std::exchange(m_peeked, std::nullopt);
    while (m_index < m_values.size()) {
        if (m_values.at(m_index) != u"-")
            return m_values.at(m_index++);
        if (std::optional<QString> line = readLine())
            return line;
        ++m_index; // standard input has ended (a second "-" finds it ended too)
        m_inStandardInput = false;
    }
    return std::nullopt;
}

std::optional<QString> ValueStream::readLine()
{
    if (!m_stdin) {
        m_stdin = new QFile;
        if (isatty(STDIN_FILENO)) {
            const QByteArray hint
                = Tr::tr("%1 -: reading one a line from standard input; end with Ctrl-D.").arg(m_what).toUtf8() + '\n';
            [[maybe_unused]] const ssize_t written = ::write(STDERR_FILENO, hint.constData(), size_t(hint.size()));
        }
        if (!m_stdin->open(STDIN_FILENO, QIODevice::ReadOnly))
            return std::nullopt;
    }
    // A line at a time: QFile::readLine() blocks until a whole one (or the end) is there.
    for (;;) {
        QByteArray line = m_stdin->readLine(kMaxLine + 1);
        if (line.isEmpty())
            return std::nullopt; // the end (or a read error: nothing more can come)
        // (atEnd() cannot tell: on a pipe it is true whenever nothing more has come yet.)
        if (!line.endsWith('\n') && line.size() >= kMaxLine) {
            // Far longer than any SID: skip the rest of the line, and give what was read, marked as cut.
            for (QByteArray rest = m_stdin->readLine(qint64(64) * 1024); !rest.isEmpty() && !rest.endsWith('\n');)
                rest = m_stdin->readLine(qint64(64) * 1024);
            return QString::fromUtf8(line.left(64)).trimmed() + QChar(0x2026);
        }
        const QString value = QString::fromUtf8(line).trimmed();
        if (!value.isEmpty())
            return value;
    }
}

} // namespace textbench::cli::Input
