// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apierror.h"

#include <QTimer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;

namespace textbench {

class ApiClient;
class ConversationListModel;
class ConversationThread;
class ThreadMessagesModel;
struct ConversationKey;

/// \brief Conversations: the messages between one of the account's numbers and one other number, both ways, in
/// order, as a phone shows them: the status of each of ours (in words, not only its colour) and the delivery error
/// of a failed one. On the sandbox a box below writes as the handset: a message to one of the sandbox's numbers,
/// which asks the number's SMS URL, so a developer can chat with their own bot. On a real account the threads come
/// from the log.
class ConversationsWidget : public QWidget
{
    Q_OBJECT
public:
    ConversationsWidget(
        ConversationListModel* list, ConversationThread* thread, ApiClient* client, QWidget* parent = nullptr);

    /// The handset box: shown on the sandbox only, with its numbers to write to.
    void setSandboxNumbers(const QStringList& numbers);
    /// Opens the conversation of \a ours and \a theirs (selecting it when it is in the list).
    void open(const ConversationKey& key);
    void refresh();
    /// As WebhooksWidget::setPushed(): on the embedded sandbox, read again when it changes, not on a timer.
    void setPushed(bool pushed);
    void changed();

Q_SIGNALS:
    void failed(const textbench::ApiError& error, const QString& context);
    void inspectRequested(const QString& sid);

protected:
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    void threadChanged();
    void sendAsHandset();

    ConversationListModel* m_list;
    ConversationThread* m_thread;
    ApiClient* m_client;
    ThreadMessagesModel* m_messages;
    QListView* m_threads;
    QLabel* m_title;
    QListView* m_view;
    QWidget* m_handset;
    QLineEdit* m_handsetNumber;
    QComboBox* m_ourNumber;
    QLineEdit* m_body;
    QPushButton* m_send;
    QLabel* m_handsetStatus;
    QTimer m_poll;
    QTimer m_soon;
    QTimer m_inFlight; ///< a message of the thread still on its way: its status is read again until final
    bool m_pushed = false;
    bool m_stale = true;
};

} // namespace textbench
