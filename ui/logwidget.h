// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apierror.h"
#include "state/workstate.h"

#include <QElapsedTimer>
#include <QTimer>
#include <QWidget>

class QAction;
class QCheckBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace textbench {

class MessageLogModel;

/// \brief The message log: filters (To, From, a date range), a sortable table that loads further pages as it is
/// scrolled, a row opened in the inspector by double-click or Enter, and export of what is loaded.
class LogWidget : public QWidget
{
    Q_OBJECT
public:
    explicit LogWidget(MessageLogModel* model, QWidget* parent = nullptr);

    QTableView* table() const { return m_table; }
    /// Export what is loaded (Ctrl+E; enabled while something is; asks to be shown first).
    QAction* exportAction() const { return m_exportAction; }
    /// The filters as set (applied or not); setFilters() sets them without loading.
    LogFilters filters() const;
    void setFilters(const LogFilters& filters);

public Q_SLOTS:
    void applyFilters();
    void exportTo(const QString& path);

Q_SIGNALS:
    void inspectRequested(const QString& sid);
    /// An action is about to act: the log should be on screen.
    void showRequested();
    void failed(const textbench::ApiError& error, const QString& context);
    /// A filter was typed or toggled.
    void filtersEdited();

private:
    void scheduleStatus();
    void throttleRepaint();
    void endRepaintThrottle();
    void updateStatus();
    void exportDialog();

    MessageLogModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QLineEdit* m_to;
    QLineEdit* m_from;
    QCheckBox* m_useAfter;
    QDateEdit* m_after;
    QCheckBox* m_useBefore;
    QDateEdit* m_before;
    QPushButton* m_apply;
    QPushButton* m_export;
    QAction* m_exportAction;
    QTableView* m_table;
    QLabel* m_status;
    QTimer m_statusTimer;
    QTimer m_repaintTimer;
    QElapsedTimer m_repainted;
    QTimer m_settleTimer; ///< a load that stopped for a moment: its freed memory goes back (releaseFreedMemory)
    QElapsedTimer m_statusShown;
};

} // namespace textbench
