// SPDX-License-Identifier: GPL-3.0-or-later
#include "composewidget.h"

#include "api/apiclient.h"
#include "api/sid.h"
#include "lookuprunner.h"
#include "messages/messagejobs.h"
#include "messages/segmentcalculator.h"
#include "numbers/senderdirectory.h"
#include "phone/phonenumbers.h"
#include "uiutil.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStyledItemDelegate>
#include <QTextCursor>
#include <QTextDocument>
#include <QToolButton>
#include <QVBoxLayout>

namespace textbench {

namespace {
QString checkText(const AddressCheck& check)
{
    if (check.normalized.isEmpty())
        return {};
    if (!check.isValid())
        return QStringLiteral("✗ ") + check.problem;
    QString text = QStringLiteral("✓ ") + check.normalized;
    if (!check.regionCode.isEmpty())
        text += u" · " + check.regionCode;
    if (!check.numberType.isEmpty())
        text += u' ' + check.numberType;
    if (!check.warning.isEmpty())
        text += u" · " + check.warning;
    return text;
}

/// What a sender is and can do, shown beside it in From's list (the line edit keeps the address alone).
constexpr int kDetailRole = Qt::UserRole + 1;

QString senderDetail(const Sender& s)
{
    QStringList parts;
    switch (s.kind) {
    case Sender::Kind::Number:
        parts << (s.friendlyName.isEmpty() ? ComposeWidget::tr("number") : s.friendlyName);
        break;
    case Sender::Kind::ShortCode:
        parts << ComposeWidget::tr("short code");
        break;
    case Sender::Kind::Service:
        parts << ComposeWidget::tr("Messaging Service “%1”").arg(s.friendlyName);
        break;
    }
    parts << (!s.sms      ? ComposeWidget::tr("no SMS")
            : !s.mmsKnown ? ComposeWidget::tr("SMS")
            : s.mms       ? ComposeWidget::tr("SMS and MMS")
                          : ComposeWidget::tr("SMS only"));
    if (!s.serviceName.isEmpty())
        parts << ComposeWidget::tr("in %1").arg(s.serviceName);
    return parts.join(QStringLiteral(" · "));
}

class SenderDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (const QString detail = index.data(kDetailRole).toString(); !detail.isEmpty())
            option->text += QStringLiteral("   —   ") + detail;
    }
};

void setCheck(QLabel* label, const QString& input, const AddressCheck& check)
{
    if (input.trimmed().isEmpty()) {
        label->clear();
        return;
    }
    label->setText(check.isValid() ? checkText(check) : QString(QStringLiteral("✗ ") + check.problem));
    QPalette p = label->palette();
    // The tone repeats the ✓ or ✗ (never the only sign), readable on the window in light and dark.
    p.setColor(QPalette::WindowText,
        ui::toneTextColor(
            check.isValid() ? (check.warning.isEmpty() ? ui::Tone::Good : ui::Tone::Caution) : ui::Tone::Bad, p));
    label->setPalette(p);
}
} // namespace

