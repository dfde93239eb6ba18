// SPDX-License-Identifier: GPL-3.0-or-later
#include "webhookmodels.h"

#include "api/apiclient.h"
#include "api/errorcatalog.h"
#include "webhookjobs.h"

namespace textbench {

namespace {
QString shortTime(const QDateTime& dt)
{
    return dt.isValid() ? dt.toLocalTime().toString(QStringLiteral("HH:mm:ss")) : QString();
}

} // namespace

// --- webhook deliveries ------------------------------------------------------------------------------------------

WebhookDeliveryModel::WebhookDeliveryModel(ApiClient* client, QObject* parent)
    : SidTableModel(parent)
    , m_client(client)
{ }

int WebhookDeliveryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int WebhookDeliveryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString WebhookDeliveryModel::eventText(const WebhookDelivery& d)
{
    if (d.kind == u"status-callback")
        return tr("status callback: %1").arg(d.messageStatus);
    if (d.kind == u"inbound")
        return tr("inbound message");
    if (d.kind == u"fallback")
        return tr("inbound message, fallback URL");
    if (d.kind == u"redirect")
        return tr("<Redirect>");
    return d.kind;
}

QString WebhookDeliveryModel::outcomeText(const WebhookDelivery& d)
{
    if (d.outcome == u"delivered")
        return tr("delivered");
    if (d.outcome == u"failed")
        return tr("failed (%1)").arg(d.errorCode);
    if (d.outcome == u"not-sent")
        return d.errorCode ? tr("not sent (%1)").arg(d.errorCode) : tr("not sent");
    return tr("in flight…");
}

QVariant WebhookDeliveryModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const WebhookDelivery& d = m_rows.at(index.row());
    switch (role) {
    case SidRole:
        return d.sid;
    case OutcomeRole:
        return d.outcome;
    case ErrorCodeRole:
        return d.errorCode;
    case Qt::ToolTipRole:
        return d.explanation;
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return shortTime(d.created);
        case EventColumn:
            return eventText(d);
        case RequestColumn:
            return d.url.isEmpty() ? tr("(no URL)") : d.method + u' ' + d.url;
        case StatusColumn:
            return d.responseStatus ? QVariant(d.responseStatus) : QVariant(QStringLiteral("—"));
        case LatencyColumn:
            return d.latencyMs >= 0 ? tr("%1 ms").arg(d.latencyMs) : QString();
        case OutcomeColumn:
            return outcomeText(d);
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant WebhookDeliveryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case EventColumn:
        return tr("Event");
    case RequestColumn:
        return tr("Request");
    case StatusColumn:
        return tr("HTTP");
    case LatencyColumn:
        return tr("Took");
    case OutcomeColumn:
        return tr("Outcome");
    default:
        return {};
    }
}

void WebhookDeliveryModel::refresh()
{
    if (m_job)
        return;
    auto* job = new ListWebhookDeliveriesJob(m_client, {}, kWindow, kWindow);
    m_job = job;
    connect(job, &ApiJob::finished, this, [this, job] {
        if (m_job != job)
            return; // cleared meanwhile (a profile switch)
        m_job = nullptr;
        if (job->succeeded()) {
            m_available = true;
            replace(job->items());
            Q_EMIT refreshed();
        } else if (job->error().httpStatus() == 404) {
            m_available = false;
            replace({});
            Q_EMIT unavailable();
        } else {
            Q_EMIT failed(job->error());
        }
    });
    job->start();
}

void WebhookDeliveryModel::clear()
{
    if (m_job)
        m_job->cancel();
    m_job = nullptr;
    m_available = true;
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

void WebhookDeliveryModel::replace(const QList<WebhookDelivery>& deliveries)
{
    replaceBySid(m_rows, deliveries);
}

const WebhookDelivery* WebhookDeliveryModel::deliveryAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int WebhookDeliveryModel::rowOf(const QString& sid) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).sid == sid)
            return int(i);
    }
    return -1;
}

void WebhookDeliveryModel::resend(const QString& sid)
{
    auto* job = new ResendWebhookDeliveryJob(m_client, sid);
    connect(job, &ApiJob::finished, this, [this, job] {
        if (!job->succeeded())
            Q_EMIT failed(job->error());
        refresh();
    });
    job->start();
}

// --- alerts --------------------------------------------------------------------------------------------------------

AlertListModel::AlertListModel(ApiClient* client, QObject* parent)
    : SidTableModel(parent)
    , m_client(client)
{ }

int AlertListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AlertListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AlertListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Alert& a = m_rows.at(index.row());
    switch (role) {
    case SidRole:
        return a.sid;
    case ErrorCodeRole:
        return a.errorCode;
    case LevelRole:
        return a.logLevel;
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return a.dateCreated.isValid() ? a.dateCreated.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                                           : QString();
        case CodeColumn: {
            const ErrorCatalog::Entry e = ErrorCatalog::twilioCode(a.errorCode);
            return e.isKnown() ? QStringLiteral("%1 · %2").arg(a.errorCode).arg(e.title) : QString::number(a.errorCode);
        }
        case LevelColumn:
            return a.logLevel;
        case ResourceColumn:
            return a.resourceSid;
        case TextColumn:
            return a.readableText();
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant AlertListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case CodeColumn:
        return tr("Error");
    case LevelColumn:
        return tr("Level");
    case ResourceColumn:
        return tr("About");
    case TextColumn:
        return tr("What Twilio says");
    default:
        return {};
    }
}

void AlertListModel::refresh()
{
    if (m_job)
        return;
    auto* job = new ListAlertsJob(m_client, {}, kWindow);
    m_job = job;
    connect(job, &ApiJob::finished, this, [this, job] {
        if (m_job != job)
            return;
        m_job = nullptr;
        if (job->succeeded()) {
            QList<Alert> fresh = job->items();
            for (Alert& a : fresh)
                a = m_details.value(a.sid, a); // what was fetched whole stays whole
            replaceBySid(m_rows, fresh);
            Q_EMIT refreshed();
        } else {
            Q_EMIT failed(job->error());
        }
    });
    job->start();
}

void AlertListModel::clear()
{
    if (m_job)
        m_job->cancel();
    m_job = nullptr;
    m_details.clear();
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

void AlertListModel::loadDetails(int row)
{
    const Alert* a = alertAt(row);
    if (!a || m_details.contains(a->sid) || m_fetching.contains(a->sid))
        return;
    const QString sid = a->sid;
    m_fetching.insert(sid);
    auto* job = new FetchAlertJob(m_client, sid);
    connect(job, &ApiJob::finished, this, [this, job, sid] {
        m_fetching.remove(sid);
        if (!job->succeeded())
            return; // the summary stays; the list said what it could
        m_details.insert(sid, job->alert());
        if (const int at = rowOf(sid); at >= 0) {
            m_rows[at] = job->alert();
            Q_EMIT dataChanged(index(at, 0), index(at, ColumnCount - 1));
            Q_EMIT detailsLoaded(sid);
        }
    });
    job->start();
}

const Alert* AlertListModel::alertAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int AlertListModel::rowOf(const QString& sid) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).sid == sid)
            return int(i);
    }
    return -1;
}

} // namespace textbench
