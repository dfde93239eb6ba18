// SPDX-License-Identifier: GPL-3.0-or-later
#include "conversationswidget.h"

#include "api/errorcatalog.h"
#include "messages/conversations.h"
#include "uiutil.h"
#include "webhooks/webhookjobs.h"

#include <QAbstractListModel>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPainter>
#include <QPainterPath>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QVBoxLayout>

namespace textbench {

/// The messages of the open conversation, for the view: what each says, and what a screen reader reads of it.
class ThreadMessagesModel : public QAbstractListModel
{
public:
    enum Role { OursRole = Qt::UserRole + 1, MetaRole, StatusRole, SidRole };
    using QAbstractListModel::QAbstractListModel;

    void setMessages(const QList<Message>& messages)
    {
        beginResetModel();
        m_messages = messages;
        endResetModel();
    }
    int rowCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_messages.size());
    }
    QVariant data(const QModelIndex& index, int role) const override
    {
        if (!index.isValid() || index.row() >= m_messages.size())
            return {};
        const Message& m = m_messages.at(index.row());
        const bool ours = m.direction != u"inbound";
        switch (role) {
        case Qt::DisplayRole:
            return m.body.isEmpty() && m.numMedia > 0 ? ConversationsWidget::tr("(%n picture(s))", nullptr, m.numMedia)
                                                      : m.body;
        case OursRole:
            return ours;
        case StatusRole:
            return m.statusText;
        case SidRole:
            return m.sid;
        case MetaRole:
            return meta(m, ours);
        case Qt::AccessibleTextRole:
            return (
                ours ? ConversationsWidget::tr("You (%1) wrote, %2: %3") : ConversationsWidget::tr("%1 wrote, %2: %3"))
                .arg(m.from, meta(m, ours), m.body);
        case Qt::ToolTipRole:
            return m.sid;
        default:
            return {};
        }
    }

private:
    /// "10:02:05 · delivered", "10:02:05 · undelivered: 30006 Landline or unreachable carrier"
    static QString meta(const Message& m, bool ours)
    {
        QString out = m.dateCreated.toLocalTime().toString(QStringLiteral("HH:mm:ss"));
        if (!ours)
            return out;
        out += u" · " + m.statusText;
        if (m.errorCode) {
            const ErrorCatalog::Entry e = ErrorCatalog::twilioCode(*m.errorCode);
            out += u": " + QString::number(*m.errorCode) + (e.isKnown() ? u' ' + e.title : QString());
        }
        return out;
    }

    QList<Message> m_messages;
};

namespace {
/// A message as a bubble: theirs on the left, ours on the right in the highlight colour, the time and (for ours)
/// the status under it, in words and in the status's colour.
class BubbleDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    static constexpr int kPad = 8;
    static constexpr int kGap = 6;

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        const QRect text = textRect(option, index);
        const int metaHeight = option.fontMetrics.height();
        return QSize(option.rect.width(), text.height() + 2 * kPad + metaHeight + kGap * 2);
    }

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        const bool ours = index.data(ThreadMessagesModel::OursRole).toBool();
        const QRect text = textRect(option, index);
        const int width = text.width() + 2 * kPad;
        const int x = ours ? option.rect.right() - width - kGap * 2 : option.rect.left() + kGap * 2;
        const QRect bubble(x, option.rect.top() + kGap, width, text.height() + 2 * kPad);
        const QPalette& pal = option.palette;
        const QColor fill = ours ? pal.color(QPalette::Highlight) : pal.color(QPalette::AlternateBase);
        QPainterPath path;
        path.addRoundedRect(bubble, 10, 10);
        painter->fillPath(path, fill);
        if (option.state & QStyle::State_Selected) {
            painter->setPen(QPen(pal.color(QPalette::Text), 1.5));
            painter->drawPath(path);
        }
        painter->setPen(ours ? pal.color(QPalette::HighlightedText) : pal.color(QPalette::Text));
        painter->drawText(bubble.adjusted(kPad, kPad, -kPad, -kPad), Qt::TextWordWrap | Qt::AlignLeft,
            index.data(Qt::DisplayRole).toString());
        QFont small = option.font;
        small.setPointSizeF(small.pointSizeF() * 0.85);
        painter->setFont(small);
        const QString status = index.data(ThreadMessagesModel::StatusRole).toString();
        // The status is in words as well; its colour kept readable on a dark base too.
        painter->setPen(ui::readableOn(
            ours ? ui::statusColor(MessageStatuses::fromString(status)) : pal.color(QPalette::PlaceholderText),
            pal.color(QPalette::Base)));
        const QRect metaRect(
            bubble.left(), bubble.bottom() + 2, option.rect.width() - 4 * kGap, option.fontMetrics.height());
        painter->drawText(ours
                ? QRect(option.rect.left(), metaRect.top(), option.rect.width() - kGap * 2, metaRect.height())
                : metaRect,
            (ours ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter,
            index.data(ThreadMessagesModel::MetaRole).toString());
        painter->restore();
    }

