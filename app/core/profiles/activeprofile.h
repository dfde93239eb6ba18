// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "profilemanager.h"

#include <QObject>

namespace textbench {

class ApiClient;

/// \brief The profile the app works under: switching reads the new profile's secret, then points the client at it.
///
/// - Until the new profile's secret has been read, the current profile stays in force; if it cannot be read,
///   failed() says why and nothing changes. When two switches overlap, the later one wins.
/// - Jobs already running keep the session they started with (ApiJob takes the client's session when it starts).
/// - It follows the store: when the profile in force is removed, the Sandbox takes over; when where its requests go
///   or its secret changes, it is read and applied again.
/// - Every switch gives the client a new target, and so a new session generation: whoever shows a job's answer asks
///   ApiClient::isCurrent(job->session()), so that nothing of one profile's data shows up in another's view.
class ActiveProfile : public QObject
{
    Q_OBJECT
public:
    ActiveProfile(ProfileManager* manager, ApiClient* client, QObject* parent = nullptr);

    /// The credentials and address of the built-in Sandbox (the app runs it), used when the Sandbox profile is active.
    void setSandbox(const Credentials& credentials, const ApiEndpoint& endpoint);

    /// Switches to profile \a id (remembered as the active profile once it works).
    void activate(const QString& id);
    /// Switches to credentials that are not a stored profile (environment credentials), shown under \a name.
    void activateCredentials(const QString& name, const Credentials& credentials, const ApiEndpoint& endpoint);

    /// The profile in force (empty id before the first switch; "env" for environment credentials).
    const Profile& profile() const { return m_profile; }
    /// The client's session generation: a new one with every switch (never with a rename).
    quint64 generation() const;
    bool isReady() const { return m_ready; }
    /// A switch is waiting for the keychain.
    bool isSwitching() const { return !m_pendingId.isEmpty(); }

    /// The id activateCredentials() gives its pseudo-profile.
    static const QString kEnvironmentId;

Q_SIGNALS:
    void switching(const QString& id);
    void activated(const textbench::Profile& profile, quint64 generation);
    /// Switching to \a id failed; the previous profile is still in force. outcome.canKeepForThisRun() and
    /// outcome.needsSecret tell the UI what to offer.
    void failed(const QString& id, const textbench::ProfileManager::Outcome& outcome);
    /// The profile in force was renamed or given another default sender: same requests, new label.
    void profileUpdated(const textbench::Profile& profile);

private:
    void storeChanged();
    void apply(const Profile& profile, const Credentials& credentials, const ApiEndpoint& endpoint);

    ProfileManager* m_manager;
    ApiClient* m_client;
    Credentials m_sandboxCredentials;
    ApiEndpoint m_sandboxEndpoint;
    bool m_hasSandbox = false;
    Profile m_profile;
    bool m_ready = false;
    quint64 m_request = 0;
    QString m_pendingId;
};

} // namespace textbench