ComposeWidget::ComposeWidget(ApiClient* client, QWidget* parent)
    : QWidget(parent)
    , m_client(client)
    , m_to(new QLineEdit(this))
    , m_toCheck(new QLabel(this))
    , m_from(new QComboBox(this))
    , m_refreshSenders(new QToolButton(this))
    , m_fromCheck(new QLabel(this))
    , m_lookUp(new QToolButton(this))
    , m_body(new QPlainTextEdit(this))
    , m_counter(new QLabel(this))
    , m_ucs2(new QLabel(this))
    , m_mediaToggle(new QToolButton(this))
    , m_mediaBox(new QWidget(this))
    , m_media(new QPlainTextEdit(m_mediaBox))
    , m_advancedToggle(new QToolButton(this))
    , m_advancedBox(new QWidget(this))
    , m_statusCallback(new QLineEdit(m_advancedBox))
    , m_validity(new QSpinBox(m_advancedBox))
    , m_schedule(new QCheckBox(tr("Send at"), m_advancedBox))
    , m_sendAt(new QDateTimeEdit(m_advancedBox))
    , m_smartEncoding(
          new QCheckBox(tr("Smart encoding (replace look-alike characters with GSM-7 ones)"), m_advancedBox))
    , m_shortenUrls(new QCheckBox(tr("Shorten URLs (needs a Messaging Service)"), m_advancedBox))
    , m_provideFeedback(new QCheckBox(
          tr("Track feedback (ProvideFeedback: report later whether the person acted on it)"), m_advancedBox))
    , m_send(new QPushButton(tr("Send"), this))
    , m_formProblem(new QLabel(this))
    , m_sendAction(new QAction(tr("&Send"), this))
    , m_newAction(new QAction(tr("&New message"), this))
    , m_lookups(new LookupRunner(client, this))
{
    setObjectName(QStringLiteral("composeWidget"));
    m_to->setObjectName(QStringLiteral("toLineEdit"));
    m_to->setPlaceholderText(tr("+1 415 555 2671, or whatsapp:+1…"));
    m_to->setAccessibleName(tr("To"));
    m_toCheck->setObjectName(QStringLiteral("toCheckLabel"));
    m_from->setObjectName(QStringLiteral("fromComboBox"));
    m_from->setEditable(true);
    m_from->setInsertPolicy(QComboBox::NoInsert);
    m_from->lineEdit()->setPlaceholderText(
        tr("A Twilio number, a short code, a sender ID, or MG… (a Messaging Service)"));
    m_from->setAccessibleName(tr("From or Messaging Service"));
    // Where the user types: a text field of its own for a screen reader (the box's own name is its value on Linux).
    m_from->lineEdit()->setAccessibleName(tr("From or Messaging Service"));
    m_from->setItemDelegate(new SenderDelegate(m_from));
    m_refreshSenders->setObjectName(QStringLiteral("refreshSendersButton"));
    m_refreshSenders->setText(tr("Refresh"));
    m_refreshSenders->setToolTip(tr("Fetch the account's numbers, short codes and Messaging Services again"));
    m_refreshSenders->setAccessibleName(tr("Refresh the senders"));
    m_lookUp->setObjectName(QStringLiteral("lookUpToButton"));
    m_lookUp->setText(tr("Look up"));
    m_lookUp->setToolTip(tr("Ask Twilio's Lookup whether To is valid, and whether it is a mobile or a landline "
                            "(billed on a real account; asked first)"));
    m_lookUp->setAccessibleName(tr("Look up the To number"));
    m_fromCheck->setObjectName(QStringLiteral("fromCheckLabel"));
    m_body->setObjectName(QStringLiteral("bodyTextEdit"));
    m_body->setPlaceholderText(tr("Message text"));
    m_body->setAccessibleName(tr("Body"));
    m_body->setTabChangesFocus(true);
    m_counter->setObjectName(QStringLiteral("counterLabel"));
    m_ucs2->setObjectName(QStringLiteral("ucs2Label"));
    m_ucs2->setWordWrap(true);
    m_media->setObjectName(QStringLiteral("mediaTextEdit"));
    m_media->setPlaceholderText(tr("One public https:// URL per line (up to 10)"));
    m_media->setAccessibleName(tr("Media URLs"));
    m_media->setTabChangesFocus(true);
    m_media->setMaximumHeight(70);
    m_mediaBox->setObjectName(QStringLiteral("mediaWidget"));
    m_advancedBox->setObjectName(QStringLiteral("advancedWidget"));
    // Folded sections: a disclosure arrow and its content, shown on demand.
    for (auto [toggle, box, name, text] : { std::tuple { m_mediaToggle, m_mediaBox, "mediaToggleButton", tr("Media") },
             std::tuple { m_advancedToggle, m_advancedBox, "advancedToggleButton",
                 tr("Advanced: status callback, validity, scheduling, smart encoding, short URLs") } }) {
        toggle->setObjectName(QString::fromLatin1(name));
        toggle->setText(text);
        toggle->setCheckable(true);
        toggle->setAutoRaise(true);
        toggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        toggle->setArrowType(Qt::RightArrow);
        box->setVisible(false);
        // (Copies: clang 14, which the static analysis runs, cannot capture a structured binding.)
        QToolButton* const arrow = toggle;
        QWidget* const content = box;
        connect(toggle, &QToolButton::toggled, box, [arrow, content](bool on) {
            arrow->setArrowType(on ? Qt::DownArrow : Qt::RightArrow);
            content->setVisible(on);
        });
    }
    m_statusCallback->setObjectName(QStringLiteral("statusCallbackLineEdit"));
    m_statusCallback->setPlaceholderText(QStringLiteral("https://example.com/status"));
    m_validity->setObjectName(QStringLiteral("validitySpinBox"));
    m_validity->setRange(0, 36000);
    m_validity->setSpecialValueText(tr("Twilio's default (4 h)"));
    m_validity->setSuffix(tr(" s"));
    m_schedule->setObjectName(QStringLiteral("scheduleCheckBox"));
    m_sendAt->setObjectName(QStringLiteral("sendAtDateTimeEdit"));
    m_sendAt->setCalendarPopup(true);
    m_sendAt->setDateTime(QDateTime::currentDateTime().addSecs(3600));
    m_sendAt->setEnabled(false);
    m_sendAt->setAccessibleName(tr("Send at (date and time)"));
    m_smartEncoding->setObjectName(QStringLiteral("smartEncodingCheckBox"));
    m_shortenUrls->setObjectName(QStringLiteral("shortenUrlsCheckBox"));
    m_provideFeedback->setObjectName(QStringLiteral("provideFeedbackCheckBox"));
    m_send->setObjectName(QStringLiteral("sendButton"));
    m_send->setDefault(true);
    m_send->setToolTip(tr("Send (Ctrl+Enter)"));
    m_formProblem->setObjectName(QStringLiteral("formProblemLabel"));
    // These repeat what the user typed: plain text, so that "<b>" in a field is shown, not rendered.
    for (QLabel* label : { m_toCheck, m_fromCheck, m_ucs2, m_formProblem, m_counter })
        label->setTextFormat(Qt::PlainText);
    m_formProblem->setWordWrap(true);
    ui::makeCaption(m_counter);
    ui::makeCaption(m_ucs2);
    ui::makeCaption(m_toCheck);
    ui::makeCaption(m_fromCheck);

    auto* mediaLayout = new QVBoxLayout(m_mediaBox);
    mediaLayout->setContentsMargins(20, 0, 0, 0);
    mediaLayout->addWidget(m_media);
    auto* advanced = new QFormLayout(m_advancedBox);
    advanced->setContentsMargins(20, 0, 0, 0);
    advanced->addRow(tr("Status callback"), m_statusCallback);
    advanced->addRow(tr("Validity period"), m_validity);
    auto* scheduleRow = new QHBoxLayout;
    scheduleRow->addWidget(m_schedule);
    scheduleRow->addWidget(m_sendAt, 1);
    advanced->addRow(tr("Schedule"), scheduleRow);
    if (auto* label = qobject_cast<QLabel*>(advanced->labelForField(scheduleRow)))
        label->setBuddy(m_schedule);
    advanced->addRow(m_smartEncoding);
    advanced->addRow(m_shortenUrls);
    advanced->addRow(m_provideFeedback);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto* toRow = new QHBoxLayout;
    toRow->addWidget(m_to, 1);
    toRow->addWidget(m_lookUp);
    form->addRow(tr("&To"), toRow);
    form->addRow(QString(), m_toCheck);
    auto* fromRow = new QHBoxLayout;
    fromRow->addWidget(m_from, 1);
    fromRow->addWidget(m_refreshSenders);
    form->addRow(tr("&From"), fromRow);
    form->addRow(QString(), m_fromCheck);
    form->addRow(tr("&Body"), m_body);
    form->addRow(QString(), m_counter);
    form->addRow(QString(), m_ucs2);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_formProblem, 1);
    buttons->addWidget(m_send);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form, 1);
    layout->addWidget(m_mediaToggle, 0, Qt::AlignLeft);
    layout->addWidget(m_mediaBox);
    layout->addWidget(m_advancedToggle, 0, Qt::AlignLeft);
    layout->addWidget(m_advancedBox);
    layout->addLayout(buttons);

    // Buddies: the labels' mnemonics (Alt+T, Alt+F) go to the fields, not to their rows' buttons.
    for (QWidget* field : { static_cast<QWidget*>(m_to), static_cast<QWidget*>(m_from) })
        if (auto* label = qobject_cast<QLabel*>(form->labelForField(field == m_to ? toRow : fromRow)))
            label->setBuddy(field);
    setTabOrder(m_to, m_lookUp);
    setTabOrder(m_lookUp, m_from);
    setTabOrder(m_from, m_refreshSenders);
    setTabOrder(m_refreshSenders, m_body);
    setTabOrder(m_body, m_mediaToggle);
    setTabOrder(m_mediaToggle, m_media);
    setTabOrder(m_media, m_advancedToggle);
    setTabOrder(m_advancedToggle, m_statusCallback);

    connect(m_to, &QLineEdit::textChanged, this, &ComposeWidget::updateChecks);
    connect(m_from, &QComboBox::currentTextChanged, this, &ComposeWidget::updateChecks);
    connect(m_media, &QPlainTextEdit::textChanged, this, &ComposeWidget::updateChecks);
    connect(m_mediaToggle, &QToolButton::toggled, this, &ComposeWidget::updateChecks);
    // Another profile or account: a warning sent past under the one before is asked again.
    connect(m_client, &ApiClient::targetChanged, this, [this] {
        m_acknowledged.clear();
        if (!m_job)
            m_send->setText(tr("Send"));
    });
    connect(m_refreshSenders, &QToolButton::clicked, this, [this] {
        if (m_senders)
            m_senders->refresh();
    });
    connect(m_lookUp, &QToolButton::clicked, this, [this] {
        const AddressCheck to = PhoneNumbers::check(m_to->text(), PhoneNumbers::Role::To);
        m_lookUp->setEnabled(
            !m_lookups->lookUp(to.kind == AddressCheck::Kind::PhoneNumber ? to.normalized : m_to->text().trimmed()));
    });
    connect(m_lookups, &LookupRunner::started, this, [this](const QString& number) {
        m_lookedUpTo = number;
        m_lookupText = tr("Looking %1 up…").arg(number);
        updateChecks();
    });
    connect(m_lookups, &LookupRunner::looked, this, [this](const PhoneLookup& lookup, const QString& asked) {
        m_lookUp->setEnabled(true);
        m_lookedUpTo = asked;
        m_lookupText = LookupRunner::describe(lookup);
        m_lookupReachable = lookup.valid && lookup.canReceiveSms();
        updateChecks();
    });
    connect(m_lookups, &LookupRunner::dropped, this, [this] {
        m_lookupText.clear();
        updateChecks();
    });
    connect(m_lookups, &LookupRunner::failed, this, [this](const ApiError& error, const QString& context) {
        m_lookUp->setEnabled(true);
        m_lookupText.clear();
        updateChecks();
        Q_EMIT lookupFailed(error, context);
    });
    connect(m_body, &QPlainTextEdit::textChanged, this, &ComposeWidget::updateCounter);
    connect(m_smartEncoding, &QCheckBox::toggled, this, &ComposeWidget::updateCounter);
    connect(m_schedule, &QCheckBox::toggled, m_sendAt, &QWidget::setEnabled);
    connect(m_send, &QPushButton::clicked, this, &ComposeWidget::send);
    // Ctrl+Enter sends from anywhere in the window (the main key and the keypad's): the window's menu carries the
    // action, and the composer binds the key nowhere else, which would make it ambiguous.
    m_sendAction->setShortcuts({ QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter) });
    connect(m_sendAction, &QAction::triggered, this, &ComposeWidget::send);
    m_newAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    connect(m_newAction, &QAction::triggered, this, [this] {
        Q_EMIT showRequested();
        m_to->setFocus();
    });
    // Every edit, for the draft kept on disk.
    for (QLineEdit* edit : { m_to, m_statusCallback })
        connect(edit, &QLineEdit::textChanged, this, &ComposeWidget::edited);
    connect(m_from, &QComboBox::currentTextChanged, this, &ComposeWidget::edited);
    for (QPlainTextEdit* edit : { m_body, m_media })
        connect(edit, &QPlainTextEdit::textChanged, this, &ComposeWidget::edited);
    for (QAbstractButton* toggle : std::initializer_list<QAbstractButton*> {
             m_mediaToggle, m_advancedToggle, m_schedule, m_smartEncoding, m_shortenUrls, m_provideFeedback })
        connect(toggle, &QAbstractButton::toggled, this, &ComposeWidget::edited);
    connect(m_validity, &QSpinBox::valueChanged, this, &ComposeWidget::edited);
    connect(m_sendAt, &QDateTimeEdit::dateTimeChanged, this, &ComposeWidget::edited);
    updateChecks();
    updateCounter();
}

