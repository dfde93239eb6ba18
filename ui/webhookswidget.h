// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apierror.h"

#include <QTimer>
#include <QWidget>

class QAction;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace textbench {

class AlertListModel;
class WebhookDeliveryModel;

/// \brief The Webhooks panel: every request the sandbox made to the developer's app (status callbacks, inbound
/// messages, fallbacks, redirects) with what was sent, the exact string signed and the signature, and what came
/// back; each can be sent again (same idempotency token). Below, Monitor's alerts, each explained through the error
/// catalogue, on any profile.
///
/// While it is shown it reads both again (the requests every second, the alerts every five): a request made while
/// the user watches appears on its own.
class WebhooksWidget : public QWidget
{
    Q_OBJECT
public:
    WebhooksWidget(WebhookDeliveryModel* deliveries, AlertListModel* alerts, QWidget* parent = nullptr);

    QAction* resendAction() const { return m_resendAction; }
    QAction* refreshAction() const { return m_refreshAction; }
    /// Reads both lists now.
    void refresh();
    /// True on the embedded sandbox: it says when something changed (changed()), so nothing is polled. Otherwise the
    /// lists are read again every few seconds while the panel is shown.
    void setPushed(bool pushed);
    /// The sandbox changed: read again now if shown, else when shown.
    void changed();

Q_SIGNALS:
    void failed(const textbench::ApiError& error, const QString& context);
    /// The user asked to see a message (double-click on a request).
    void inspectRequested(const QString& sid);

protected:
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    void showDelivery();
    void showAlert();

    WebhookDeliveryModel* m_deliveries;
    AlertListModel* m_alerts;
    QStackedWidget* m_requestsStack;
    QTableView* m_requestTable;
    QLabel* m_unavailable;
    QLabel* m_deliverySummary;
    QPlainTextEdit* m_deliveryDetails;
    QPushButton* m_resend;
    QAction* m_resendAction;
    QAction* m_refreshAction;
    QTableView* m_alertTable;
    QLabel* m_alertSummary;
    QPlainTextEdit* m_alertDetails;
    QTimer m_poll;
    QTimer m_soon; ///< a burst of changes is one read
    bool m_pushed = false;
    bool m_stale = true;
};

} // namespace textbench
