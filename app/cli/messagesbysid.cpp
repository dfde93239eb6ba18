// SPDX-License-Identifier: GPL-3.0-or-later
// The verbs of `textbench-cli messages` that take SIDs (fetch, update, delete): one or many, from the arguments or
// standard input, each reported.
#include "cliapp.h"
#include "exitcodes.h"
#include "input.h"
#include "messages/messagejobs.h"
#include "messagescommand.h"
#include "output.h"

#include <algorithm>
#include <memory>

namespace textbench::cli {

std::shared_ptr<Input::ValueStream> MessagesCommand::sids(
    const QCommandLineParser& parser, const QString& verb, int* code)
{
    const QString command = name() + u' ' + verb;
    const QStringList values = parser.values(QStringLiteral("sid"));
    if (values.isEmpty()) {
        *code = m_app.usageError(tr("--sid is required: the SID of the message (SM… or MM…), or - to read SIDs from "
                                    "standard input."),
            command);
        return nullptr;
    }
    if (std::count_if(values.cbegin(), values.cend(), [](const QString& v) { return v.trimmed() == u"-"; }) > 1) {
        *code = m_app.usageError(tr("--sid - may be given once: standard input is read once."), command);
        return nullptr;
    }
    return std::make_shared<Input::ValueStream>(values, QStringLiteral("--sid"));
}

std::shared_ptr<Input::ValueStream> MessagesCommand::prepare(
    const QCommandLineParser& parser, const QString& verb, const QStringList& keys, int* code)
{
    std::shared_ptr<Input::ValueStream> stream = sids(parser, verb, code);
    if (!stream)
        return nullptr;
    if (!m_app.outputFormat(parser, keys, keys == messageKeys() ? tsvDefaults() : keys, name() + u' ' + verb, code))
        return nullptr;
    if (const int setUp = m_app.setUpClient(parser); setUp >= 0) {
        *code = setUp;
        return nullptr;
    }
    // The first SID before anything is printed: standard input with none is a usage error, not an empty list.
    if (!stream->peek()) {
        *code = m_app.usageError(tr("--sid -: standard input held no SIDs (one a line)."), name() + u' ' + verb);
        return nullptr;
    }
    return stream;
}

void MessagesCommand::runEach(const std::shared_ptr<Input::ValueStream>& sids,
    const std::function<ApiJob*(const QString& sid)>& makeJob,
    const std::function<void(ApiJob* job, const QString& sid, ResourceWriter& writer)>& print, const QString& separator)
{
    // One after the other, in the order given, each read when the one before is done; each failure said (with its
    // SID) and the next one tried. The exit code is the highest of theirs. One --sid SM…: one resource, as before;
    // several, or a list read from standard input: a list, whatever its length, so that a script reads one shape.
    const bool single = sids->isSingle();
    auto worst = std::make_shared<int>(Ok);
    auto writer = std::make_shared<ResourceWriter>(
        m_app.out(), m_app.format(), single ? ResourceWriter::Shape::One : ResourceWriter::Shape::Many);
    writer->setOwnColumns({}, separator);
    // The step is kept alive by the job in flight (its callback holds it), not by itself.
    auto step = std::make_shared<std::function<void()>>();
    *step = [this, sids, worst, writer, weakStep = std::weak_ptr(step), makeJob, print, single] {
        const std::optional<QString> sid = sids->next();
        if (!sid) {
            writer->finish();
            m_app.finish(*worst);
            return;
        }
        ApiJob* job = makeJob(*sid);
        m_app.runJobThen(
            job, [job, sid = *sid, writer, print] { print(job, sid, *writer); },
            [this, worst, writer, step = weakStep.lock()](int code) {
                *worst = std::max(*worst, code);
                writer->flush();
                if (m_app.flushOutput())
                    (*step)();
            },
            single ? QString() : *sid);
    };
    (*step)();
}

int MessagesCommand::fetch(const QCommandLineParser& parser)
{
    int code = -1;
    const auto list = prepare(parser, QStringLiteral("fetch"), messageKeys(), &code);
    if (!list)
        return code;
    runEach(
        list, [this](const QString& sid) { return new FetchMessageJob(m_app.client(), sid); },
        [](ApiJob* job, const QString&, ResourceWriter& writer) {
            write(writer, static_cast<FetchMessageJob*>(job)->message());
        });
    return -1;
}

int MessagesCommand::update(const QCommandLineParser& parser)
{
    int code = -1;
    const auto list = prepare(parser, QStringLiteral("update"), messageKeys(), &code);
    if (!list)
        return code;
    QString body;
    if (parser.isSet(QStringLiteral("body"))) {
        body = parser.value(QStringLiteral("body"));
        if (body.isNull())
            body = QStringLiteral("");
    }
    const QString status = parser.value(QStringLiteral("status"));
    runEach(
        list,
        [this, body, status](const QString& sid) { return new UpdateMessageJob(m_app.client(), sid, body, status); },
        [](ApiJob* job, const QString&, ResourceWriter& writer) {
            write(writer, static_cast<UpdateMessageJob*>(job)->message());
        });
    return -1;
}

int MessagesCommand::feedback(const QCommandLineParser& parser)
{
    int code = -1;
    static const QStringList keys { QStringLiteral("message_sid"), QStringLiteral("outcome"),
        QStringLiteral("date_created"), QStringLiteral("date_updated"), QStringLiteral("account_sid"),
        QStringLiteral("uri") };
    const QString outcome = parser.value(QStringLiteral("outcome")).trimmed().toLower();
    if (!MessageFeedback::isOutcome(outcome))
        return m_app.usageError(tr("--outcome is confirmed (the person acted on the message: entered the code, opened "
                                   "the link) or unconfirmed."),
            QStringLiteral("messages feedback"));
    const auto list = prepare(parser, QStringLiteral("feedback"), keys, &code);
    if (!list)
        return code;
    runEach(
        list, [this, outcome](const QString& sid) { return new CreateFeedbackJob(m_app.client(), sid, outcome); },
        [](ApiJob* job, const QString&, ResourceWriter& writer) {
            const MessageFeedback& f = static_cast<CreateFeedbackJob*>(job)->feedback();
            writer.write(f.toJson(), [&f]() -> QString {
                return tr("%1: feedback %2").arg(Output::printable(f.messageSid), Output::printable(f.outcome)) + u'\n';
            });
        },
        QString()); // a line each
    return -1;
}

int MessagesCommand::remove(const QCommandLineParser& parser)
{
    int code = -1;
    // What delete prints is {"sid", "deleted"}, not a message: its own properties.
    const auto list
        = prepare(parser, QStringLiteral("delete"), { QStringLiteral("sid"), QStringLiteral("deleted") }, &code);
    if (!list)
        return code;
    runEach(
        list, [this](const QString& sid) { return new DeleteMessageJob(m_app.client(), sid); },
        [](ApiJob*, const QString& sid, ResourceWriter& writer) {
            writer.write(QJsonObject { { QStringLiteral("sid"), sid }, { QStringLiteral("deleted"), true } },
                [&sid]() -> QString { return tr("Deleted %1").arg(Output::printable(sid)) + u'\n'; });
        },
        QString()); // a line each
    return -1;
}

} // namespace textbench::cli
