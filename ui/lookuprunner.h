// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apierror.h"
#include "lookups/lookupjobs.h"

#include <QObject>
#include <QPointer>

class QWidget;

namespace textbench {

class ApiClient;

/// \brief A phone number lookup on demand, for a panel: one at a time, asking once a run before the first lookup
/// that Twilio bills (any endpoint but one on this computer), and dropping an answer that arrives after a switch of
/// profile or account.
class LookupRunner : public QObject
{
    Q_OBJECT
public:
    LookupRunner(ApiClient* client, QWidget* parent);

    /// Looks \a number up (with the line type). Returns false when the user declined the cost or one is running.
    bool lookUp(const QString& number);
    bool isRunning() const { return m_job != nullptr; }

    /// One line for a person: "+15005559006 · valid · landline (Sandbox Landline Co.): cannot receive SMS (30006)".
    static QString describe(const PhoneLookup& lookup);
    /// True when a lookup on the client's endpoint is billed (asked about first).
    static bool isBilled(const ApiClient* client);

Q_SIGNALS:
    void started(const QString& number);
    void looked(const textbench::PhoneLookup& lookup, const QString& asked);
    void failed(const textbench::ApiError& error, const QString& context);
    /// The answer came for another profile or account than the one now in force: not shown.
    void dropped(const QString& asked);

private:
    ApiClient* m_client;
    QWidget* m_parent;
    QPointer<LookupPhoneNumberJob> m_job;
};

} // namespace textbench
