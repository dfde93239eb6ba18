// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonhighlighter.h"

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
    key.setForeground(dark ? QColor(0x8a, 0xb4, 0xf8) : QColor(0x1a, 0x4f, 0xa0));
    key.setFontWeight(QFont::DemiBold);
    string.setForeground(dark ? QColor(0x81, 0xc9, 0x95) : QColor(0x18, 0x80, 0x38));
    number.setForeground(dark ? QColor(0xf2, 0x8b, 0x82) : QColor(0xa5, 0x0e, 0x0e));
    literal.setForeground(dark ? QColor(0xc5, 0x8a, 0xf9) : QColor(0x7b, 0x1f, 0xa2));

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
    found.setBackground(QColor(0xff, 0xd5, 0x4f));
    found.setForeground(Qt::black);
    for (qsizetype at = text.indexOf(m_search, 0, Qt::CaseInsensitive); at >= 0;
         at = text.indexOf(m_search, at + m_search.size(), Qt::CaseInsensitive))
        setFormat(int(at), int(m_search.size()), found);
}

} // namespace textbench
