// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apierror.h"

#include <QTimer>
#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QToolButton;

namespace textbench {

class ApiClient;
class JsonHighlighter;
class LookupRunner;
class MessageWatch;

/// \brief The inspector: a message by SID, its fields and status badge, the timeline of the statuses it went
/// through (polled until final), its delivery error explained, the raw JSON (highlighted, searchable, copyable),
/// Redact / Cancel / Delete, each enabled only when Twilio allows it; Message Feedback (confirmed or not) for an
/// outgoing message, and a Lookup of its To (offered with a 30006: is it a landline?).
class InspectorWidget : public QWidget
{
    Q_OBJECT
public:
    InspectorWidget(MessageWatch* watch, ApiClient* client, QWidget* parent = nullptr);

    /// Fetches \a sid (as if typed and fetched).
    void inspect(const QString& sid);

    /// What the inspector can do, for the window's menus and keys: each action is enabled only when Twilio allows
    /// it (the buttons trigger the same actions), and asks to be shown (showRequested()) before it acts.
    struct Actions
    {
        QAction* findSid; ///< put the cursor in the SID field
        QAction* fetch; ///< fetch the SID again
        QAction* redact;
        QAction* cancel;
        QAction* remove;
        QAction* copyJson;
        QAction* feedbackConfirmed; ///< Message Feedback: the person acted on it
        QAction* feedbackUnconfirmed;
        QAction* lookUp; ///< Lookup of the message's To
    };
    const Actions& actions() const { return m_actions; }

Q_SIGNALS:
    void failed(const textbench::ApiError& error, const QString& context);
    /// An action is about to act: the inspector should be on screen.
    void showRequested();

private:
    void fetch();
    void refresh();
    void updateCountdown();
    bool confirm(const QString& title, const QString& text, const QString& action);
    QAction* makeAction(const QString& text, const QKeySequence& keys, void (InspectorWidget::*slot)());
    void redact();
    void cancelScheduled();
    void remove();
    void sendFeedback(const QString& outcome);
    /// Looks up the other party of the message shown (To of a message sent, From of one received).
    void lookUpTo();

    MessageWatch* m_watch;
    QLineEdit* m_sid;
    QPushButton* m_fetch;
    QLabel* m_sidProblem;
    QLabel* m_badge;
    QLabel* m_polling;
    QLabel* m_fields;
    QLabel* m_timeline;
    QLabel* m_deliveryError;
    QLabel* m_media;
    QLineEdit* m_search;
    QPushButton* m_copy;
    QPlainTextEdit* m_json;
    JsonHighlighter* m_highlighter;
    QPushButton* m_redact;
    QPushButton* m_cancel;
    QPushButton* m_delete;
    QToolButton* m_feedback;
    QPushButton* m_lookUp;
    QLabel* m_extra; ///< the feedback given and the lookup of To, for the message shown
    ApiClient* m_client;
    LookupRunner* m_lookups;
    QString m_extraSid; ///< the message m_extra is about
    QString m_feedbackText;
    QString m_lookupText;
    QString m_lookupSid; ///< the message the lookup in flight was asked for
    QTimer m_countdown;
    Actions m_actions {};
};

} // namespace textbench