ComposeDraft ComposeWidget::draft() const
{
    ComposeDraft d;
    d.to = m_to->text();
    d.from = m_from->currentText();
    d.body = m_body->toPlainText();
    d.mediaUrls = m_media->toPlainText();
    d.mediaShown = m_mediaToggle->isChecked();
    d.advancedShown = m_advancedToggle->isChecked();
    d.statusCallback = m_statusCallback->text();
    d.validityPeriod = m_validity->value();
    d.scheduled = m_schedule->isChecked();
    if (d.scheduled)
        d.sendAt = m_sendAt->dateTime();
    d.smartEncoded = m_smartEncoding->isChecked();
    d.shortenUrls = m_shortenUrls->isChecked();
    d.provideFeedback = m_provideFeedback->isChecked();
    return d;
}

void ComposeWidget::setDraft(const ComposeDraft& d)
{
    m_to->setText(d.to);
    m_from->setEditText(d.from);
    m_body->setPlainText(d.body);
    m_media->setPlainText(d.mediaUrls);
    m_mediaToggle->setChecked(d.mediaShown);
    m_advancedToggle->setChecked(d.advancedShown);
    m_statusCallback->setText(d.statusCallback);
    m_validity->setValue(d.validityPeriod);
    m_schedule->setChecked(d.scheduled);
    if (d.sendAt.isValid())
        m_sendAt->setDateTime(d.sendAt.toLocalTime());
    m_smartEncoding->setChecked(d.smartEncoded);
    m_shortenUrls->setChecked(d.shortenUrls);
    m_provideFeedback->setChecked(d.provideFeedback);
    m_formProblem->clear();
}

