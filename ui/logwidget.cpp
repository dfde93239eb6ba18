// SPDX-License-Identifier: GPL-3.0-or-later
#include "logwidget.h"

#include "messages/messagelogmodel.h"
#include "uiutil.h"

#include <QAction>
#include <QCheckBox>
#include <QDateEdit>
#include <QFile>
#include <QFileDialog>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollBar>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

namespace textbench {

namespace {
// Sorting, and the status column in its badge colour (the core model knows no colours).
class LogProxyModel : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    QVariant data(const QModelIndex& index, int role) const override
    {
        // The status is in words; its colour kept readable on the table's base, light or dark.
        if (role == Qt::ForegroundRole && index.column() == MessageLogModel::StatusColumn)
            return ui::readableOn(
                ui::statusColor(MessageStatuses::fromString(index.data(MessageLogModel::StatusRole).toString())),
                QGuiApplication::palette().color(QPalette::Base));
        return QSortFilterProxyModel::data(index, role);
    }
};
} // namespace

LogWidget::LogWidget(MessageLogModel* model, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(new LogProxyModel(this))
    , m_to(new QLineEdit(this))
    , m_from(new QLineEdit(this))
    , m_useAfter(new QCheckBox(tr("Sent from"), this))
    , m_after(new QDateEdit(this))
    , m_useBefore(new QCheckBox(tr("until"), this))
    , m_before(new QDateEdit(this))
    , m_apply(new QPushButton(tr("Load"), this))
    , m_export(new QPushButton(tr("Export…"), this))
    , m_exportAction(new QAction(tr("Export the log…"), this))
    , m_table(new QTableView(this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("logWidget"));
    m_to->setObjectName(QStringLiteral("filterToLineEdit"));
    m_to->setPlaceholderText(tr("To"));
    m_to->setAccessibleName(tr("Filter by To"));
    m_to->setClearButtonEnabled(true);
    m_from->setObjectName(QStringLiteral("filterFromLineEdit"));
    m_from->setPlaceholderText(tr("From"));
    m_from->setAccessibleName(tr("Filter by From"));
    m_from->setClearButtonEnabled(true);
    m_useAfter->setObjectName(QStringLiteral("afterCheckBox"));
    m_after->setObjectName(QStringLiteral("afterDateEdit"));
    m_useBefore->setObjectName(QStringLiteral("beforeCheckBox"));
    m_before->setObjectName(QStringLiteral("beforeDateEdit"));
    // The check boxes are the dates' labels on screen; a screen reader names each date itself.
    m_useBefore->setAccessibleName(tr("Sent until"));
    m_after->setAccessibleName(tr("Sent from (date)"));
    m_before->setAccessibleName(tr("Sent until (date)"));
    for (QDateEdit* d : { m_after, m_before }) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        d->setDate(QDate::currentDate());
        d->setEnabled(false);
    }
    m_after->setDate(QDate::currentDate().addDays(-7));
    connect(m_useAfter, &QCheckBox::toggled, m_after, &QWidget::setEnabled);
    connect(m_useBefore, &QCheckBox::toggled, m_before, &QWidget::setEnabled);
    for (QLineEdit* edit : { m_to, m_from })
        connect(edit, &QLineEdit::textChanged, this, &LogWidget::filtersEdited);
    for (QCheckBox* box : { m_useAfter, m_useBefore })
        connect(box, &QCheckBox::toggled, this, &LogWidget::filtersEdited);
    for (QDateEdit* edit : { m_after, m_before })
        connect(edit, &QDateEdit::dateChanged, this, &LogWidget::filtersEdited);
    m_apply->setObjectName(QStringLiteral("loadButton"));
    m_apply->setToolTip(tr("Load the log with these filters (F5)"));
    m_export->setObjectName(QStringLiteral("exportButton"));
    m_export->setToolTip(tr("Save the messages loaded so far as CSV or JSON"));
    m_status->setObjectName(QStringLiteral("logStatusLabel"));
    ui::makeCaption(m_status);
    m_statusTimer.setSingleShot(true);
    connect(&m_statusTimer, &QTimer::timeout, this, &LogWidget::updateStatus);
    m_repaintTimer.setSingleShot(true);
    connect(&m_repaintTimer, &QTimer::timeout, this, &LogWidget::endRepaintThrottle);
    // Pages arriving one after another repaint the table no more than ten times a second; a scroll ends the pause.
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &LogWidget::throttleRepaint);
    connect(m_table->verticalScrollBar(), &QScrollBar::valueChanged, this, &LogWidget::endRepaintThrottle);
    m_settleTimer.setSingleShot(true);
    m_settleTimer.setInterval(500);
    connect(&m_settleTimer, &QTimer::timeout, this, [] { ui::releaseFreedMemory(); });

    m_proxy->setSourceModel(model);
    m_proxy->setSortRole(MessageLogModel::SortRole);
    m_table->setObjectName(QStringLiteral("logTableView"));
    m_table->setAccessibleName(tr("Messages"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // Twilio's order (newest first) until a header is clicked
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->setColumnWidth(MessageLogModel::DateColumn, 150);
    m_table->setColumnWidth(MessageLogModel::DirectionColumn, 100);
    m_table->setColumnWidth(MessageLogModel::FromColumn, 120);
    m_table->setColumnWidth(MessageLogModel::ToColumn, 120);
    m_table->setColumnWidth(MessageLogModel::StatusColumn, 90);
    m_table->setColumnWidth(MessageLogModel::SegmentsColumn, 70);
    m_table->setColumnWidth(MessageLogModel::PriceColumn, 110);
    m_table->setColumnWidth(MessageLogModel::ErrorColumn, 60);

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_to, 1);
    filters->addWidget(m_from, 1);
    filters->addWidget(m_useAfter);
    filters->addWidget(m_after);
    filters->addWidget(m_useBefore);
    filters->addWidget(m_before);
    filters->addWidget(m_apply);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(m_export);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addLayout(bottom);

    const auto open = [this](const QModelIndex& index) {
        if (index.isValid())
            Q_EMIT inspectRequested(index.data(MessageLogModel::SidRole).toString());
    };
    connect(m_table, &QTableView::activated, this, open);
    connect(m_apply, &QPushButton::clicked, this, &LogWidget::applyFilters);
    connect(m_to, &QLineEdit::returnPressed, this, &LogWidget::applyFilters);
    connect(m_from, &QLineEdit::returnPressed, this, &LogWidget::applyFilters);
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(m_exportAction, &QAction::triggered, this, &LogWidget::showRequested);
    connect(m_exportAction, &QAction::triggered, this, &LogWidget::exportDialog);
    connect(m_export, &QPushButton::clicked, m_exportAction, &QAction::trigger);
    auto* reload = new QShortcut(QKeySequence::Refresh, this);
    reload->setContext(Qt::WidgetWithChildrenShortcut);
    connect(reload, &QShortcut::activated, this, &LogWidget::applyFilters);
    connect(model, &MessageLogModel::loadingChanged, this, &LogWidget::scheduleStatus);
    connect(model, &MessageLogModel::loadingChanged, this, [this](bool loading) {
        if (loading)
            m_settleTimer.stop();
        else
            m_settleTimer.start(); // restarted by every page of a long load: it fires when the load rests
    });
    connect(model, &QAbstractItemModel::rowsInserted, this, &LogWidget::scheduleStatus);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &LogWidget::scheduleStatus);
    connect(model, &QAbstractItemModel::modelReset, this, &LogWidget::scheduleStatus);
    connect(model, &MessageLogModel::failed, this,
        [this](const ApiError& error) { Q_EMIT failed(error, tr("Load the log")); });
    updateStatus();
}

