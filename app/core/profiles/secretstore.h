// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

namespace textbench {

/// \brief The OS keychain (Secret Service on Linux, through QtKeychain), the only place a secret is ever kept.
///
/// Every operation is asynchronous, takes a context object (no callback after it is gone) and ends within the
/// timeout: QtKeychain can wait for ever behind a password prompt (a display but no session bus, a locked
/// collection), so a job that has not answered in time is reported as timed out and its late answer ignored.
/// There is no plaintext fallback.
class SecretStore : public QObject
{
    Q_OBJECT
public:
    enum class Status {
        Ok,
        NotFound, ///< no secret under that key (a remove treats this as success)
        NoKeychain, ///< no D-Bus session, or no Secret Service on it
        Denied, ///< locked, or access refused
        TimedOut, ///< no answer in time (typically a prompt nobody can see)
        Failed, ///< anything else
    };

    struct Result
    {
        Status status = Status::Ok;
        QString secret; ///< for a successful read
        /// For anything but Ok: what happened and what to do, for the user.
        QString message;
        bool ok() const { return status == Status::Ok; }
    };
    using Callback = std::function<void(const Result&)>;

    static constexpr int kDefaultTimeoutMs = 5000;

    /// \a service: the keychain service name every entry is stored under.
    explicit SecretStore(const QString& service = QStringLiteral("io.github.textbench"), QObject* parent = nullptr);

    void setTimeout(int ms) { m_timeoutMs = ms; }
    int timeout() const { return m_timeoutMs; }
    const QString& service() const { return m_service; }

    void read(const QString& key, QObject* context, Callback callback);
    void write(const QString& key, const QString& secret, QObject* context, Callback callback);
    /// Removing an entry that does not exist succeeds.
    void remove(const QString& key, QObject* context, Callback callback);

private:
    enum class Operation { Read, Write, Remove };
    void run(Operation operation, const QString& key, const QString& secret, QObject* context, Callback callback);
    static Result describe(int error, const QString& errorString);
    static QString noKeychainMessage(const QString& detail);
    static Result lockedResult();
    /// Whether the Secret Service holds \a key behind a locked collection (false when it cannot tell).
    void probeLocked(const QString& key, QObject* context, const std::function<void(bool)>& callback);

    QString m_service;
    int m_timeoutMs = kDefaultTimeoutMs;
};

} // namespace textbench