private:
    static QRect textRect(const QStyleOptionViewItem& option, const QModelIndex& index)
    {
        const int maxWidth = std::max(120, int(option.rect.width() * 0.7) - 2 * kPad);
        return option.fontMetrics.boundingRect(
            QRect(0, 0, maxWidth, 100000), Qt::TextWordWrap | Qt::AlignLeft, index.data(Qt::DisplayRole).toString());
    }
};
} // namespace

ConversationsWidget::ConversationsWidget(
    ConversationListModel* list, ConversationThread* thread, ApiClient* client, QWidget* parent)
    : QWidget(parent)
    , m_list(list)
    , m_thread(thread)
    , m_client(client)
    , m_messages(new ThreadMessagesModel(this))
    , m_threads(new QListView(this))
    , m_title(new QLabel(this))
    , m_view(new QListView(this))
    , m_handset(new QWidget(this))
    , m_handsetNumber(new QLineEdit(this))
    , m_ourNumber(new QComboBox(this))
    , m_body(new QLineEdit(this))
    , m_send(new QPushButton(tr("Send as the handset"), this))
    , m_handsetStatus(new QLabel(this))
{
    setObjectName(QStringLiteral("conversationsWidget"));
    m_threads->setObjectName(QStringLiteral("threadsListView"));
    m_threads->setAccessibleName(tr("Conversations"));
    m_threads->setModel(list);
    m_threads->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_threads->setUniformItemSizes(true);
    m_threads->setSpacing(2);
    m_threads->setTextElideMode(Qt::ElideRight);
    m_threads->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_title->setObjectName(QStringLiteral("conversationTitleLabel"));
    m_title->setTextFormat(Qt::PlainText);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setBuddy(m_view); // the title says whose conversation the list shows
    m_view->setObjectName(QStringLiteral("conversationListView"));
    m_view->setAccessibleName(tr("Messages of the conversation"));
    m_view->setModel(m_messages);
    m_view->setItemDelegate(new BubbleDelegate(m_view));
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->setResizeMode(QListView::Adjust);
    m_view->setWordWrap(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);

    m_handsetNumber->setObjectName(QStringLiteral("handsetNumberLineEdit"));
    m_handsetNumber->setAccessibleName(tr("The handset's number"));
    m_handsetNumber->setText(QStringLiteral("+14155552671"));
    m_ourNumber->setObjectName(QStringLiteral("ourNumberComboBox"));
    m_ourNumber->setAccessibleName(tr("The sandbox number it writes to"));
    m_body->setObjectName(QStringLiteral("handsetBodyLineEdit"));
    m_body->setAccessibleName(tr("What the handset writes"));
    m_body->setPlaceholderText(tr("Write as the handset, then Enter"));
    m_send->setObjectName(QStringLiteral("sendAsHandsetButton"));
    m_handsetStatus->setObjectName(QStringLiteral("handsetStatusLabel"));
    m_handsetStatus->setTextFormat(Qt::PlainText);
    m_handsetStatus->setWordWrap(true);
    ui::makeCaption(m_handsetStatus);
    auto* from = new QLabel(tr("&Handset"), m_handset);
    from->setBuddy(m_handsetNumber);
    auto* to = new QLabel(tr("&to"), m_handset);
    to->setBuddy(m_ourNumber);
    auto* handsetRow = new QHBoxLayout;
    handsetRow->addWidget(from);
    handsetRow->addWidget(m_handsetNumber);
    handsetRow->addWidget(to);
    handsetRow->addWidget(m_ourNumber);
    auto* bodyRow = new QHBoxLayout;
    bodyRow->addWidget(m_body, 1);
    bodyRow->addWidget(m_send);
    auto* handsetLayout = new QVBoxLayout(m_handset);
    handsetLayout->setContentsMargins(0, 0, 0, 0);
    handsetLayout->addLayout(handsetRow);
    handsetLayout->addLayout(bodyRow);
    handsetLayout->addWidget(m_handsetStatus);
    m_handset->setObjectName(QStringLiteral("handsetWidget"));
    m_handset->hide();

    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_title);
    rightLayout->addWidget(m_view, 1);
    rightLayout->addWidget(m_handset);
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(QStringLiteral("conversationsSplitter"));
    split->addWidget(m_threads);
    split->addWidget(right);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 3);
    split->setSizes({ 300, 900 });
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(split);
    setTabOrder(m_threads, m_view);
    setTabOrder(m_view, m_handsetNumber);
    setTabOrder(m_handsetNumber, m_ourNumber);
    setTabOrder(m_ourNumber, m_body);
    setTabOrder(m_body, m_send);

    connect(m_threads->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex& i) {
        const ConversationKey key = m_list->keyAt(i.row());
        if (!key.isValid())
            return;
        m_thread->open(key);
        m_handsetNumber->setText(key.theirs);
        if (const int at = m_ourNumber->findText(key.ours); at >= 0)
            m_ourNumber->setCurrentIndex(at);
    });
    connect(list, &ConversationListModel::failed, this,
        [this](const ApiError& e) { Q_EMIT failed(e, tr("Conversations")); });
    connect(thread, &ConversationThread::changed, this, &ConversationsWidget::threadChanged);
    connect(thread, &ConversationThread::failed, this,
        [this](const ApiError& e) { Q_EMIT failed(e, tr("Conversations")); });
    connect(m_view, &QListView::doubleClicked, this,
        [this](const QModelIndex& i) { Q_EMIT inspectRequested(i.data(ThreadMessagesModel::SidRole).toString()); });
    connect(m_body, &QLineEdit::returnPressed, this, &ConversationsWidget::sendAsHandset);
    connect(m_send, &QPushButton::clicked, this, &ConversationsWidget::sendAsHandset);
    m_poll.setInterval(3000);
    connect(&m_poll, &QTimer::timeout, this, &ConversationsWidget::refresh);
    m_soon.setSingleShot(true);
    m_soon.setInterval(150);
    connect(&m_soon, &QTimer::timeout, this, &ConversationsWidget::refresh);
    // A status moves on by itself (queued, sent, delivered): while one of the thread's is not final, read it again.
    m_inFlight.setSingleShot(true);
    m_inFlight.setInterval(1000);
    connect(&m_inFlight, &QTimer::timeout, m_thread, &ConversationThread::refresh);
    threadChanged();
}

