// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace textbench {

/// \brief The composer's form as typed: everything of a message not sent yet. Never a secret: a password in the
/// status callback URL or in a media URL is dropped before the draft is kept (the URL stays, without it).
struct ComposeDraft
{
    QString to;
    QString from;
    QString body;
    QString mediaUrls; ///< as typed, one URL a line
    bool mediaShown = false;
    bool advancedShown = false;
    QString statusCallback;
    int validityPeriod = 0; ///< seconds; 0: Twilio's default
    bool scheduled = false;
    QDateTime sendAt;
    bool smartEncoded = false;
    bool shortenUrls = false;
    bool provideFeedback = false;

    /// Nothing of a message typed: To, body, media URLs and status callback empty (From is filled in by itself: the
    /// profile's default sender).
    bool isEmpty() const;
    /// A message typed: a body or media URLs (To and From alone are only its address).
    bool hasMessage() const { return !body.isEmpty() || !mediaUrls.trimmed().isEmpty(); }
    bool operator==(const ComposeDraft& other) const;
    bool operator!=(const ComposeDraft& other) const { return !(*this == other); }
};

/// \brief The message log's filters.
struct LogFilters
{
    QString to;
    QString from;
    QDate after; ///< null: no lower bound
    QDate before; ///< null: no upper bound

    bool operator==(const LogFilters& other) const;
};

/// \brief What the user was doing under one profile: the draft, the message in the inspector, the messages watched
/// until final, the log's filters. Kept per profile, so that a restart (after a quit, a crash or a kill) finds it
/// again; nothing of it is a secret.
struct WorkState
{
    static constexpr int kVersion = 1;

    ComposeDraft draft;
    QString inspectedSid; ///< the inspector's message
    /// That message as last seen (its JSON): shown at once on the next start, before (or without) a fetch. The
    /// built-in Sandbox forgets its messages when Textbench quits; this copy does not.
    QJsonObject inspectedMessage;
    /// The account the inspected and watched messages are under (the profile's own or a subaccount).
    QString accountSid;
    QStringList watchedSids; ///< newest first
    LogFilters logFilters;

    bool operator==(const WorkState& other) const;
    bool operator!=(const WorkState& other) const { return !(*this == other); }

    QJsonObject toJson() const;
    /// Reads what toJson() wrote. Unknown keys are ignored; a value of the wrong type, a SID of the wrong shape or
    /// another version is refused (\a problem says which).
    static WorkState fromJson(const QJsonObject& json, bool* ok, QString* problem);

    /// \a url without its password, if it has one ("https://user:pass@host/" → "https://user@host/").
    static QString withoutPassword(const QString& url);
    /// The same for each line of \a urls.
    static QString withoutPasswords(const QString& urls);
};

/// \brief Keeps each profile's WorkState in a file of its own under a folder (the app's data folder), written
/// atomically (QSaveFile): a crash or a kill in the middle of a write leaves the file before it, never half of one.
class WorkStateStore
{
public:
    /// At most this many bytes are read back (a draft's body is at most 1600 characters; a larger file is not one).
    static constexpr qint64 kMaxFileBytes = qint64(4) * 1024 * 1024;

    explicit WorkStateStore(QString directory);

    const QString& directory() const { return m_directory; }
    /// The file of profile \a profileId (any string: encoded into a safe file name).
    QString pathFor(const QString& profileId) const;

    struct Loaded
    {
        WorkState state; ///< empty when there was none or it could not be read
        bool found = false;
        /// Set when the file could not be read: it was set aside as setAsidePath, and this says so.
        QString problem;
        QString setAsidePath;
    };
    /// Reads \a profileId's state. A file that cannot be read (not JSON, wrong shape, too big, unreadable) is renamed
    /// aside (".unreadable-<time>") so that it is neither lost nor read again, and \a problem says so.
    Loaded load(const QString& profileId) const;
    /// Writes \a state for \a profileId atomically; an empty state removes the file. Returns false with \a error
    /// set when it could not be written.
    bool save(const QString& profileId, const WorkState& state, QString* error = nullptr) const;
    void remove(const QString& profileId) const;
    /// Writes \a state beside \a profileId's file, as "<file>.kept-<time>", so that it is not lost when the profile's
    /// own file is written with other work; returns that path (empty, with \a error, when it could not be written).
    QString keepAside(const QString& profileId, const WorkState& state, QString* error = nullptr) const;

private:
    QString m_directory;
};

} // namespace textbench
