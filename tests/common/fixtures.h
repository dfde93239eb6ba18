// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

#include <memory>

namespace textbench {
class ApiClient;
class ApiJob;
struct RequestPolicy;
} // namespace textbench

namespace textbench::test {

/// Distinctive test credentials: a test that searches output for them finds them if they leak.
inline const QString kAccountSid = QStringLiteral("AC0123456789abcdef0123456789abcdef");
inline const QString kAuthToken = QStringLiteral("f00dfacecafebeef0123456789abcdef");
inline const QString kMessageSid = QStringLiteral("SM0123456789abcdef0123456789abcdef");
inline const QString kApiKeySid = QStringLiteral("SKfedcba9876543210fedcba9876543210");
inline const QString kApiKeySecret = QStringLiteral("ZyXwVuTsRqPoNmLkJiHgFeDcBa987654");

/// A message resource with Twilio's field types (counts as strings, error_code null, RFC 2822 dates).
QJsonObject messageJson(const QString& sid, const QString& status = QStringLiteral("queued"));

/// A message exactly as Twilio sends it: the twenty fields of the resource, each in Twilio's type and form (account
/// kAccountSid, SID kMessageSid, delivered, priced, with media and feedback subresources).
QJsonObject twilioShapedMessage();

/// "SM000…00i": the i-th of a run of distinct message SIDs.
QString sidNumber(int i);

/// Starts \a job and waits until it finishes (true) or \a timeoutMs passes; the job is kept for the test to read
/// (and delete).
bool finishes(ApiJob* job, int timeoutMs = 10'000);

/// Runs the event loop for \a ms, for a test that must see something *not* happen: a request not sent, a stale
/// answer not shown, a declined confirmation doing nothing. What should happen is awaited with QSignalSpy::wait or
/// QTRY_*; this is the one fixed wait, and its name says what it is for.
void waitToSeeNothingHappen(int ms);

/// Short timeouts and near-instant retries, so that policy tests take milliseconds.
RequestPolicy fastPolicy();
/// A client for \a baseUrl with the test credentials (Auth Token) and fastPolicy().
std::unique_ptr<ApiClient> makeClient(const QString& baseUrl);

} // namespace textbench::test