void ComposeWidget::clearSentMessage()
{
    // Through a cursor, not clear(): the undo history stays, so the text can be brought back to send it again.
    for (QPlainTextEdit* edit : { m_body, m_media }) {
        QTextCursor all(edit->document());
        all.select(QTextCursor::Document);
        all.removeSelectedText();
    }
}

void ComposeWidget::setDefaultSender(const QString& sender)
{
    // The previous profile's sender goes; From follows the new one unless the user typed something else.
    const bool followed = m_from->currentText().trimmed().isEmpty() || m_from->currentText() == m_defaultSender;
    const QString typed = m_from->currentText();
    m_defaultSender = sender;
    updateSenders();
    m_from->setEditText(followed ? sender : typed);
}

void ComposeWidget::setSenders(SenderDirectory* senders)
{
    m_senders = senders;
    connect(senders, &SenderDirectory::changed, this, &ComposeWidget::updateSenders);
    updateSenders();
}

void ComposeWidget::updateSenders()
{
    // The list changes under what is typed: the text stays as it is.
    const QString typed = m_from->currentText();
    QLineEdit* edit = m_from->lineEdit();
    const int cursor = edit->cursorPosition();
    const int selectionStart = edit->selectionStart();
    const int selectionLength = int(edit->selectedText().size());
    const QSignalBlocker quiet(m_from);
    m_from->clear();
    if (!m_defaultSender.isEmpty())
        m_from->addItem(m_defaultSender);
    if (m_senders) {
        for (const Sender& s : m_senders->senders()) {
            int row = m_from->findText(s.address);
            if (row < 0) {
                m_from->addItem(s.address);
                row = m_from->count() - 1;
            }
            const QString detail = senderDetail(s);
            m_from->setItemData(row, detail, kDetailRole);
            m_from->setItemData(row, detail, Qt::ToolTipRole);
            m_from->setItemData(row, QString(s.address + u", " + detail), Qt::AccessibleTextRole);
        }
    }
    m_from->setEditText(typed);
    // Where the user was in the field, if they were typing in it when the list arrived.
    if (selectionStart >= 0)
        edit->setSelection(selectionStart, selectionLength);
    else
        edit->setCursorPosition(cursor);
    // The list shows each sender with what it is (the delegate's text): wide enough for the longest, never cut.
    int widest = 0;
    const QFontMetrics metrics(m_from->view()->font());
    for (int row = 0; row < m_from->count(); ++row)
        widest = std::max(widest,
            metrics.horizontalAdvance(
                m_from->itemText(row) + QStringLiteral("   —   ") + m_from->itemData(row, kDetailRole).toString()));
    m_from->view()->setMinimumWidth(widest + 4 * metrics.averageCharWidth());
    m_refreshSenders->setEnabled(m_senders && m_senders->state() != SenderDirectory::State::Loading);
    updateChecks();
}

