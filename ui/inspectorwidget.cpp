// SPDX-License-Identifier: GPL-3.0-or-later
#include "inspectorwidget.h"

#include "api/apiclient.h"
#include "api/errorcatalog.h"
#include "api/sid.h"
#include "jsonhighlighter.h"
#include "lookuprunner.h"
#include "messages/messagejobs.h"
#include "messages/messagewatch.h"
#include "uiutil.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTextCursor>
#include <QTextDocumentFragment>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

namespace textbench {

namespace {
QString when(const QDateTime& dt)
{
    return dt.isValid() ? dt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : QStringLiteral("—");
}

QString orDash(const QString& s)
{
    return s.isEmpty() ? QStringLiteral("—") : s.toHtmlEscaped();
}

// Accessible texts change only when they differ: each change is an event a screen reader may speak.
void setAccessibleTexts(QWidget* w, const QString& name, const QString& description)
{
    if (w->accessibleName() != name)
        w->setAccessibleName(name);
    if (w->accessibleDescription() != description)
        w->setAccessibleDescription(description);
}

QString plainText(const QString& html)
{
    return QTextDocumentFragment::fromHtml(html).toPlainText();
}
} // namespace

InspectorWidget::InspectorWidget(MessageWatch* watch, ApiClient* client, QWidget* parent)
    : QWidget(parent)
    , m_watch(watch)
    , m_sid(new QLineEdit(this))
    , m_fetch(new QPushButton(tr("Fetch"), this))
    , m_sidProblem(new QLabel(this))
    , m_badge(new QLabel(this))
    , m_polling(new QLabel(this))
    , m_fields(new QLabel(this))
    , m_timeline(new QLabel(this))
    , m_deliveryError(new QLabel(this))
    , m_media(new QLabel(this))
    , m_search(new QLineEdit(this))
    , m_copy(new QPushButton(tr("Copy JSON"), this))
    , m_json(new QPlainTextEdit(this))
    , m_highlighter(new JsonHighlighter(m_json->document()))
    , m_redact(new QPushButton(tr("Redact body…"), this))
    , m_cancel(new QPushButton(tr("Cancel scheduled…"), this))
    , m_delete(new QPushButton(tr("Delete…"), this))
    , m_feedback(new QToolButton(this))
    , m_lookUp(new QPushButton(tr("Look up To"), this))
    , m_extra(new QLabel(this))
    , m_client(client)
    , m_lookups(new LookupRunner(client, this))
{
    setObjectName(QStringLiteral("inspectorWidget"));
    m_sid->setObjectName(QStringLiteral("sidLineEdit"));
    m_sid->setPlaceholderText(tr("SM… or MM… (paste a message SID)"));
    m_sid->setAccessibleName(tr("Message SID"));
    m_sid->setClearButtonEnabled(true);
    m_fetch->setObjectName(QStringLiteral("fetchButton"));
    m_sidProblem->setObjectName(QStringLiteral("sidProblemLabel"));
    m_sidProblem->setTextFormat(Qt::PlainText);
    m_badge->setObjectName(QStringLiteral("statusBadgeLabel"));
    m_badge->setAccessibleName(tr("Status"));
    m_polling->setObjectName(QStringLiteral("pollingLabel"));
    m_fields->setObjectName(QStringLiteral("fieldsLabel"));
    m_fields->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_timeline->setObjectName(QStringLiteral("timelineLabel"));
    m_timeline->setWordWrap(true);
    m_timeline->setAccessibleName(tr("Status timeline"));
    m_deliveryError->setObjectName(QStringLiteral("deliveryErrorLabel"));
    m_deliveryError->setWordWrap(true);
    // Twilio's page opens in the browser; "Look up" (offered with a 30006) runs here.
    m_deliveryError->setOpenExternalLinks(false);
    connect(m_deliveryError, &QLabel::linkActivated, this, [this](const QString& link) {
        if (link == u"textbench:lookup")
            lookUpTo();
        else
            QDesktopServices::openUrl(QUrl(link));
    });
    m_deliveryError->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_deliveryError->setAccessibleName(tr("Delivery error"));
    m_media->setObjectName(QStringLiteral("mediaLabel"));
    m_media->setWordWrap(true);
    m_media->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_media->setAccessibleName(tr("Media"));
    m_search->setObjectName(QStringLiteral("jsonSearchLineEdit"));
    m_search->setPlaceholderText(tr("Find in JSON (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Find in the raw JSON"));
    m_copy->setObjectName(QStringLiteral("copyJsonButton"));
    m_json->setObjectName(QStringLiteral("jsonTextEdit"));
    m_json->setReadOnly(true);
    m_json->setAccessibleName(tr("Raw JSON"));
    m_json->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_json->setPlaceholderText(tr("The message as Twilio sent it appears here."));
    m_redact->setObjectName(QStringLiteral("redactButton"));
    m_redact->setToolTip(tr("Remove the body from Twilio's copy (once the message is no longer in flight)"));
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_cancel->setToolTip(tr("Cancel a scheduled message before it is sent"));
    m_delete->setObjectName(QStringLiteral("deleteButton"));
    m_delete->setToolTip(tr("Delete the message from Twilio (once it is no longer in flight)"));
    m_feedback->setObjectName(QStringLiteral("feedbackButton"));
    m_feedback->setText(tr("Feedback"));
    m_feedback->setToolTip(tr("Tell Twilio whether the person acted on the message (Message Feedback)"));
    m_feedback->setPopupMode(QToolButton::InstantPopup);
    m_feedback->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_lookUp->setObjectName(QStringLiteral("lookUpButton"));
    m_lookUp->setToolTip(tr("Ask Twilio's Lookup whether the To number is a mobile or a landline (billed on a real "
                            "account; asked first)"));
    m_extra->setObjectName(QStringLiteral("feedbackLookupLabel"));
    m_extra->setTextFormat(Qt::PlainText);
    m_extra->setWordWrap(true);
    m_extra->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_extra->setAccessibleName(tr("Feedback and lookup"));
    m_extra->hide();
    ui::makeCaption(m_polling);
    ui::makeCaption(m_sidProblem);

    auto* sidRow = new QHBoxLayout;
    sidRow->addWidget(m_sid, 1);
    sidRow->addWidget(m_fetch);
    auto* statusRow = new QHBoxLayout;
    statusRow->addWidget(m_badge);
    statusRow->addWidget(m_polling, 1);
    auto* jsonRow = new QHBoxLayout;
    jsonRow->addWidget(m_search, 1);
    jsonRow->addWidget(m_copy);
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_redact);
    actions->addWidget(m_cancel);
    actions->addWidget(m_delete);
    actions->addStretch(1);
    actions->addWidget(m_feedback);
    actions->addWidget(m_lookUp);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(sidRow);
    layout->addWidget(m_sidProblem);
    layout->addLayout(statusRow);
    layout->addWidget(m_timeline);
    layout->addWidget(m_deliveryError);
    layout->addWidget(m_fields);
    layout->addWidget(m_media);
    layout->addWidget(m_extra);
    layout->addLayout(jsonRow);
    layout->addWidget(m_json, 1);
    layout->addLayout(actions);

