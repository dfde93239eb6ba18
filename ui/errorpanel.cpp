// SPDX-License-Identifier: GPL-3.0-or-later
#include "errorpanel.h"

#include "api/errorcatalog.h"
#include "uiutil.h"

#include <QAccessible>
#include <QAccessibleWidget>
#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QTextDocumentFragment>
#include <QToolButton>
#include <QVBoxLayout>

namespace textbench {

namespace {
// The panel as an alert: screen readers (Orca through AT-SPI) speak an alert's name and description when it is
// announced, without the user moving there.
QAccessibleInterface* alertAccessible(const QString& /*className*/, QObject* object)
{
    if (auto* panel = qobject_cast<ErrorPanel*>(object); panel && object->isWidgetType())
        return new QAccessibleWidget(panel, QAccessible::AlertMessage);
    return nullptr;
}
} // namespace

void ErrorPanel::installAccessibility()
{
    static const bool installed = [] {
        QAccessible::installFactory(alertAccessible);
        return true;
    }();
    Q_UNUSED(installed)
}

ErrorPanel::ErrorPanel(QWidget* parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_title(new QLabel(this))
    , m_body(new QLabel(this))
    , m_close(new QToolButton(this))
{
    installAccessibility();
    setObjectName(QStringLiteral("errorPanel"));
    setFrameShape(QFrame::StyledPanel);
    setAccessibleName(tr("Error details"));
    m_title->setObjectName(QStringLiteral("errorTitleLabel"));
    m_body->setObjectName(QStringLiteral("errorBodyLabel"));
    // The explanation takes the keyboard for its links: named, so that it is not an empty stop while it has no text.
    m_body->setAccessibleName(tr("Explanation"));
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_title->setTextFormat(Qt::PlainText); // it can carry a server's words: never read as HTML
    m_body->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_body->setOpenExternalLinks(true);
    m_body->setWordWrap(true);
    m_body->setTextFormat(Qt::RichText); // always built here from escaped parts
    m_title->setWordWrap(true);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_close->setObjectName(QStringLiteral("errorCloseButton"));
    m_close->setAutoRaise(true);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setToolTip(tr("Dismiss (Esc)"));
    m_close->setAccessibleName(tr("Dismiss the error"));
    connect(m_close, &QToolButton::clicked, this, &ErrorPanel::dismiss);

    const int iconSize = style()->pixelMetric(QStyle::PM_LargeIconSize);
    m_icon->setFixedSize(iconSize, iconSize);
    auto* text = new QVBoxLayout;
    text->setSpacing(2);
    text->addWidget(m_title);
    text->addWidget(m_body);
    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(10, 8, 6, 8);
    row->addWidget(m_icon, 0, Qt::AlignTop);
    row->addLayout(text, 1);
    row->addWidget(m_close, 0, Qt::AlignTop);

    m_countdown.setInterval(100);
    connect(&m_countdown, &QTimer::timeout, this, &ErrorPanel::tick);
    hide();
}

QString ErrorPanel::titleText() const
{
    return m_title->text();
}

QString ErrorPanel::bodyText() const
{
    return m_body->text();
}

void ErrorPanel::showError(const ApiError& error, const QString& context)
{
    m_countdown.stop();
    m_showingRetry = false;
    m_icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxCritical).pixmap(m_icon->size()));
    setStyleSheet(
        QStringLiteral("#errorPanel { border: 1px solid %1; border-radius: 6px; }").arg(ui::toneName(ui::Tone::Bad)));
    m_title->setText(context.isEmpty() ? error.title() : QString(context + u" — " + error.title()));

    // What it means, Twilio's own words, what to do, where to read more. Text from the server is escaped.
    QStringList parts;
    if (error.httpStatus() > 0) {
        const ErrorCatalog::Entry http = ErrorCatalog::httpStatus(error.httpStatus());
        if (http.isKnown() && http.meaning != error.explanation())
            parts << tr("<b>HTTP %1 %2:</b> %3")
                         .arg(error.httpStatus())
                         .arg(http.title.toHtmlEscaped(), http.meaning.toHtmlEscaped());
    }
    if (!error.explanation().isEmpty())
        parts << error.explanation().toHtmlEscaped();
    if (!error.twilioMessage().isEmpty())
        parts << tr("Twilio says: “%1”").arg(error.twilioMessage().toHtmlEscaped());
    if (!error.nextStep().isEmpty())
        parts << tr("<b>What to do:</b> %1").arg(error.nextStep().toHtmlEscaped());
    if (error.mayHaveCreated())
        parts << tr("<b>It was not resent:</b> the message may have been created. Check the Log before sending again.");
    if (!error.moreInfo().isEmpty()) {
        const QUrl link(error.moreInfo());
        if (link.scheme() == u"https")
            parts << QStringLiteral("<a href=\"%1\">%2</a>")
                         .arg(link.toString(QUrl::FullyEncoded).toHtmlEscaped(), tr("Twilio's page for this error"));
    }
    m_body->setText(parts.join(QStringLiteral("<br>")));
    announce();
}

void ErrorPanel::showNotice(const QString& title, const QString& text)
{
    m_countdown.stop();
    m_showingRetry = false;
    m_icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxInformation).pixmap(m_icon->size()));
    setStyleSheet(QStringLiteral("#errorPanel { border: 1px solid palette(highlight); border-radius: 6px; }"));
    m_title->setText(title);
    m_body->setText(text.toHtmlEscaped());
    announce();
}

void ErrorPanel::showRetry(int retry, int delayMs, const ApiError& reason)
{
    m_retry = retry;
    m_showingRetry = true;
    m_retryReason = reason.title();
    m_retryAtMs = QDateTime::currentMSecsSinceEpoch() + delayMs;
    m_icon->setPixmap(style()->standardIcon(QStyle::SP_BrowserReload).pixmap(m_icon->size()));
    setStyleSheet(QStringLiteral("#errorPanel { border: 1px solid %1; border-radius: 6px; }")
                      .arg(ui::toneName(ui::Tone::Caution)));
    tick();
    m_countdown.start();
    announce(); // once per retry: the countdown's ticks change the text, not the announcement
}

void ErrorPanel::announce()
{
    setAccessibleName(m_title->text());
    setAccessibleDescription(QTextDocumentFragment::fromHtml(m_body->text()).toPlainText());
    m_body->setAccessibleDescription(accessibleDescription());
    show();
    QAccessibleEvent alert(this, QAccessible::Alert);
    QAccessible::updateAccessibility(&alert);
}

void ErrorPanel::tick()
{
    const qint64 left = m_retryAtMs - QDateTime::currentMSecsSinceEpoch();
    if (left <= 0) {
        m_countdown.stop();
        m_title->setText(tr("Retrying now (retry %1)…").arg(m_retry));
        return;
    }
    m_title->setText(tr("Retry %1 in %2 s").arg(m_retry).arg(double(left) / 1000.0, 0, 'f', 1));
    m_body->setText(m_retryReason.toHtmlEscaped());
}

void ErrorPanel::dismiss()
{
    m_countdown.stop();
    m_showingRetry = false;
    hide();
}

void ErrorPanel::retryOver()
{
    if (m_showingRetry)
        dismiss();
}

} // namespace textbench
