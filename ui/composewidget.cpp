// SPDX-License-Identifier: GPL-3.0-or-later
#include "composewidget.h"

#include "api/apiclient.h"
#include "api/sid.h"
#include "messages/messagejobs.h"
#include "messages/segmentcalculator.h"
#include "phone/phonenumbers.h"
#include "uiutil.h"

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

void setCheck(QLabel* label, const QString& input, const AddressCheck& check)
{
    if (input.trimmed().isEmpty()) {
        label->clear();
        return;
    }
    label->setText(check.isValid() ? checkText(check) : QString(QStringLiteral("✗ ") + check.problem));
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText,
        ui::toneColor(
            check.isValid() ? (check.warning.isEmpty() ? ui::Tone::Good : ui::Tone::Caution) : ui::Tone::Bad));
    label->setPalette(p);
}
} // namespace

ComposeWidget::ComposeWidget(ApiClient* client, QWidget* parent)
    : QWidget(parent)
    , m_client(client)
    , m_to(new QLineEdit(this))
    , m_toCheck(new QLabel(this))
    , m_from(new QComboBox(this))
    , m_fromCheck(new QLabel(this))
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
    , m_send(new QPushButton(tr("Send"), this))
    , m_formProblem(new QLabel(this))
    , m_sendAction(new QAction(tr("&Send"), this))
    , m_newAction(new QAction(tr("&New message"), this))
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
    m_smartEncoding->setObjectName(QStringLiteral("smartEncodingCheckBox"));
    m_shortenUrls->setObjectName(QStringLiteral("shortenUrlsCheckBox"));
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
    advanced->addRow(m_smartEncoding);
    advanced->addRow(m_shortenUrls);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&To"), m_to);
    form->addRow(QString(), m_toCheck);
    form->addRow(tr("&From"), m_from);
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

    setTabOrder(m_to, m_from);
    setTabOrder(m_from, m_body);
    setTabOrder(m_body, m_mediaToggle);
    setTabOrder(m_mediaToggle, m_media);
    setTabOrder(m_media, m_advancedToggle);
    setTabOrder(m_advancedToggle, m_statusCallback);

    connect(m_to, &QLineEdit::textChanged, this, &ComposeWidget::updateChecks);
    connect(m_from, &QComboBox::currentTextChanged, this, &ComposeWidget::updateChecks);
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
    updateChecks();
    updateCounter();
}

void ComposeWidget::setDefaultSender(const QString& sender)
{
    // The previous profile's sender goes; From follows the new one unless the user typed something else.
    const bool followed = m_from->currentText().trimmed().isEmpty() || m_from->currentText() == m_defaultSender;
    if (const int old = m_from->findText(m_defaultSender); !m_defaultSender.isEmpty() && old >= 0)
        m_from->removeItem(old);
    m_defaultSender = sender;
    if (!sender.isEmpty())
        m_from->addItem(sender);
    if (followed)
        m_from->setCurrentText(sender);
}

void ComposeWidget::updateChecks()
{
    const QString to = m_to->text();
    setCheck(m_toCheck, to, PhoneNumbers::check(to, PhoneNumbers::Role::To));
    const QString from = m_from->currentText().trimmed();
    if (from.startsWith(QStringLiteral("MG"))) {
        const bool ok = Sid::isMessagingServiceSid(from);
        m_fromCheck->setText(ok ? tr("✓ Messaging Service") : tr("✗ A Messaging Service SID is MG and 32 hex digits."));
    } else {
        setCheck(m_fromCheck, from, PhoneNumbers::check(from, PhoneNumbers::Role::From));
    }
}

void ComposeWidget::updateCounter()
{
    const QString body = m_body->toPlainText();
    const SegmentInfo info = SegmentCalculator::analyze(body, m_smartEncoding->isChecked());
    m_counter->setText(SegmentCalculator::counterText(info));

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