    connect(m_fetch, &QPushButton::clicked, this, &InspectorWidget::fetch);
    connect(m_sid, &QLineEdit::returnPressed, this, &InspectorWidget::fetch);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_highlighter->setSearch(text.trimmed());
        if (!text.trimmed().isEmpty()) {
            QTextCursor start(m_json->document());
            m_json->setTextCursor(start);
            m_json->find(text.trimmed());
        }
    });
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (!m_json->find(m_search->text().trimmed())) {
            m_json->moveCursor(QTextCursor::Start);
            m_json->find(m_search->text().trimmed());
        }
    });
    auto* find = new QShortcut(QKeySequence::Find, this);
    find->setContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QShortcut::activated, m_search, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    m_actions.findSid = makeAction(tr("&Inspect by SID"), QKeySequence(Qt::CTRL | Qt::Key_I), nullptr);
    connect(m_actions.findSid, &QAction::triggered, m_sid, [this] {
        m_sid->setFocus();
        m_sid->selectAll();
    });
    m_actions.fetch = makeAction(tr("&Fetch again"), QKeySequence(Qt::CTRL | Qt::Key_R), &InspectorWidget::fetch);
    m_actions.redact
        = makeAction(tr("&Redact the body…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R), &InspectorWidget::redact);
    m_actions.cancel = makeAction(tr("&Cancel the scheduled message…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X),
        &InspectorWidget::cancelScheduled);
    m_actions.remove
        = makeAction(tr("&Delete the message…"), QKeySequence(Qt::SHIFT | Qt::Key_Delete), &InspectorWidget::remove);
    m_actions.copyJson = makeAction(tr("Copy the raw &JSON"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C), nullptr);
    connect(m_actions.copyJson, &QAction::triggered, this,
        [this] { QApplication::clipboard()->setText(m_json->toPlainText()); });
    // The buttons are the same actions: one rule of when each is allowed.
    for (auto [button, action] : { std::pair { m_copy, m_actions.copyJson }, std::pair { m_redact, m_actions.redact },
             std::pair { m_cancel, m_actions.cancel }, std::pair { m_delete, m_actions.remove } })
        connect(button, &QPushButton::clicked, action, &QAction::trigger);
    connect(m_watch, &MessageWatch::changed, this, &InspectorWidget::refresh);
    m_actions.feedbackConfirmed = makeAction(tr("Feedback: &confirmed (the person acted on it)"), {}, nullptr);
    connect(
        m_actions.feedbackConfirmed, &QAction::triggered, this, [this] { sendFeedback(QStringLiteral("confirmed")); });
    m_actions.feedbackUnconfirmed = makeAction(tr("Feedback: &unconfirmed"), {}, nullptr);
    connect(m_actions.feedbackUnconfirmed, &QAction::triggered, this,
        [this] { sendFeedback(QStringLiteral("unconfirmed")); });
    m_feedback->addAction(m_actions.feedbackConfirmed);
    m_feedback->addAction(m_actions.feedbackUnconfirmed);
    m_actions.lookUp
        = makeAction(tr("&Look up the To number"), QKeySequence(Qt::CTRL | Qt::Key_L), &InspectorWidget::lookUpTo);
    connect(m_lookUp, &QPushButton::clicked, m_actions.lookUp, &QAction::trigger);
    connect(m_lookups, &LookupRunner::started, this, [this](const QString& number) {
        m_lookupText = tr("Looking %1 up…").arg(number);
        refresh();
    });
    connect(m_lookups, &LookupRunner::looked, this, [this](const PhoneLookup& lookup) {
        if (m_lookupSid == m_extraSid) // still the message it was asked for
            m_lookupText = tr("Lookup: %1").arg(LookupRunner::describe(lookup));
        refresh();
    });
    connect(m_lookups, &LookupRunner::failed, this, [this](const ApiError& error, const QString& context) {
        m_lookupText.clear();
        refresh();
        Q_EMIT failed(error, context);
    });
    connect(m_lookups, &LookupRunner::dropped, this, [this] {
        m_lookupText.clear();
        refresh();
    });
    connect(m_watch, &MessageWatch::busyChanged, this, &InspectorWidget::refresh);
    connect(m_watch, &MessageWatch::failed, this, [this](const ApiError& error, const QString& action) {
        const QString what = action == u"fetch" ? tr("Fetch %1")
            : action == u"redact"               ? tr("Redact %1")
            : action == u"cancel"               ? tr("Cancel %1")
            : action == u"media"                ? tr("Media of %1")
                                                : tr("Delete %1");
        Q_EMIT failed(error, what.arg(Sid::masked(m_watch->sid())));
    });
    m_countdown.setInterval(200);
    connect(&m_countdown, &QTimer::timeout, this, &InspectorWidget::updateCountdown);
    m_countdown.start();
    refresh();
}

void InspectorWidget::inspect(const QString& sid)
{
    m_sid->setText(sid);
    fetch();
}

void InspectorWidget::fetch()
{
    const QString sid = m_sid->text().trimmed();
    if (!Sid::isMessageSid(sid)) {
        m_sidProblem->setText(
            Sid::shapeProblem(sid, { QStringLiteral("SM"), QStringLiteral("MM") }, tr("A message SID")));
        return;
    }
    m_sidProblem->clear();
    if (sid == m_watch->sid() && m_watch->hasMessage())
        m_watch->refresh(); // the same message again: keep its timeline
    else
        m_watch->open(sid);
}

QAction* InspectorWidget::makeAction(const QString& text, const QKeySequence& keys, void (InspectorWidget::*slot)())
{
    auto* action = new QAction(text, this);
    action->setShortcut(keys);
    // Shown first: a confirmation never asks about a message the user cannot see.
    connect(action, &QAction::triggered, this, &InspectorWidget::showRequested);
    if (slot)
        connect(action, &QAction::triggered, this, slot);
    return action;
}

// Each action names the message it asks about, and acts only if that is still the one shown when the answer comes
// (a send can bring another message into the inspector while the question is open).
void InspectorWidget::redact()
{
    const QString sid = m_watch->sid();
    if (confirm(tr("Redact the body?"),
            tr("Twilio replaces the body of %1 with an empty one. This cannot be undone.").arg(sid), tr("Redact"))
        && m_watch->sid() == sid)
        m_watch->redact();
}

void InspectorWidget::cancelScheduled()
{
    const QString sid = m_watch->sid();
    if (confirm(tr("Cancel the scheduled message?"), tr("%1 will not be sent.").arg(sid), tr("Cancel message"))
        && m_watch->sid() == sid)
        m_watch->cancelScheduled();
}

void InspectorWidget::remove()
{
    const QString sid = m_watch->sid();
    if (confirm(tr("Delete the message?"),
            tr("Twilio deletes %1 and its record for good. This cannot be undone.").arg(sid), tr("Delete"))
        && m_watch->sid() == sid)
        m_watch->remove();
}

void InspectorWidget::sendFeedback(const QString& outcome)
{
    if (!m_watch->hasMessage())
        return;
    const QString sid = m_watch->message().sid;
    auto* job = new CreateFeedbackJob(m_client, sid, outcome);
    m_feedbackText = tr("Sending feedback…");
    refresh();
    connect(job, &ApiJob::finished, this, [this, job, sid] {
        if (!m_client->isCurrent(job->session()) || m_extraSid != sid)
            return; // another profile, account or message since
        if (!job->succeeded()) {
            m_feedbackText.clear();
            refresh();
            Q_EMIT failed(job->error(), tr("Feedback on %1").arg(Sid::masked(sid)));
            return;
        }
        const MessageFeedback& f = job->feedback();
        m_feedbackText
            = tr("Feedback given: %1 (%2)")
                  .arg(f.outcome,
                      f.dateCreated.isValid() ? f.dateCreated.toLocalTime().toString(QStringLiteral("HH:mm:ss"))
                                              : tr("just now"));
        refresh();
    });
    job->start();
}

void InspectorWidget::lookUpTo()
{
    if (!m_watch->hasMessage())
        return;
    // The other party: To of a message sent, From of one received (To is then the account's own number).
    const Message& m = m_watch->message();
    const QString number = m.direction == u"inbound" ? m.from : m.to;
    if (number.isEmpty())
        return;
    m_lookupSid = m.sid;
    m_lookups->lookUp(number);
}

bool InspectorWidget::confirm(const QString& title, const QString& text, const QString& action)
{
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("confirmMessageBox"));
    box.setTextFormat(Qt::PlainText);
    QPushButton* yes = box.addButton(action, QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == yes;
}

void InspectorWidget::updateCountdown()
{
    if (!m_watch->hasMessage()) {
        m_polling->setText(m_watch->isBusy() ? tr("Fetching…") : QString());
        return;
    }
    const int next = m_watch->nextPollInMs();
    if (m_watch->isBusy())
        m_polling->setText(tr("Updating…"));
    else if (next >= 0)
        m_polling->setText(tr("Following the status · next check in %1 s").arg(next / 1000.0, 0, 'f', 1));
    else if (MessageStatuses::isFinal(m_watch->message().status))
        m_polling->setText(tr("Final status"));
    else if (m_watch->message().status == MessageStatus::Scheduled)
        m_polling->setText(tr("Scheduled: nothing changes until its time"));
    else
        m_polling->setText(tr("Not following (press Fetch to look again)"));
}

void InspectorWidget::refresh()
{
    const bool has = m_watch->hasMessage();
    const Message& m = m_watch->message();
    if (has && m_sid->text().trimmed() != m.sid)
        m_sid->setText(m.sid);
    m_badge->setVisible(has);
    if (has)
        ui::makeBadge(m_badge, m.statusText, ui::statusColor(m.status));
    // The badge's colour is for the eye; a screen reader hears the status in words.
    setAccessibleTexts(
        m_badge, has ? tr("Status: %1").arg(QString(m.statusText).replace(u'_', u' ')) : tr("Status"), QString());

    // The timeline: each status seen, with its time; for a screen reader the same in words, without the marks.
    QStringList steps;
    QStringList spoken;
    for (const MessageWatch::Step& s : m_watch->timeline()) {
        const QColor c = ui::statusColor(MessageStatuses::fromString(s.status));
        steps << QStringLiteral("<span style=\"color:%1\">●</span> <b>%2</b> %3")
                     .arg(c.name(), s.status.toHtmlEscaped(),
                         s.at.toLocalTime().toString(QStringLiteral("HH:mm:ss.zzz")));
        spoken << tr("%1 at %2")
                      .arg(QString(s.status).replace(u'_', u' '),
                          s.at.toLocalTime().toString(QStringLiteral("HH:mm:ss")));
    }
    m_timeline->setText(steps.join(QStringLiteral(" &nbsp;→&nbsp; ")));
    m_timeline->setVisible(has);
    setAccessibleTexts(m_timeline, tr("Status timeline"), spoken.join(QStringLiteral(", ")));

    if (has && m.errorCode) {
        const ErrorCatalog::Entry e = ErrorCatalog::twilioCode(*m.errorCode);
        QString text = tr("<b>Error %1</b>").arg(*m.errorCode);
        if (e.isKnown())
            text += u": " + e.title.toHtmlEscaped() + u". " + e.meaning.toHtmlEscaped()
                + (e.action.isEmpty() ? QString()
                                      : QString(u" <b>" + tr("What to do:") + u"</b> " + e.action.toHtmlEscaped()));
        else if (!m.errorMessage.isEmpty())
            text += u": " + m.errorMessage.toHtmlEscaped();
        text += QStringLiteral(" <a href=\"%1\">%2</a>").arg(ErrorCatalog::docsUrl(*m.errorCode), tr("Twilio's page"));
        if (*m.errorCode == 30006)
            text += QStringLiteral(" · <a href=\"textbench:lookup\">%1</a>")
                        .arg(tr("Look up %1: a landline?").arg(m.to.toHtmlEscaped()));
        m_deliveryError->setText(text);
        setAccessibleTexts(m_deliveryError, tr("Delivery error"), plainText(text));
        m_deliveryError->show();
    } else {
        m_deliveryError->clear();
        m_deliveryError->hide();
    }

    if (has) {
        const QString rows
            = QStringLiteral("<table cellspacing=\"2\">"
                             "<tr><td><b>%1</b></td><td>%2</td><td width=\"16\"></td><td><b>%3</b></td><td>%4</td></tr>"
                             "<tr><td><b>%5</b></td><td>%6</td><td></td><td><b>%7</b></td><td>%8</td></tr>"
                             "<tr><td><b>%9</b></td><td>%10</td><td></td><td><b>%11</b></td><td>%12</td></tr>"
                             "<tr><td><b>%13</b></td><td>%14</td><td></td><td><b>%15</b></td><td>%16</td></tr>"
                             "</table>");
        m_fields->setText(
            rows.arg(tr("From"), orDash(m.from), tr("To"), orDash(m.to), tr("Direction"), orDash(m.direction),
                tr("Segments"), m.numSegments < 0 ? QStringLiteral("—") : QString::number(m.numSegments), tr("Created"),
                when(m.dateCreated), tr("Sent"), when(m.dateSent), tr("Price"),
                m.price.isEmpty() ? QStringLiteral("—") : QString(m.price + u' ' + m.priceUnit).toHtmlEscaped(),
                tr("Media"), m.numMedia < 0 ? QStringLiteral("—") : QString::number(m.numMedia)));
        const QString json = QString::fromUtf8(QJsonDocument(m.toJson()).toJson(QJsonDocument::Indented));
        if (json != m_json->toPlainText()) // keep the reader's place while nothing changed
            m_json->setPlainText(json);
    } else {
        m_fields->clear();
        m_json->clear();
    }
    m_fields->setVisible(has);

    // The media of an MMS: type and SID of each (the content sits at the URI without ".json", behind the same auth).
    QStringList media;
    for (const MessageMedia& item : m_watch->media())
        media << QStringLiteral("%1 &nbsp;<code>%2</code>")
                     .arg(item.contentType.toHtmlEscaped(), item.sid.toHtmlEscaped());
    if (media.isEmpty() && has && m.numMedia > 0) {
        const auto state = m_watch->mediaState();
        media << (state == MessageWatch::MediaState::Failed ? tr("could not be listed (Ctrl+R tries again)")
                : state == MessageWatch::MediaState::Loaded ? tr("none listed by Twilio")
                                                            : tr("loading…"));
    }
    m_media->setText(
        media.isEmpty() ? QString() : QString(u"<b>" + tr("Media") + u"</b><br>" + media.join(QStringLiteral("<br>"))));
    m_media->setVisible(!media.isEmpty());
    setAccessibleTexts(m_media, tr("Media"), plainText(m_media->text()));

    // What was said about this message here (feedback, lookup): gone when another message is shown.
    const QString sid = has ? m.sid : QString();
    if (sid != m_extraSid) {
        m_extraSid = sid;
        m_feedbackText.clear();
        m_lookupText.clear(); // an answer still on its way for the message before is not shown under this one
    }
    const QString extra = QStringList { m_feedbackText, m_lookupText }.join(u'\n').trimmed();
    m_extra->setText(extra);
    m_extra->setVisible(!extra.isEmpty());
    setAccessibleTexts(m_extra, tr("Feedback and lookup"), extra);
    const bool outgoing = has && m.direction.startsWith(u"outbound");
    for (auto [button, action, allowed] : { std::tuple { m_copy, m_actions.copyJson, has },
             std::tuple { m_redact, m_actions.redact, m_watch->canRedact() },
             std::tuple { m_cancel, m_actions.cancel, m_watch->canCancel() },
             std::tuple { m_delete, m_actions.remove, m_watch->canDelete() } }) {
        button->setEnabled(allowed);
        action->setEnabled(allowed);
    }
    m_feedback->setEnabled(outgoing);
    m_actions.feedbackConfirmed->setEnabled(outgoing);
    m_actions.feedbackUnconfirmed->setEnabled(outgoing);
    m_lookUp->setEnabled(has && !m_lookups->isRunning());
    m_actions.lookUp->setEnabled(has && !m_lookups->isRunning());
    updateCountdown();
}

} // namespace textbench