LogFilters LogWidget::filters() const
{
    LogFilters f;
    f.to = m_to->text();
    f.from = m_from->text();
    if (m_useAfter->isChecked())
        f.after = m_after->date();
    if (m_useBefore->isChecked())
        f.before = m_before->date();
    return f;
}

void LogWidget::setFilters(const LogFilters& f)
{
    m_to->setText(f.to);
    m_from->setText(f.from);
    m_useAfter->setChecked(f.after.isValid());
    if (f.after.isValid())
        m_after->setDate(f.after);
    m_useBefore->setChecked(f.before.isValid());
    if (f.before.isValid())
        m_before->setDate(f.before);
}

void LogWidget::applyFilters()
{
    MessageListFilter filter;
    filter.to = m_to->text().trimmed();
    filter.from = m_from->text().trimmed();
    if (m_useAfter->isChecked())
        filter.dateSentAfter = m_after->date().toString(Qt::ISODate);
    if (m_useBefore->isChecked())
        filter.dateSentBefore = m_before->date().toString(Qt::ISODate);
    // The list job checks the filter; one it refuses leaves the table as it is.
    if (const ApiError problem = m_model->setFilter(filter); problem.isError())
        Q_EMIT failed(problem, tr("Filter the log"));
}

// While pages stream in, the count changes several times a page. A new text makes the label ask for a new
// geometry, the layout request climbs to the tab widget, and the tab widget repaints the whole panel, filters and
// all: so the text changes at most five times a second (the first change at once, the last one always shown).
void LogWidget::scheduleStatus()
{
    constexpr int kIntervalMs = 200;
    if (m_statusTimer.isActive())
        return;
    const qint64 since = m_statusShown.isValid() ? m_statusShown.elapsed() : kIntervalMs;
    if (since >= kIntervalMs)
        updateStatus();
    else
        m_statusTimer.start(int(kIntervalMs - since));
}