bool ComposeWidget::hasMedia() const
{
    return m_mediaToggle->isChecked() && !m_media->toPlainText().trimmed().isEmpty();
}

QString ComposeWidget::capabilityWarning(const Sender& sender, const QString& from) const
{
    if (!sender.sms)
        return tr("%1 cannot send SMS: Twilio will refuse the message (21606).").arg(from);
    if (hasMedia() && sender.mmsKnown && !sender.mms)
        return tr("%1 cannot send MMS: Twilio will refuse the media or the message.").arg(from);
    return {};
}

QString ComposeWidget::senderWarning() const
{
    const QString from = m_from->currentText().trimmed();
    if (from.isEmpty() || !m_senders || m_senders->state() != SenderDirectory::State::Ready)
        return {};
    if (const Sender* known = m_senders->find(from))
        return capabilityWarning(*known, from);
    // Not the account's: said only when the list it would be in was read whole.
    if (from.startsWith(u"MG"))
        return Sid::isMessagingServiceSid(from) && m_senders->knowsServices()
            ? tr("%1 is not one of this account's Messaging Services: Twilio will refuse it (21701).").arg(from)
            : QString();
    const AddressCheck check = PhoneNumbers::check(from, PhoneNumbers::Role::From);
    if (check.kind == AddressCheck::Kind::PhoneNumber || check.kind == AddressCheck::Kind::ShortCode) {
        if (const Sender* known = m_senders->find(check.normalized))
            return capabilityWarning(*known, from);
        if (!m_senders->knowsNumbers())
            return {};
        return tr("%1 is not one of this account's numbers or short codes: Twilio refuses a From the account does "
                  "not own (21606), unless it is a verified caller ID.")
            .arg(check.normalized);
    }
    return {};
}

