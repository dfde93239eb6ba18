// SPDX-License-Identifier: GPL-3.0-or-later
#include "webhookswidget.h"

#include "api/errorcatalog.h"
#include "api/formencoding.h"
#include "uiutil.h"
#include "webhooks/webhookmodels.h"

#include <QAction>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace textbench {

namespace {
QTableView* makeTable(QWidget* parent, const char* name, const QString& accessibleName)
{
    auto* table = new QTableView(parent);
    table->setObjectName(QString::fromLatin1(name));
    table->setAccessibleName(accessibleName);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setTextElideMode(Qt::ElideMiddle);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 6);
    return table;
}

QPlainTextEdit* makeDetails(
    QWidget* parent, const char* name, const QString& accessibleName, const QString& placeholder)
{
    auto* edit = new QPlainTextEdit(parent);
    edit->setObjectName(QString::fromLatin1(name));
    edit->setReadOnly(true);
    edit->setAccessibleName(accessibleName);
    edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    edit->setPlaceholderText(placeholder);
    edit->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    return edit;
}

QString headerLines(const WebhookDelivery::Headers& headers)
{
    QString out;
    for (const auto& [name, value] : headers)
        out += u"  " + name + u": " + value + u'\n';
    return out;
}

/// "11200 HTTP retrieval failure: …. What to do: …" from the catalogue, or the code alone.
QString explained(int code)
{
    const ErrorCatalog::Entry e = ErrorCatalog::twilioCode(code);
    if (!e.isKnown())
        return WebhooksWidget::tr("Error %1 (see %2)").arg(code).arg(ErrorCatalog::docsUrl(code));
    QString out = WebhooksWidget::tr("Error %1 · %2: %3").arg(code).arg(e.title, e.meaning);
    if (!e.action.isEmpty())
        out += u'\n' + WebhooksWidget::tr("What to do: %1").arg(e.action);
    return out;
}

ui::Tone outcomeTone(const QString& outcome)
{
    return outcome == u"delivered" ? ui::Tone::Good
        : outcome == u"failed"     ? ui::Tone::Bad
        : outcome == u"not-sent"   ? ui::Tone::Caution
                                   : ui::Tone::Neutral;
}
} // namespace

