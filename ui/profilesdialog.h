// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "profiles/profilemanager.h"

#include <QDialog>
#include <QPointer>

#include <memory>

namespace textbench {

namespace Ui {
class ProfilesDialog;
}

class ApiClient;
class Workbench;

/// \brief The Profiles dialog (its static form: profilesdialog.ui): the list, and a form to add, edit, duplicate,
/// remove, test and use a profile, or to import the TWILIO_* environment variables. Secrets go to the keychain; when it
/// cannot take them, the dialog offers to keep the secret in memory for this run only, and says so.
class ProfilesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ProfilesDialog(Workbench* workbench, QWidget* parent = nullptr);
    ~ProfilesDialog() override;

    /// What the status line says (tests read it).
    QString status() const;

    /// For tests: answers the "keep for this run only?" question without showing it (-1: ask the user).
    void setKeepForThisRunAnswer(int answer) { m_keepAnswer = answer; }

private:
    void select(const QString& id);
    void showProfile(const Profile& profile);
    Profile formProfile() const;
    void newProfile();
    void save();
    void duplicate();
    void removeProfile();
    void testConnection();
    void importEnvironment();
    void useProfile();
    void report(const ProfileManager::Outcome& outcome, const QString& success);
    bool askKeepForThisRun(const ProfileManager::Outcome& outcome);
    void setStatus(const QString& text, bool error);
    void updateForm();

    std::unique_ptr<Ui::ProfilesDialog> m_ui;
    Workbench* m_workbench;
    QString m_currentId; ///< empty while a new profile is being typed
    QPointer<ApiClient> m_testClient;
    int m_keepAnswer = -1;
};

} // namespace textbench