void ComposeWidget::updateChecks()
{
    const QString to = m_to->text();
    const AddressCheck toCheck = PhoneNumbers::check(to, PhoneNumbers::Role::To);
    setCheck(m_toCheck, to, toCheck);
    if (!m_lookupText.isEmpty() && toCheck.normalized == m_lookedUpTo) {
        m_toCheck->setText(m_toCheck->text() + (m_lookupReachable ? QStringLiteral("\n") : QStringLiteral("\n⚠ "))
            + tr("Lookup: %1").arg(m_lookupText));
        if (!m_lookupReachable) {
            QPalette p = m_toCheck->palette();
            p.setColor(QPalette::WindowText, ui::toneTextColor(ui::Tone::Caution, p));
            m_toCheck->setPalette(p);
        }
    }
    m_lookUp->setEnabled(!m_lookups->isRunning() && !to.trimmed().isEmpty());

    const QString from = m_from->currentText().trimmed();
    if (from.startsWith(QStringLiteral("MG"))) {
        const bool ok = Sid::isMessagingServiceSid(from);
        m_fromCheck->setText(ok ? tr("✓ Messaging Service") : tr("✗ A Messaging Service SID is MG and 32 hex digits."));
    } else {
        setCheck(m_fromCheck, from, PhoneNumbers::check(from, PhoneNumbers::Role::From));
    }
    QString text = m_fromCheck->text();
    if (m_senders && !from.isEmpty()) {
        const AddressCheck check = PhoneNumbers::check(from, PhoneNumbers::Role::From);
        const Sender* known = m_senders->find(from);
        if (!known && check.isValid())
            known = m_senders->find(check.normalized);
        if (known)
            text += u" · " + senderDetail(*known);
    }
    if (const QString warning = senderWarning(); !warning.isEmpty()) {
        text += QStringLiteral("\n⚠ ") + warning;
        QPalette p = m_fromCheck->palette();
        p.setColor(QPalette::WindowText, ui::toneTextColor(ui::Tone::Caution, p));
        m_fromCheck->setPalette(p);
    }
    // A warning sent past no longer holds when what it was about changed.
    if (!m_acknowledged.isEmpty() && senderWarning() != m_acknowledged) {
        m_acknowledged.clear();
        if (!m_job) {
            m_send->setText(tr("Send"));
            m_formProblem->clear();
        }
    }
    if (m_senders && m_senders->state() == SenderDirectory::State::Loading)
        text += (text.isEmpty() ? QString() : QStringLiteral("\n")) + tr("Fetching this account's senders…");
    else if (m_senders && !m_senders->problems().isEmpty())
        text += (text.isEmpty() ? QString() : QStringLiteral("\n"))
            + tr("Could not list all senders: %1").arg(m_senders->problems().join(QStringLiteral("; ")));
    m_fromCheck->setText(text);
    m_fromCheck->setVisible(!text.isEmpty());
    // What the checks under the fields say, read with the fields.
    m_to->setAccessibleDescription(m_toCheck->text());
    m_from->setAccessibleDescription(text);
}

