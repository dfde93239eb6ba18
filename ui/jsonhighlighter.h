// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QRegularExpression>
#include <QSyntaxHighlighter>

namespace textbench {

/// \brief Colours pretty-printed JSON: keys, strings, numbers, and true/false/null; and marks the matches of a search.
class JsonHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    explicit JsonHighlighter(QTextDocument* document);
    /// Marks every occurrence of \a text (case-insensitive); empty clears the marks.
    void setSearch(const QString& text);

protected:
    void highlightBlock(const QString& text) override;

private:
    QRegularExpression m_key;
    QRegularExpression m_string;
    QRegularExpression m_number;
    QRegularExpression m_literal;
    QString m_search;
};

} // namespace textbench