void ConversationsWidget::setSandboxNumbers(const QStringList& numbers)
{
    m_ourNumber->clear();
    m_ourNumber->addItems(numbers);
    m_handset->setVisible(!numbers.isEmpty());
}

void ConversationsWidget::open(const ConversationKey& key)
{
    m_thread->open(key);
    if (const int row = m_list->rowOf(key); row >= 0)
        m_threads->setCurrentIndex(m_list->index(row));
}

void ConversationsWidget::refresh()
{
    m_stale = false;
    m_list->refresh();
    m_thread->refresh();
}

void ConversationsWidget::setPushed(bool pushed)
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

void ConversationsWidget::changed()
{
    m_stale = true;
    if (isVisible())
        m_soon.start();
}

void ConversationsWidget::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale || !m_pushed)
        refresh();
    if (!m_pushed)
        m_poll.start();
}

void ConversationsWidget::hideEvent(QHideEvent* event)
{
    QWidget::hideEvent(event);
    m_poll.stop();
    m_inFlight.stop();
}

void ConversationsWidget::threadChanged()
{
    const ConversationKey& key = m_thread->key();
    m_title->setText(key.isValid() ? tr("%1, with your number %2").arg(key.theirs, key.ours)
                                   : tr("Pick a conversation on the left, or write as a handset below."));
    m_view->setAccessibleDescription(m_title->text());
    const bool atBottom = m_view->verticalScrollBar()->value() >= m_view->verticalScrollBar()->maximum() - 4;
    const QString selected = m_view->currentIndex().data(ThreadMessagesModel::SidRole).toString();
    m_messages->setMessages(m_thread->messages());
    for (int row = 0; row < m_messages->rowCount(); ++row) {
        if (m_messages->index(row).data(ThreadMessagesModel::SidRole).toString() == selected)
            m_view->setCurrentIndex(m_messages->index(row));
    }
    if (atBottom)
        m_view->scrollToBottom();
    const QList<Message>& all = m_thread->messages();
    const bool moving = std::any_of(all.cbegin(), all.cend(),
        [](const Message& m) { return m.direction != u"inbound" && !MessageStatuses::isFinal(m.status); });
    if (moving && isVisible())
        m_inFlight.start();
}

void ConversationsWidget::sendAsHandset()
{
    const QString body = m_body->text();
    if (body.trimmed().isEmpty() || m_ourNumber->currentText().isEmpty())
        return;
    const ConversationKey key { m_ourNumber->currentText(), m_handsetNumber->text().trimmed() };
    auto* job = new SendInboundMessageJob(m_client, key.theirs, key.ours, body, {});
    m_send->setEnabled(false);
    m_handsetStatus->setText(tr("Sending…"));
    connect(job, &ApiJob::finished, this, [this, job, key] {
        m_send->setEnabled(true);
        if (!job->succeeded()) {
            // What was typed stays, to send again once the problem is fixed.
            m_handsetStatus->setText(job->error().toText());
            Q_EMIT failed(job->error(), tr("Write as the handset"));
            return;
        }
        m_body->clear();
        m_handsetStatus->setText(tr("Received by %1 as %2; the sandbox now asks its SMS URL what to answer (see "
                                    "Webhooks).")
                                     .arg(key.ours, job->message().sid));
        const ConversationKey received { job->message().to, job->message().from };
        if (m_thread->key() == received)
            m_thread->refresh();
        else
            open(received);
        m_list->refresh();
    });
    job->start();
}

} // namespace textbench