WebhooksWidget::WebhooksWidget(WebhookDeliveryModel* deliveries, AlertListModel* alerts, QWidget* parent)
    : QWidget(parent)
    , m_deliveries(deliveries)
    , m_alerts(alerts)
    , m_requestsStack(new QStackedWidget(this))
    , m_requestTable(makeTable(this, "webhookRequestsTableView", tr("Requests to your app")))
    , m_unavailable(new QLabel(this))
    , m_deliverySummary(new QLabel(this))
    , m_deliveryDetails(makeDetails(this, "webhookDetailsTextEdit", tr("The request and the answer"),
          tr("Select a request to see what was sent, signed and answered.")))
    , m_resend(new QPushButton(tr("Send again"), this))
    , m_resendAction(new QAction(tr("Send the selected request &again"), this))
    , m_refreshAction(new QAction(tr("&Reload requests and alerts"), this))
    , m_alertTable(makeTable(this, "alertsTableView", tr("Alerts")))
    , m_alertSummary(new QLabel(this))
    , m_alertDetails(makeDetails(this, "alertDetailsTextEdit", tr("The alert explained"),
          tr("Select an alert to see it explained, with the request and the response.")))
{
    setObjectName(QStringLiteral("webhooksWidget"));
    m_requestTable->setModel(deliveries);
    m_requestTable->horizontalHeader()->setSectionResizeMode(WebhookDeliveryModel::RequestColumn, QHeaderView::Stretch);
    m_requestTable->setColumnWidth(WebhookDeliveryModel::TimeColumn, 80);
    m_requestTable->setColumnWidth(WebhookDeliveryModel::EventColumn, 200);
    m_requestTable->setColumnWidth(WebhookDeliveryModel::StatusColumn, 50);
    m_requestTable->setColumnWidth(WebhookDeliveryModel::LatencyColumn, 70);
    m_requestTable->setColumnWidth(WebhookDeliveryModel::OutcomeColumn, 130);
    m_alertTable->setModel(alerts);
    m_alertTable->horizontalHeader()->setSectionResizeMode(AlertListModel::TextColumn, QHeaderView::Stretch);
    m_alertTable->setColumnWidth(AlertListModel::TimeColumn, 150);
    m_alertTable->setColumnWidth(AlertListModel::CodeColumn, 240);
    m_alertTable->setColumnWidth(AlertListModel::LevelColumn, 70);
    m_alertTable->setColumnWidth(AlertListModel::ResourceColumn, 150);
    m_unavailable->setObjectName(QStringLiteral("webhooksUnavailableLabel"));
    m_unavailable->setWordWrap(true);
    m_unavailable->setAlignment(Qt::AlignCenter);
    m_unavailable->setText(tr("Textbench's sandbox records every request it makes to your app. Twilio keeps only the "
                              "failures, as alerts: they are below, for this account too."));
    m_requestsStack->addWidget(m_requestTable);
    m_requestsStack->addWidget(m_unavailable);
    for (QLabel* l : { m_deliverySummary, m_alertSummary }) {
        l->setTextFormat(Qt::PlainText);
        l->setWordWrap(true);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_deliverySummary->setObjectName(QStringLiteral("webhookSummaryLabel"));
    m_alertSummary->setObjectName(QStringLiteral("alertSummaryLabel"));
    m_resend->setObjectName(QStringLiteral("resendButton"));
    m_resend->setToolTip(tr("Send this request to your app again, as Twilio retries: the same parameters and "
                            "I-Twilio-Idempotency-Token, signed again"));
    m_resendAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_resendAction->setEnabled(false);
    m_resend->setEnabled(false);
    m_refreshAction->setShortcut(QKeySequence(Qt::Key_F5));
    m_refreshAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_refreshAction);
    connect(m_resend, &QPushButton::clicked, m_resendAction, &QAction::trigger);
    connect(m_resendAction, &QAction::triggered, this, [this] {
        const QModelIndex current = m_requestTable->currentIndex();
        if (current.isValid())
            m_deliveries->resend(current.data(WebhookDeliveryModel::SidRole).toString());
    });
    connect(m_refreshAction, &QAction::triggered, this, &WebhooksWidget::refresh);

    // Requests on the left, what one of them sent and got on the right; the alerts below, the same way.
    auto* requestTitle = new QLabel(tr("Requests to your app"), this);
    auto* alertTitle = new QLabel(tr("Alerts (Twilio's debugger)"), this);
    for (QLabel* title : { requestTitle, alertTitle }) {
        QFont f = title->font();
        f.setBold(true);
        title->setFont(f);
    }
    requestTitle->setBuddy(m_requestTable);
    alertTitle->setBuddy(m_alertTable);
    auto* requestDetails = new QWidget(this);
    auto* requestDetailsLayout = new QVBoxLayout(requestDetails);
    requestDetailsLayout->setContentsMargins(0, 0, 0, 0);
    requestDetailsLayout->addWidget(m_deliverySummary);
    requestDetailsLayout->addWidget(m_deliveryDetails, 1);
    auto* resendRow = new QHBoxLayout;
    resendRow->addStretch(1);
    resendRow->addWidget(m_resend);
    requestDetailsLayout->addLayout(resendRow);
    auto* requestSplit = new QSplitter(Qt::Horizontal, this);
    requestSplit->setObjectName(QStringLiteral("webhookRequestsSplitter"));
    requestSplit->addWidget(m_requestsStack);
    requestSplit->addWidget(requestDetails);
    requestSplit->setStretchFactor(0, 3);
    requestSplit->setStretchFactor(1, 2);
    auto* alertDetails = new QWidget(this);
    auto* alertDetailsLayout = new QVBoxLayout(alertDetails);
    alertDetailsLayout->setContentsMargins(0, 0, 0, 0);
    alertDetailsLayout->addWidget(m_alertSummary);
    alertDetailsLayout->addWidget(m_alertDetails, 1);
    auto* alertSplit = new QSplitter(Qt::Horizontal, this);
    alertSplit->setObjectName(QStringLiteral("alertsSplitter"));
    alertSplit->addWidget(m_alertTable);
    alertSplit->addWidget(alertDetails);
    alertSplit->setStretchFactor(0, 3);
    alertSplit->setStretchFactor(1, 2);
    auto* top = new QWidget(this);
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(requestTitle);
    topLayout->addWidget(requestSplit, 1);
    auto* bottom = new QWidget(this);
    auto* bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addWidget(alertTitle);
    bottomLayout->addWidget(alertSplit, 1);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(QStringLiteral("webhooksSplitter"));
    split->addWidget(top);
    split->addWidget(bottom);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(split);
    setTabOrder(m_requestTable, m_deliveryDetails);
    setTabOrder(m_deliveryDetails, m_resend);
    setTabOrder(m_resend, m_alertTable);
    setTabOrder(m_alertTable, m_alertDetails);

    connect(
        m_requestTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &WebhooksWidget::showDelivery);
    connect(deliveries, &WebhookDeliveryModel::refreshed, this, &WebhooksWidget::showDelivery);
    connect(deliveries, &QAbstractItemModel::modelReset, this, &WebhooksWidget::showDelivery);
    connect(deliveries, &WebhookDeliveryModel::unavailable, this,
        [this] { m_requestsStack->setCurrentWidget(m_unavailable); });
    connect(deliveries, &WebhookDeliveryModel::refreshed, this,
        [this] { m_requestsStack->setCurrentWidget(m_requestTable); });
    connect(deliveries, &WebhookDeliveryModel::failed, this,
        [this](const ApiError& e) { Q_EMIT failed(e, tr("Webhook requests")); });
    connect(m_requestTable, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        if (const WebhookDelivery* d = m_deliveries->deliveryAt(index.row()); d && !d->messageSid.isEmpty())
            Q_EMIT inspectRequested(d->messageSid);
    });
    connect(m_alertTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &WebhooksWidget::showAlert);
    connect(alerts, &AlertListModel::refreshed, this, &WebhooksWidget::showAlert);
    connect(alerts, &AlertListModel::detailsLoaded, this, &WebhooksWidget::showAlert);
    connect(alerts, &QAbstractItemModel::modelReset, this, &WebhooksWidget::showAlert);
    connect(alerts, &AlertListModel::failed, this, [this](const ApiError& e) { Q_EMIT failed(e, tr("Alerts")); });

    // Polled only where nothing says what changed (a real account, a sandbox in another process); every request
    // of it is in the Activity panel, so not more often than that.
    m_poll.setInterval(3000);
    connect(&m_poll, &QTimer::timeout, this, &WebhooksWidget::refresh);
    m_soon.setSingleShot(true);
    m_soon.setInterval(150);
    connect(&m_soon, &QTimer::timeout, this, &WebhooksWidget::refresh);
    showDelivery();
    showAlert();
}

