// SPDX-License-Identifier: GPL-3.0-or-later
// A transport row through the core: ApiClient and the message jobs.
#include "hostile.h"

Tst_Hostile::CoreRun Tst_Hostile::runCore(const Scenario& s)
{
    CoreRun out;
    auto client = textbench::test::makeClient(baseUrl(s.where));
    ApiJob* job = nullptr;
    switch (s.op) {
    case Op::Fetch:
        job = new FetchMessageJob(client.get(), kSid);
        break;
    case Op::Create:
        job = new CreateMessageJob(client.get(), createParams());
        break;
    case Op::List:
        job = new ListMessagesJob(client.get(), MessageListFilter {}, 50);
        break;
    }
    std::unique_ptr<ApiJob> owner(job);
    out.finished = textbench::test::finishes(job, kHangMs);
    out.error = job->error();
    out.log = client->requestLog()->entries();
    out.shown = everythingShown(out.error, *client->requestLog());
    if (s.op == Op::Create) {
        // The input stays with the job for the user to resend: never altered by a failure.
        auto* create = static_cast<CreateMessageJob*>(job);
        if (create->params().to != kTo || create->params().body != kBody)
            ++g_tally.inputsLost;
    }
    if (!out.finished)
        job->cancel();
    return out;
}

void Tst_Hostile::checkCore(const Scenario& s, CoreRun& core)
{
    resetServers();
    ++g_tally.core;
    core = runCore(s);
    if (!core.finished) {
        ++g_tally.hung;
        QFAIL("the core did not finish within its deadline");
    }
    QVERIFY2(core.error.kind() == s.kind || core.error.kind() == s.orKind,
        qPrintable(QStringLiteral("kind %1, expected %2: %3\n[log: %4; Qt: %5]")
                       .arg(kindName(core.error.kind()), kindName(s.kind), core.error.toText(),
                           core.log.isEmpty() ? QString() : core.log.last().outcome, core.error.technical())));
    const QString said = core.error.title() + u'\n' + core.error.explanation() + u'\n' + core.error.nextStep();
    if (core.error.kind() != ApiError::Kind::None) {
        QVERIFY2(
            !core.error.title().isEmpty() && !core.error.explanation().isEmpty() && !core.error.nextStep().isEmpty(),
            qPrintable(core.error.toText()));
        QVERIFY2(said.contains(s.says, Qt::CaseInsensitive),
            qPrintable(QStringLiteral("expected \"%1\" in:\n%2").arg(s.says, core.error.toText())));
        if (s.httpStatus)
            QCOMPARE(core.error.httpStatus(), s.httpStatus);
    }
    if (s.mayHaveCreated)
        QCOMPARE(core.error.mayHaveCreated(), *s.mayHaveCreated);
    QVERIFY2(requestsAtOrigin(s.where, s.op) <= s.maxRequests,
        qPrintable(QStringLiteral("%1 requests arrived, at most %2 allowed: %3")
                       .arg(requestsAtOrigin(s.where, s.op))
                       .arg(s.maxRequests)
                       .arg(requestsSeen(s.where))));
    // The request log tells the truth: one finished entry per attempt, none claiming a success that did not happen.
    QVERIFY(!core.log.isEmpty());
    for (const RequestLogEntry& e : core.log) {
        QVERIFY2(!e.inFlight, qPrintable(e.outcome));
        QVERIFY(!e.outcome.isEmpty());
    }
    const RequestLogEntry& last = core.log.last();
    const ApiError::Kind kind = core.error.kind();
    const bool transferFailed = kind == ApiError::Kind::Network || kind == ApiError::Kind::Timeout
        || kind == ApiError::Kind::Oversize || kind == ApiError::Kind::Tls;
    if (transferFailed)
        QVERIFY2(!last.outcome.startsWith(u'2'), qPrintable(last.outcome));
    if (kind == ApiError::Kind::Oversize)
        QVERIFY2(last.responseBody.isEmpty() && last.responseBytes == 0, "an abandoned body is not kept");
    const int leaks = offOriginCredentials(s.where) + (containsSecret(core.shown) ? 1 : 0);
    g_tally.leaked += leaks;
    QVERIFY2(leaks == 0, "the credentials reached something other than their origin");
}
