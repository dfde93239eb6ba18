// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

class QFile;

namespace textbench::cli {

/// \brief Text the user gives in a file or on standard input: --body-file, `segments -`, `--sid -`.
namespace Input {

/// The offset of the first byte of \a bytes that is not part of well-formed UTF-8 (overlong forms, surrogates and
/// code points past U+10FFFF included), or -1 when it is all UTF-8.
qsizetype invalidUtf8At(const QByteArray& bytes);

/// Reads the file at \a path ("-": standard input) as UTF-8 text of at most \a maxBytes; one final line break is
/// dropped (what `echo` and editors add). Returns nullopt and says what is wrong and what to do in \a problem
/// (\a what names the option, such as "--body-file").
std::optional<QString> readText(const QString& path, qsizetype maxBytes, const QString& what, QString* problem);

/// \brief The values of a repeatable option in order, "-" standing for the lines of standard input, read one at a
/// time as they are asked for: `messages list … | messages delete --sid -` takes any number of SIDs, and starts on
/// the first while the list is still coming.
///
/// Lines are trimmed and blank ones skipped. A line is at most kMaxLine bytes: a longer one comes back cut (with
/// "…") and the rest of it is skipped, as is text that is not UTF-8 (decoded with U+FFFD): such a value is not a
/// SID, and the command says so for it and goes on with the next.
class ValueStream
{
public:
    static constexpr qsizetype kMaxLine = 1024;

    /// \a what names the option in the hint at a terminal ("--sid").
    ValueStream(const QStringList& values, const QString& what);
    ~ValueStream();
    ValueStream(const ValueStream&) = delete;
    ValueStream& operator=(const ValueStream&) = delete;

    /// The next value; nullopt at the end. Blocks while standard input has no whole line yet.
    std::optional<QString> next();
    /// The value next() gives next, without taking it.
    std::optional<QString> peek();
    /// True when "-" is among the values.
    bool readsStandardInput() const { return m_values.contains(QStringLiteral("-")); }
    /// True when the values are one, not "-": a single resource, not a list.
    bool isSingle() const { return m_values.size() == 1 && !readsStandardInput(); }

private:
    std::optional<QString> readLine();

    QStringList m_values;
    QString m_what;
    qsizetype m_index = 0;
    bool m_inStandardInput = false;
    std::optional<std::optional<QString>> m_peeked;
    QFile* m_stdin = nullptr;
};

} // namespace Input
} // namespace textbench::cli
