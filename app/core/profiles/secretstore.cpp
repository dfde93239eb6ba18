// SPDX-License-Identifier: GPL-3.0-or-later
#include "secretstore.h"

#include <QTimer>

#if TEXTBENCH_HAVE_DBUS
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusMetaType>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#endif

#include <qt6keychain/keychain.h>

#include <memory>

namespace textbench {

SecretStore::SecretStore(const QString& service, QObject* parent)
    : QObject(parent)
    , m_service(service)
{ }

void SecretStore::read(const QString& key, QObject* context, Callback callback)
{
    run(Operation::Read, key, {}, context, std::move(callback));
}

void SecretStore::write(const QString& key, const QString& secret, QObject* context, Callback callback)
{
    run(Operation::Write, key, secret, context, std::move(callback));
}

void SecretStore::remove(const QString& key, QObject* context, Callback callback)
{
    run(Operation::Remove, key, {}, context, std::move(callback));
}

void SecretStore::run(
    Operation operation, const QString& key, const QString& secret, QObject* context, Callback callback)
{
    QKeychain::Job* job = nullptr;
    switch (operation) {
    case Operation::Read:
        job = new QKeychain::ReadPasswordJob(m_service);
        break;
    case Operation::Write: {
        auto* write = new QKeychain::WritePasswordJob(m_service);
        write->setTextData(secret);
        job = write;
        break;
    }
    case Operation::Remove:
        job = new QKeychain::DeletePasswordJob(m_service);
        break;
    }
    // Never a plaintext file: QtKeychain's fallback would write the secret into a settings file.
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    job->setKey(key);

    // One answer only: the job's, or the timeout's. A job that answers after its timeout is ignored.
    struct Pending
    {
        bool answered = false;
        QPointer<QObject> context;
        Callback callback;
    };
    auto pending = std::make_shared<Pending>(Pending { false, context, std::move(callback) });
    const auto answer = [pending](const Result& result) {
        if (pending->answered)
            return;
        pending->answered = true;
        if (pending->context)
            pending->callback(result);
    };

    // The timer is the context of every handler below: once the call is answered and the timer gone, a late answer
    // from the job or the probe reaches nothing.
    auto* timer = new QTimer(this);
    timer->setSingleShot(true);
    const auto finish = [answer, timer](const Result& result) {
        timer->stop();
        timer->deleteLater();
        answer(result);
    };
    connect(timer, &QTimer::timeout, timer, [finish, timeoutMs = m_timeoutMs] {
        Result r;
        r.status = Status::TimedOut;
        r.message = tr("The keychain did not answer within %1 s. It may be waiting for a password prompt that cannot "
                       "be shown (no desktop session, or a locked keyring): unlock the keyring (for example with "
                       "Seahorse) and try again.")
                        .arg(timeoutMs / 1000.0, 0, 'f', 1);
        finish(r);
    });
    connect(job, &QKeychain::Job::finished, timer, [this, finish, timer, operation, key](QKeychain::Job* finished) {
        Result r = describe(finished->error(), finished->errorString());
        if (r.ok() && operation == Operation::Read)
            r.secret = static_cast<QKeychain::ReadPasswordJob*>(finished)->textData();
        if (r.status != Status::NotFound) {
            finish(r);
            return;
        }
        // QtKeychain's libsecret backend says "not found" when the entry is there but behind a locked keyring whose
        // unlock prompt could not be shown: ask the Secret Service which it is (still under the same timeout). A
        // remove that finds nothing has done its job; one that finds the entry locked has not.
        probeLocked(key, timer, [finish, operation, r](bool locked) {
            if (locked)
                finish(lockedResult());
            else
                finish(operation == Operation::Remove ? Result {} : r);
        });
    });
    timer->start(m_timeoutMs);
    job->start();
}

SecretStore::Result SecretStore::lockedResult()
{
    Result r;
    r.status = Status::Denied;
    r.message = tr("The keyring that holds this secret is locked, and its unlock prompt could not be shown. Unlock it "
                   "(for example with Seahorse, or by logging in to the desktop) and try again.");
    return r;
}

void SecretStore::probeLocked(const QString& key, QObject* context, const std::function<void(bool)>& callback)
{
#if TEXTBENCH_HAVE_DBUS
    // org.freedesktop.Secret.Service.SearchItems(attributes) -> (unlocked items, locked items), with the attributes
    // QtKeychain stores (server = the service name, user = the key).
    QDBusMessage search = QDBusMessage::createMethodCall(QStringLiteral("org.freedesktop.secrets"),
        QStringLiteral("/org/freedesktop/secrets"), QStringLiteral("org.freedesktop.Secret.Service"),
        QStringLiteral("SearchItems"));
    static const QMetaType registered = qDBusRegisterMetaType<QMap<QString, QString>>();
    Q_UNUSED(registered)
    QMap<QString, QString> attributes { { QStringLiteral("server"), m_service }, { QStringLiteral("user"), key } };
    search << QVariant::fromValue(attributes);
    auto* watcher = new QDBusPendingCallWatcher(QDBusConnection::sessionBus().asyncCall(search, 2000), context);
    QObject::connect(watcher, &QDBusPendingCallWatcher::finished, context, [callback](QDBusPendingCallWatcher* w) {
        w->deleteLater();
        QDBusPendingReply<QList<QDBusObjectPath>, QList<QDBusObjectPath>> reply = *w;
        callback(!reply.isError() && !reply.argumentAt<1>().isEmpty());
    });
#else
    Q_UNUSED(key)
    QTimer::singleShot(0, context, [callback] { callback(false); });
#endif
}

QString SecretStore::noKeychainMessage(const QString& detail)
{
    return tr("No keychain is available: Textbench needs a Secret Service (such as GNOME Keyring or KWallet) on the "
              "D-Bus session bus. Start one, or use environment credentials or the Sandbox profile. (%1)")
        .arg(detail);
}

SecretStore::Result SecretStore::describe(int error, const QString& errorString)
{
    Result r;
    switch (QKeychain::Error(error)) {
    case QKeychain::NoError:
        return r;
    case QKeychain::EntryNotFound:
        // For a remove this is success, unless the entry is only hidden behind a locked keyring (run() asks).
        r.status = Status::NotFound;
        r.message = tr("The keychain has no secret for this profile (it may have been deleted outside Textbench). "
                       "Edit the profile and enter the secret again.");
        return r;
    case QKeychain::NoBackendAvailable:
        r.status = Status::NoKeychain;
        r.message = noKeychainMessage(errorString);
        return r;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        r.status = Status::Denied;
        r.message = tr("The keychain refused access: the keyring may be locked, or access was denied. Unlock it and "
                       "try again. (%1)")
                        .arg(errorString);
        return r;
    default:
        break;
    }
    // libsecret reports a missing bus or service as a generic error; recognise it by its words.
    const QString lower = errorString.toLower();
    if (lower.contains(u"dbus") || lower.contains(u"d-bus") || lower.contains(u"org.freedesktop.secrets")
        || lower.contains(u"could not connect") || lower.contains(u"no such")
        || lower.contains(u"not provided by any .service")) {
        r.status = Status::NoKeychain;
        r.message = noKeychainMessage(errorString);
        return r;
    }
    r.status = Status::Failed;
    r.message = tr("The keychain failed: %1").arg(errorString);
    return r;
}

} // namespace textbench
