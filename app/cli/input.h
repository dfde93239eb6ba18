// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

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

/// \a values with each "-" replaced by the lines of standard input (trimmed; blank lines skipped).
std::optional<QStringList> expandStandardInput(
    const QStringList& values, qsizetype maxBytes, const QString& what, QString* problem);

} // namespace Input
} // namespace textbench::cli
