// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QAction;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace textbench {

class RequestLog;
class RequestLogModel;

/// \brief Activity: every HTTP exchange (method, path, outcome, duration, size, retries); the selected one's
/// headers and bodies (Authorization and secrets masked), and "Copy as cURL" with $TWILIO_… placeholders.
class ActivityWidget : public QWidget
{
    Q_OBJECT
public:
    ActivityWidget(RequestLogModel* model, RequestLog* log, QWidget* parent = nullptr);

    QTableView* table() const { return m_table; }
    QString details() const;
    /// The selected exchange as a cURL command (empty when none).
    QString selectedCurl() const;
    /// Copies it to the clipboard (Ctrl+Shift+U; enabled while one is selected).
    QAction* copyCurlAction() const { return m_copyCurlAction; }

private:
    void showSelected();

    RequestLogModel* m_model;
    RequestLog* m_log;
    QTableView* m_table;
    QPlainTextEdit* m_details;
    QPushButton* m_copyCurl;
    QAction* m_copyCurlAction;
    QPushButton* m_clear;
};

} // namespace textbench
