// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "profiles/profilemanager.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTest>

#include <functional>
#include <optional>

namespace textbench::test {

/// Runs one asynchronous operation that answers through a callback (the keychain and profile APIs) and waits for
/// its answer: nullopt when none came within \a timeoutMs. \a op gets a context object and the callback.
template<typename Result>
std::optional<Result> answerOf(
    const std::function<void(QObject*, std::function<void(const Result&)>)>& op, int timeoutMs = 15'000)
{
    QObject context;
    std::optional<Result> result;
    op(&context, [&](const Result& r) { result = r; });
    QElapsedTimer t;
    t.start();
    while (!result && t.elapsed() < timeoutMs)
        QTest::qWait(10);
    return result;
}

/// A profile operation's outcome; a failed one saying so when none came.
inline ProfileManager::Outcome outcomeOf(const std::function<void(QObject*, ProfileManager::Callback)>& op)
{
    if (auto o = answerOf<ProfileManager::Outcome>(op))
        return *o;
    ProfileManager::Outcome none;
    none.message = QStringLiteral("test: no answer within 15 s");
    return none;
}

/// A Live, Auth Token profile's metadata.
inline Profile liveProfile(
    const QString& name, const QString& accountSid = QStringLiteral("AC0123456789abcdef0123456789abcdef"))
{
    Profile p;
    p.name = name;
    p.accountSid = accountSid;
    return p;
}

} // namespace textbench::test
