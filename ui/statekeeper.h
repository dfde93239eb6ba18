// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "state/workstate.h"

#include <QObject>
#include <QTimer>

class QSettings;

namespace textbench {

class MainWindow;
class Workbench;
struct Profile;

/// \brief What the window keeps between runs, so that a quit, a crash or a kill loses nothing typed.
///
/// - Per profile, in a file of its own under the data folder (WorkStateStore, written atomically a moment after
///   each change): the composer's draft, the message in the inspector, the messages watched until final, the log's
///   filters. Activating a profile brings its work back; what is typed in the composer at that moment stays (it is
///   never replaced), and is kept under the profile now in force.
/// - For the window, in QSettings (group "window"): geometry, docks, the splitter, the tab, the log's columns. A
///   geometry on a screen that is gone is moved onto a visible one.
/// Nothing kept is a secret.
class StateKeeper : public QObject
{
    Q_OBJECT
public:
    /// How long after the last change the state is written.
    static constexpr int kSaveDelayMs = 400;

    /// \a directory: where the profiles' work is kept; \a settings: where the window's state is (not owned).
    StateKeeper(MainWindow* window, Workbench* workbench, const QString& directory, QSettings* settings,
        QObject* parent = nullptr);
    ~StateKeeper() override;

    /// The window's geometry and layout, as kept; call before the window is shown.
    void restoreWindow();
    /// Writes everything pending now (also done on quit).
    void flush();

    const WorkStateStore& store() const { return m_store; }
    /// Textbench's own places: the data folder's "work" folder and the default QSettings.
    static QString defaultDirectory();
    /// Forgets every profile's work and the window's state (--reset-state); profiles and secrets stay. Returns
    /// what was removed, for the user.
    static QStringList reset(const QString& directory, QSettings* settings);

private:
    void profileActivated(const Profile& profile);
    void captureWork();
    void scheduleWork();
    void saveWork();
    void scheduleWindow();
    void saveWindow();
    bool eventFilter(QObject* watched, QEvent* event) override;

    MainWindow* m_window;
    Workbench* m_workbench;
    QSettings* m_settings;
    WorkStateStore m_store;
    QString m_profileId; ///< whose work m_work is
    WorkState m_work;
    WorkState m_saved; ///< what the file holds (nothing is written when m_work is the same)
    bool m_saveFailing = false; ///< the last save failed, and the user was told
    bool m_restoring = false; ///< putting a profile's work back: its own changes are not news
    QTimer m_workTimer;
    QTimer m_windowTimer;
};

} // namespace textbench
