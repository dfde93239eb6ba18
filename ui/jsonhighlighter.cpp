// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonhighlighter.h"

#include "uiutil.h"

#include <QGuiApplication>
#include <QPalette>
#include <QTextCharFormat>

namespace textbench {

JsonHighlighter::JsonHighlighter(QTextDocument* document)
    : QSyntaxHighlighter(document)
    , m_key(QStringLiteral(R"("(?:[^"\\]|\\.)*"(?=\s*:))"))
    , m_string(QStringLiteral(R"("(?:[^"\\]|\\.)*")"))
    , m_number(QStringLiteral(R"((?<![\w"])-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)"))
    , m_literal(QStringLiteral(R"(\b(?:true|false|null)\b)"))
{ }

void JsonHighlighter::setSearch(const QString& text)
{
    if (text == m_search)
        return;
    m_search = text;
    rehighlight();
}

void JsonHighlighter::highlightBlock(const QString& text)
{
    // Colours that read on light and dark backgrounds alike.
    const bool dark = QGuiApplication::palette().color(QPalette::Base).lightness() < 128;
    QTextCharFormat key, string, number, literal;
    key.setForeground(ui::jsonColor(ui::JsonPart::Key, dark));
    key.setFontWeight(QFont::DemiBold);
    string.setForeground(ui::jsonColor(ui::JsonPart::String, dark));
    number.setForeground(ui::jsonColor(ui::JsonPart::Number, dark));
    literal.setForeground(ui::jsonColor(ui::JsonPart::Literal, dark));

    const auto apply = [&](const QRegularExpression& re, const QTextCharFormat& format) {
        auto it = re.globalMatch(text);
        while (it.hasNext()) {
            const auto m = it.next();
            setFormat(int(m.capturedStart()), int(m.capturedLength()), format);
        }
    };
    apply(m_number, number);
    apply(m_literal, literal);
    apply(m_string, string);
    apply(m_key, key);

    if (m_search.isEmpty())
        return;
    QTextCharFormat found;
    found.setBackground(ui::markColor());
    found.setForeground(Qt::black);
    for (qsizetype at = text.indexOf(m_search, 0, Qt::CaseInsensitive); at >= 0;
         at = text.indexOf(m_search, at + m_search.size(), Qt::CaseInsensitive))
        setFormat(int(at), int(m_search.size()), found);
}

} // namespace textbench