void ComposeWidget::updateCounter()
{
    const QString body = m_body->toPlainText();
    const SegmentInfo info = SegmentCalculator::analyze(body, m_smartEncoding->isChecked());
    m_counter->setText(SegmentCalculator::counterText(info));
    m_body->setAccessibleDescription(m_counter->text());

    // The characters that force UCS-2, marked where they stand in the body.
    QList<QTextEdit::ExtraSelection> marks;
    QTextCharFormat mark;
    mark.setBackground(ui::markColor());
    mark.setForeground(Qt::black);
    mark.setToolTip(tr("Not in the GSM-7 alphabet: the whole message is sent as UCS-2 (70 characters a segment)"));
    for (const QString& c : info.nonGsmCharacters) {
        QTextCursor at(m_body->document());
        while (marks.size() < 500) {
            at = m_body->document()->find(c, at, QTextDocument::FindCaseSensitively);
            if (at.isNull())
                break;
            marks.append({ at, mark });
        }
    }
    m_body->setExtraSelections(marks);

    if (info.nonGsmCharacters.isEmpty()) {
        m_ucs2->clear();
        m_ucs2->hide();
        return;
    }
    QStringList shown;
    for (const QString& c : info.nonGsmCharacters.mid(0, 12))
        shown << (c == u" " ? QStringLiteral("␣") : c);
    QString text = tr("UCS-2 because of: %1").arg(shown.join(u' '));
    const SegmentInfo smart = SegmentCalculator::analyze(body, true);
    if (!m_smartEncoding->isChecked() && smart.encoding == SegmentInfo::Encoding::Gsm7)
        text += u"  "
            + (smart.segments == 1 ? tr("— smart encoding would make it GSM-7, in 1 segment")
                                   : tr("— smart encoding would make it GSM-7, in %1 segments").arg(smart.segments));
    m_ucs2->setText(text);
    m_ucs2->show();
}

