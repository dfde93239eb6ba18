// SPDX-License-Identifier: GPL-3.0-or-later
#include "statekeeper.h"

#include "composewidget.h"
#include "errorpanel.h"
#include "inspectorwidget.h"
#include "logwidget.h"
#include "mainwindow.h"
#include "workbench.h"

#include <QCoreApplication>
#include <QDir>
#include <QDockWidget>
#include <QEvent>
#include <QHeaderView>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>

namespace textbench {

namespace {
const QString kGroup = QStringLiteral("window");

QSplitter* splitterOf(MainWindow* window)
{
    return window->findChild<QSplitter*>(QStringLiteral("composeInspectorSplitter"));
}

} // namespace

StateKeeper::StateKeeper(
    MainWindow* window, Workbench* workbench, const QString& directory, QSettings* settings, QObject* parent)
    : QObject(parent)
    , m_window(window)
    , m_workbench(workbench)
    , m_settings(settings)
    , m_store(directory)
{
    m_workTimer.setSingleShot(true);
    m_workTimer.setInterval(kSaveDelayMs);
    connect(&m_workTimer, &QTimer::timeout, this, &StateKeeper::saveWork);
    m_windowTimer.setSingleShot(true);
    m_windowTimer.setInterval(1000);
    connect(&m_windowTimer, &QTimer::timeout, this, &StateKeeper::saveWindow);

    // The work: every edit, a moment later.
    connect(window->compose(), &ComposeWidget::edited, this, &StateKeeper::captureWork);
    connect(window->logWidget(), &LogWidget::filtersEdited, this, &StateKeeper::captureWork);
    connect(workbench->watch(), &MessageWatch::changed, this, &StateKeeper::captureWork);
    connect(workbench->tracker(), &MessageTracker::changed, this, &StateKeeper::captureWork);
    // A send that went through is written at once: killed a moment later, the sent text must not come back.
    connect(window->compose(), &ComposeWidget::sent, this, [this] {
        captureWork();
        saveWork();
    });
    // Before another profile takes over, the work of the one in force is written under its name.
    connect(workbench->activeProfile(), &ActiveProfile::switching, this, &StateKeeper::flush);
    connect(workbench->activeProfile(), &ActiveProfile::activated, this, &StateKeeper::profileActivated);
    connect(qApp, &QCoreApplication::aboutToQuit, this, &StateKeeper::flush);

    // The window: its size and place, the splitter, the tab, the docks, the log's columns.
    window->installEventFilter(this);
    if (QSplitter* split = splitterOf(window))
        connect(split, &QSplitter::splitterMoved, this, &StateKeeper::scheduleWindow);
    connect(window->tabs(), &QTabWidget::currentChanged, this, &StateKeeper::scheduleWindow);
    for (QDockWidget* dock : window->findChildren<QDockWidget*>())
        connect(dock, &QDockWidget::visibilityChanged, this, &StateKeeper::scheduleWindow);
    connect(window->logWidget()->table()->horizontalHeader(), &QHeaderView::sectionResized, this,
        &StateKeeper::scheduleWindow);
}

StateKeeper::~StateKeeper()
{
    flush();
}

QString StateKeeper::defaultDirectory()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("work"));
}

QStringList StateKeeper::reset(const QString& directory, QSettings* settings)
{
    QStringList removed;
    QDir dir(directory);
    if (dir.exists()) {
        const int files = int(dir.entryList(QDir::Files).size());
        if (dir.removeRecursively())
            removed << tr("the drafts and work of every profile (%1 files in %2)")
                           .arg(files)
                           .arg(QDir::toNativeSeparators(directory));
    }
    settings->beginGroup(kGroup);
    const bool hadWindow = !settings->childKeys().isEmpty();
    settings->endGroup();
    if (hadWindow) {
        settings->remove(kGroup);
        settings->sync();
        removed
            << tr("the window's size, place and layout (in %1)").arg(QDir::toNativeSeparators(settings->fileName()));
    }
    return removed;
}

void StateKeeper::restoreWindow()
{
    m_settings->beginGroup(kGroup);
    if (const QByteArray geometry = m_settings->value(QStringLiteral("geometry")).toByteArray(); !geometry.isEmpty())
        m_window->restoreGeometry(geometry); // on a visible screen: Qt moves a window kept on one that is gone
    if (const QByteArray state = m_settings->value(QStringLiteral("state")).toByteArray(); !state.isEmpty())
        m_window->restoreState(state);
    if (QSplitter* split = splitterOf(m_window)) {
        if (const QByteArray sizes = m_settings->value(QStringLiteral("splitter")).toByteArray(); !sizes.isEmpty())
            split->restoreState(sizes);
    }
    if (const QByteArray columns = m_settings->value(QStringLiteral("logColumns")).toByteArray(); !columns.isEmpty())
        m_window->logWidget()->table()->horizontalHeader()->restoreState(columns);
    const int tab = m_settings->value(QStringLiteral("tab"), 0).toInt();
    m_settings->endGroup();
    if (tab > 0 && tab < m_window->tabs()->count())
        m_window->tabs()->setCurrentIndex(tab);
}

void StateKeeper::saveWindow()
{
    m_windowTimer.stop();
    m_settings->beginGroup(kGroup);
    m_settings->setValue(QStringLiteral("geometry"), m_window->saveGeometry());
    m_settings->setValue(QStringLiteral("state"), m_window->saveState());
    if (QSplitter* split = splitterOf(m_window))
        m_settings->setValue(QStringLiteral("splitter"), split->saveState());
    m_settings->setValue(QStringLiteral("logColumns"), m_window->logWidget()->table()->horizontalHeader()->saveState());
    m_settings->setValue(QStringLiteral("tab"), m_window->tabs()->currentIndex());
    m_settings->endGroup();
    m_settings->sync();
}