void WebhooksWidget::refresh()
{
    m_stale = false;
    if (m_deliveries->isAvailable())
        m_deliveries->refresh();
    m_alerts->refresh();
}

void WebhooksWidget::setPushed(bool pushed)
{
    m_pushed = pushed;
    m_stale = true;
    if (pushed)
        m_poll.stop();
    else if (isVisible())
        m_poll.start();
    if (isVisible())
        refresh();
}

void WebhooksWidget::changed()
{
    m_stale = true;
    if (isVisible())
        m_soon.start();
}

void WebhooksWidget::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale || !m_pushed)
        refresh();
    if (!m_pushed)
        m_poll.start();
}

void WebhooksWidget::hideEvent(QHideEvent* event)
{
    QWidget::hideEvent(event);
    m_poll.stop();
    m_soon.stop();
}

void WebhooksWidget::showDelivery()
{
    const WebhookDelivery* d = m_deliveries->deliveryAt(m_requestTable->currentIndex().row());
    m_resend->setEnabled(d && !d->isPending() && !d->url.isEmpty());
    m_resendAction->setEnabled(m_resend->isEnabled());
    if (!d) {
        m_deliverySummary->clear();
        m_deliveryDetails->clear();
        return;
    }
    QString summary = WebhookDeliveryModel::eventText(*d) + u" · " + WebhookDeliveryModel::outcomeText(*d);
    if (!d->explanation.isEmpty())
        summary += u"\n" + d->explanation;
    if (d->errorCode)
        summary += u"\n" + explained(d->errorCode);
    m_deliverySummary->setText(summary);
    m_deliverySummary->setStyleSheet(
        QStringLiteral("color: %1;").arg(ui::toneTextColor(outcomeTone(d->outcome), palette()).name()));
    QString text;
    text += tr("Request") + u'\n';
    text += u"  " + d->method + u' ' + d->url + u'\n';
    text += headerLines(d->requestHeaders);
    text += u'\n' + tr("Parameters") + u'\n';
    for (const auto& [name, value] : d->parameters)
        text += u"  " + name + u" = " + value + u'\n';
    if (!d->signedData.isEmpty()) {
        text += u'\n' + tr("String signed (the URL, then each parameter's name and value, sorted)") + u'\n';
        text += u"  " + d->signedData + u'\n';
        text += tr("X-Twilio-Signature") + u"\n  " + d->signature + u'\n';
    }
    text += u'\n' + tr("Answer") + u'\n';
    if (d->responseStatus) {
        text += u"  HTTP " + QString::number(d->responseStatus)
            + (d->latencyMs >= 0 ? tr(", after %1 ms").arg(d->latencyMs) : QString()) + u'\n';
        text += headerLines(d->responseHeaders);
        if (!d->responseBody.isEmpty())
            text += u'\n' + d->responseBody
                + (d->responseTruncated ? u"\n" + tr("… (cut off: longer than Twilio reads)") : QString()) + u'\n';
    } else {
        text += u"  " + tr("none") + u'\n';
    }
    text += u'\n'
        + tr("Attempts: %1 · sent again: %2 · I-Twilio-Idempotency-Token: %3")
              .arg(d->attempts)
              .arg(d->resends)
              .arg(d->idempotencyToken);
    m_deliveryDetails->setPlainText(text);
}

