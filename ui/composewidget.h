// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apierror.h"
#include "messages/message.h"
#include "messages/messagejobs.h"
#include "messages/messageparams.h"
#include "state/workstate.h"

#include <QPointer>
#include <QWidget>

class QAction;
class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QToolButton;

namespace textbench {

class LookupRunner;
class SenderDirectory;
struct Sender;

/// \brief Compose and send: To and From (or a Messaging Service), checked and shown in E.164 as you type; the
/// body with a live segment counter that names the characters forcing UCS-2; media URLs; the less common options
/// folded away. Ctrl+Enter sends. What was typed stays after a failure.
class ComposeWidget : public QWidget
{
    Q_OBJECT
public:
    explicit ComposeWidget(ApiClient* client, QWidget* parent = nullptr);

    /// The parameters as typed (CreateMessageJob checks and normalises them).
    CreateMessageParams params() const;
    /// The default sender of the profile in force (a number or MG…), offered in From.
    void setDefaultSender(const QString& sender);
    /// What the account can send from: offered in From (each with what it can do), and checked before a send.
    void setSenders(SenderDirectory* senders);
    bool isSending() const { return m_job != nullptr; }
    /// The form as typed, to keep as a draft; setDraft() puts one back (what is typed now is replaced).
    ComposeDraft draft() const;
    void setDraft(const ComposeDraft& draft);

    /// For the window's menus and keys: send (Ctrl+Enter, from anywhere in the window), and start a new message
    /// (the cursor in To; asks to be shown first).
    QAction* sendAction() const { return m_sendAction; }
    QAction* newMessageAction() const { return m_newAction; }

public Q_SLOTS:
    void send();

Q_SIGNALS:
    /// An action is about to act: the composer should be on screen.
    void showRequested();
    /// \a message was created under \a session (ApiClient::isCurrent() tells whether the profile is still in force).
    void sent(const textbench::Message& message, const textbench::ApiSession& session);
    void failed(const textbench::ApiError& error);
    /// A lookup of To failed (\a context names it).
    void lookupFailed(const textbench::ApiError& error, const QString& context);
    void retryScheduled(int retry, int delayMs, const textbench::ApiError& reason);
    /// Something of the form changed (typed, pasted, toggled, restored, or cleared after a send).
    void edited();

private:
    void updateChecks();
    void updateSenders();
    /// Why sending from the sender in From may fail (media from a sender without MMS, a number the account does not
    /// own), or an empty string.
    QString senderWarning() const;
    QString capabilityWarning(const Sender& sender, const QString& from) const;
    bool hasMedia() const;
    void updateCounter();
    void setSending(bool sending);
    /// After a send: the body and the media go (Ctrl+Z in the body brings the text back), To, From and the
    /// options stay for the next message.
    void clearSentMessage();

    ApiClient* m_client;
    QLineEdit* m_to;
    QLabel* m_toCheck;
    QComboBox* m_from;
    QToolButton* m_refreshSenders;
    QLabel* m_fromCheck;
    QToolButton* m_lookUp;
    QPlainTextEdit* m_body;
    QLabel* m_counter;
    QLabel* m_ucs2;
    QToolButton* m_mediaToggle;
    QWidget* m_mediaBox;
    QPlainTextEdit* m_media;
    QToolButton* m_advancedToggle;
    QWidget* m_advancedBox;
    QLineEdit* m_statusCallback;
    QSpinBox* m_validity;
    QCheckBox* m_schedule;
    QDateTimeEdit* m_sendAt;
    QCheckBox* m_smartEncoding;
    QCheckBox* m_shortenUrls;
    QCheckBox* m_provideFeedback;
    QPushButton* m_send;
    QLabel* m_formProblem;
    QAction* m_sendAction;
    QAction* m_newAction;
    QPointer<CreateMessageJob> m_job;
    QString m_defaultSender; ///< the profile in force's, offered in From
    QPointer<SenderDirectory> m_senders;
    LookupRunner* m_lookups;
    /// The last lookup of To, shown under it while To is that number.
    QString m_lookedUpTo;
    QString m_lookupText;
    bool m_lookupReachable = true; ///< false: the lookup says To cannot receive SMS
    /// A sender warning the user has seen and sent past (Send again sends anyway).
    QString m_acknowledged;
};

} // namespace textbench