void StateKeeper::scheduleWindow()
{
    m_windowTimer.start();
}

bool StateKeeper::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_window && (event->type() == QEvent::Resize || event->type() == QEvent::Move))
        scheduleWindow();
    return QObject::eventFilter(watched, event);
}

void StateKeeper::flush()
{
    if (m_workTimer.isActive())
        saveWork();
    if (m_windowTimer.isActive())
        saveWindow();
}

void StateKeeper::captureWork()
{
    // Nothing while a profile's work is put back, nor between a profile taking over and its work being read (the
    // window already shows the new profile's sender then: it is not the old profile's).
    if (m_restoring || m_profileId.isEmpty() || m_workbench->activeProfile()->profile().id != m_profileId)
        return;
    m_work.draft = m_window->compose()->draft();
    m_work.logFilters = m_window->logWidget()->filters();
    // The message shown, once it was found (a SID mistyped is not kept); a view emptied by a switch changes nothing.
    if (const MessageWatch* watch = m_workbench->watch(); watch->hasMessage()) {
        m_work.inspectedSid = watch->message().sid;
        m_work.inspectedMessage = watch->message().toJson();
        m_work.accountSid = m_workbench->actingAccountSid();
    }
    // Likewise the messages watched (emptied only by a switch).
    if (const QStringList watched = m_workbench->tracker()->sids(); !watched.isEmpty()) {
        m_work.watchedSids = watched;
        m_work.accountSid = m_workbench->actingAccountSid();
    }
    scheduleWork();
}

void StateKeeper::saveWork()
{
    m_workTimer.stop();
    if (m_profileId.isEmpty() || m_work == m_saved)
        return;
    QString error;
    if (m_store.save(m_profileId, m_work, &error)) {
        m_saved = m_work;
        m_saveFailing = false;
    } else if (!m_saveFailing) {
        // Said once until a save succeeds: the panel is not taken from a real error at every pause in typing.
        m_saveFailing = true;
        m_window->errorPanel()->showNotice(tr("The draft could not be saved"),
            tr("%1 Textbench tries again at each change; what is on screen stays while it runs.").arg(error));
    }
}

void StateKeeper::scheduleWork()
{
    // At most kSaveDelayMs after the first change not written: polls arriving all the time do not hold typing back.
    if (!m_workTimer.isActive())
        m_workTimer.start();
}

void StateKeeper::profileActivated(const Profile& profile)
{
    ComposeWidget* compose = m_window->compose();
    const ComposeDraft onScreen = compose->draft();
    // A message typed under the profile before goes on under this one: the one before no longer keeps it (sent from
    // here, it must not come back there as a draft).
    if (!m_profileId.isEmpty() && m_profileId != profile.id && onScreen.hasMessage()) {
        m_work.draft = ComposeDraft();
        scheduleWork();
    }
    flush();
    const WorkStateStore::Loaded loaded = m_store.load(profile.id);
    if (!loaded.problem.isEmpty())
        m_window->errorPanel()->showNotice(tr("The saved draft could not be read"), loaded.problem);
    m_profileId = profile.id;
    m_work = loaded.state;
    m_saved = loaded.state;
    m_restoring = true;
    // What is typed now is never replaced: the profile's draft comes back into a composer without a message; when
    // both hold one, the profile's is kept aside in a file of its own, and the window says where.
    const ComposeDraft& saved = loaded.state.draft;
    if (!onScreen.hasMessage() && (saved.hasMessage() || (onScreen.isEmpty() && !saved.isEmpty()))) {
        compose->setDraft(saved);
    } else if (onScreen.hasMessage() && saved.hasMessage() && saved != onScreen) {
        WorkState kept;
        kept.draft = saved;
        QString error;
        const QString path = m_store.keepAside(profile.id, kept, &error);
        m_window->errorPanel()->showNotice(tr("%1's saved draft was kept aside").arg(profile.name),
            path.isEmpty()
                ? tr("The composer already holds a message, and %1's saved draft could not be kept aside: %2 Its "
                     "text: %3")
                      .arg(profile.name, error, saved.body.left(200))
                : tr("The composer already holds a message; %1's saved draft (“%2”) is in %3.")
                      .arg(profile.name, saved.body.left(60), QDir::toNativeSeparators(path)));
    }
    LogWidget* log = m_window->logWidget();
    if (loaded.found && log->filters() != loaded.state.logFilters) {
        log->setFilters(loaded.state.logFilters);
        if (m_window->tabs()->currentWidget() == log)
            log->applyFilters();
    }
    // The messages of the account the profile starts on (its own); those of a subaccount stay kept, not opened.
    const bool sameAccount
        = loaded.state.accountSid.isEmpty() || loaded.state.accountSid == m_workbench->actingAccountSid();
    // Shown at once as last seen, and followed from there (polled if it was not final yet); fetched when there is no
    // copy.
    if (sameAccount && !loaded.state.watchedSids.isEmpty())
        m_workbench->tracker()->restore(loaded.state.watchedSids);
    if (sameAccount && !loaded.state.inspectedSid.isEmpty()) {
        const std::optional<Message> seen = Message::fromJson(loaded.state.inspectedMessage);
        if (seen && seen->sid == loaded.state.inspectedSid)
            m_workbench->watch()->follow(*seen);
        else
            m_window->inspector()->inspect(loaded.state.inspectedSid);
    }
    m_restoring = false;
    captureWork();
}

} // namespace textbench