void WebhooksWidget::showAlert()
{
    const int row = m_alertTable->currentIndex().row();
    const Alert* a = m_alerts->alertAt(row);
    if (!a) {
        m_alertSummary->clear();
        m_alertDetails->clear();
        return;
    }
    m_alerts->loadDetails(row); // the list has no request and response; one fetch has
    // The level in words, not only in the colour.
    const bool error = a->logLevel == u"error";
    const QString level = error     ? tr("Error-level alert")
        : a->logLevel == u"warning" ? tr("Warning-level alert")
                                    : tr("Alert (%1)").arg(a->logLevel);
    m_alertSummary->setText(level + u": " + explained(a->errorCode));
    m_alertSummary->setStyleSheet(
        QStringLiteral("color: %1;")
            .arg(ui::toneTextColor(error ? ui::Tone::Bad : ui::Tone::Caution, palette()).name()));
    QString text = tr("Twilio says: %1").arg(a->readableText()) + u"\n\n";
    if (!a->resourceSid.isEmpty())
        text += tr("About: %1").arg(a->resourceSid) + u'\n';
    if (!a->requestUrl.isEmpty())
        text += tr("Request: %1 %2").arg(a->requestMethod, a->requestUrl) + u'\n';
    if (!a->requestVariables.isEmpty()) {
        text += tr("Sent:") + u'\n';
        for (const auto& [name, value] : FormEncoding::decode(a->requestVariables.toUtf8()))
            text += u"  " + name + u" = " + value + u'\n';
    }
    if (!a->responseHeaders.isEmpty())
        text += tr("Answer's headers: %1").arg(a->responseHeaders) + u'\n';
    if (!a->responseBody.isEmpty())
        text += tr("Answer: %1").arg(a->responseBody) + u'\n';
    text += tr("More: %1").arg(ErrorCatalog::docsUrl(a->errorCode));
    m_alertDetails->setPlainText(text);
}

} // namespace textbench