CreateMessageParams ComposeWidget::params() const
{
    CreateMessageParams p;
    p.to = m_to->text();
    const QString from = m_from->currentText().trimmed();
    if (from.startsWith(QStringLiteral("MG")))
        p.messagingServiceSid = from;
    else
        p.from = from;
    p.body = m_body->toPlainText();
    if (m_mediaToggle->isChecked()) {
        for (const QString& line : m_media->toPlainText().split(u'\n')) {
            if (!line.trimmed().isEmpty())
                p.mediaUrls << line.trimmed();
        }
    }
    if (m_advancedToggle->isChecked()) {
        p.statusCallback = m_statusCallback->text().trimmed();
        if (m_validity->value() > 0)
            p.validityPeriod = m_validity->value();
        if (m_schedule->isChecked()) {
            p.scheduleType = QStringLiteral("fixed");
            p.sendAt = m_sendAt->dateTime().toUTC();
        }
        if (m_smartEncoding->isChecked())
            p.smartEncoded = true;
        if (m_shortenUrls->isChecked())
            p.shortenUrls = true;
        if (m_provideFeedback->isChecked())
            p.provideFeedback = true;
    }
    if (p.body && p.body->isEmpty() && !p.mediaUrls.isEmpty())
        p.body.reset();
    return p;
}

void ComposeWidget::send()
{
    if (m_job)
        return;
    auto* job = new CreateMessageJob(m_client, params());
    if (const ApiError problem = job->validate(); problem.isError()) {
        // Caught before sending (the job's one check): said beside the button, everything typed stays.
        delete job;
        m_formProblem->setText(problem.explanation());
        Q_EMIT failed(problem);
        return;
    }
    // A sender that will likely be refused: said before anything is sent; Send again sends anyway.
    if (const QString warning = senderWarning(); !warning.isEmpty() && warning != m_acknowledged) {
        delete job;
        m_acknowledged = warning;
        m_formProblem->setText(warning + u' ' + tr("Press Send again to send anyway."));
        m_send->setText(tr("Send anyway"));
        return;
    }
    m_formProblem->clear();
    m_job = job;
    connect(job, &ApiJob::retryScheduled, this, &ComposeWidget::retryScheduled);
    connect(job, &ApiJob::finished, this, [this, job] {
        m_job = nullptr;
        setSending(false);
        if (!job->succeeded()) {
            Q_EMIT failed(job->error());
            return;
        }
        m_acknowledged.clear();
        clearSentMessage();
        Q_EMIT sent(job->message(), job->session());
    });
    setSending(true);
    job->start();
}

void ComposeWidget::setSending(bool sending)
{
    m_send->setEnabled(!sending);
    m_send->setText(sending ? tr("Sending…") : tr("Send"));
}

} // namespace textbench