// Each page appended makes the table lay out and repaint everything it shows, though what it shows (the top of the
// log) has not changed: with a thousand-message page every few tens of milliseconds, painting would take more of
// the window's time than the messages. So after one repaint, inserts within the next 100 ms are drawn together.
void LogWidget::throttleRepaint()
{
    constexpr int kIntervalMs = 100;
    if (m_repaintTimer.isActive())
        return;
    if (m_repainted.isValid() && m_repainted.elapsed() < kIntervalMs) {
        m_table->setUpdatesEnabled(false);
        m_repaintTimer.start(int(kIntervalMs - m_repainted.elapsed()));
        return;
    }
    m_repainted.start();
}

void LogWidget::endRepaintThrottle()
{
    m_repaintTimer.stop();
    if (!m_table->updatesEnabled())
        m_table->setUpdatesEnabled(true); // repaints the table once
    m_repainted.start();
}

void LogWidget::updateStatus()
{
    m_statusTimer.stop();
    m_statusShown.start();
    const int rows = m_model->rowCount();
    QString text = rows == 1 ? tr("1 message loaded") : tr("%1 messages loaded").arg(rows);
    if (m_model->isLoading())
        text += u" · " + tr("loading…");
    else if (m_model->isComplete())
        text += u" · " + tr("that is all");
    else if (m_model->canFetchMore({}))
        text += u" · " + tr("more as you scroll");
    m_status->setText(text);
    m_export->setEnabled(rows > 0);
    m_exportAction->setEnabled(rows > 0);
}

void LogWidget::exportDialog()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString selected;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the loaded messages"),
        dir + QStringLiteral("/messages.csv"), tr("CSV (*.csv);;JSON (*.json)"), &selected);
    if (!path.isEmpty())
        exportTo(path);
}

void LogWidget::exportTo(const QString& path)
{
    QSaveFile file(path);
    const QByteArray bytes
        = path.endsWith(QStringLiteral(".json"), Qt::CaseInsensitive) ? m_model->toJson() : m_model->toCsv();
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        Q_EMIT failed(ApiError::invalidInput(tr("Could not write %1: %2").arg(path, file.errorString()),
                          tr("Choose another folder or file name.")),
            tr("Export"));
    }
}

} // namespace textbench
