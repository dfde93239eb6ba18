// SPDX-License-Identifier: GPL-3.0-or-later
// The verbs of `textbench-cli messages` that take SIDs (fetch, update, delete): one or many, from the arguments or
// standard input, each reported.
#include "cliapp.h"
#include "exitcodes.h"
#include "input.h"
#include "messages/messagejobs.h"
#include "messagescommand.h"
#include "output.h"

#include <memory>

namespace textbench::cli {

std::optional<QStringList> MessagesCommand::sids(const QCommandLineParser& parser, const QString& verb, int* code)
{
    const QString command = name() + u' ' + verb;
    if (!parser.isSet(QStringLiteral("sid"))) {
        *code = m_app.usageError(tr("--sid is required: the SID of the message (SM… or MM…), or - to read SIDs from "
                                    "standard input."),
            command);
        return std::nullopt;
    }
    QString problem;
    // 100,000 SIDs of 34 characters and their line breaks.
    std::optional<QStringList> list = Input::expandStandardInput(
        parser.values(QStringLiteral("sid")), qsizetype(4) * 1024 * 1024, QStringLiteral("--sid"), &problem);
    if (!list) {
        *code = m_app.usageError(problem, command);
        return std::nullopt;
    }
    if (list->isEmpty()) {
        *code = m_app.usageError(tr("--sid -: standard input held no SIDs (one a line)."), command);
        return std::nullopt;
    }
    return list;
}

std::optional<QStringList> MessagesCommand::prepare(
    const QCommandLineParser& parser, const QString& verb, const QStringList& keys, int* code)
{
    std::optional<QStringList> list = sids(parser, verb, code);
    if (!list)
        return std::nullopt;
    if (!m_app.outputFormat(parser, keys, keys == messageKeys() ? tsvDefaults() : keys, name() + u' ' + verb, code))
        return std::nullopt;
    if (const int setUp = m_app.setUpClient(parser); setUp >= 0) {
        *code = setUp;
        return std::nullopt;
    }
    return list;
}

ResourceWriter::Shape MessagesCommand::shapeFor(const QCommandLineParser& parser)
{
    // One --sid SM…: one resource, as before; several, or a list read from standard input: a list, whatever
    // its length, so that a script reads one shape.
    const QStringList given = parser.values(QStringLiteral("sid"));
    return given.size() == 1 && given.first().trimmed() != u"-" ? ResourceWriter::Shape::One
                                                                : ResourceWriter::Shape::Many;
}

void MessagesCommand::runEach(const QStringList& sids, ResourceWriter::Shape shape,
    const std::function<ApiJob*(const QString& sid)>& makeJob,
    const std::function<void(ApiJob* job, const QString& sid, ResourceWriter& writer)>& print)
{
    // One after the other, in the order given; each failure said (with its SID) and the next one tried. The exit
    // code is the highest of theirs.
    struct Run
    {
        QStringList sids;
        qsizetype next = 0;
        int worst = Ok;
    };
    auto run = std::make_shared<Run>(Run { sids });
    auto writer = std::make_shared<ResourceWriter>(m_app.out(), m_app.format(), shape);
    writer->setOwnColumns({}, QStringLiteral("\n"));
    // The step is kept alive by the job in flight (its callback holds it), not by itself.
    auto step = std::make_shared<std::function<void()>>();
    *step = [this, run, writer, weakStep = std::weak_ptr(step), makeJob, print, single = sids.size() == 1] {
        if (run->next == run->sids.size()) {
            writer->finish();
            m_app.finish(run->worst);
            return;
        }
        const QString sid = run->sids.at(run->next++);
        ApiJob* job = makeJob(sid);
        m_app.runJobThen(
            job, [job, sid, writer, print] { print(job, sid, *writer); },
            [this, run, writer, step = weakStep.lock()](int code) {
                run->worst = std::max(run->worst, code);
                writer->flush();
                if (m_app.flushOutput())
                    (*step)();
            },
            single ? QString() : sid);
    };
    (*step)();
}

int MessagesCommand::fetch(const QCommandLineParser& parser)
{
    int code = -1;
    const std::optional<QStringList> list = prepare(parser, QStringLiteral("fetch"), messageKeys(), &code);
    if (!list)
        return code;
    runEach(
        *list, shapeFor(parser), [this](const QString& sid) { return new FetchMessageJob(m_app.client(), sid); },
        [](ApiJob* job, const QString&, ResourceWriter& writer) {
            write(writer, static_cast<FetchMessageJob*>(job)->message());
        });
    return -1;
}

int MessagesCommand::update(const QCommandLineParser& parser)
{
    int code = -1;
    const std::optional<QStringList> list = prepare(parser, QStringLiteral("update"), messageKeys(), &code);
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
        *list, shapeFor(parser),
        [this, body, status](const QString& sid) { return new UpdateMessageJob(m_app.client(), sid, body, status); },
        [](ApiJob* job, const QString&, ResourceWriter& writer) {
            write(writer, static_cast<UpdateMessageJob*>(job)->message());
        });
    return -1;
}

int MessagesCommand::remove(const QCommandLineParser& parser)
{
    int code = -1;
    // What delete prints is {"sid", "deleted"}, not a message: its own properties.
    const std::optional<QStringList> list
        = prepare(parser, QStringLiteral("delete"), { QStringLiteral("sid"), QStringLiteral("deleted") }, &code);
    if (!list)
        return code;
    runEach(
        *list, shapeFor(parser), [this](const QString& sid) { return new DeleteMessageJob(m_app.client(), sid); },
        [](ApiJob*, const QString& sid, ResourceWriter& writer) {
            writer.write(QJsonObject { { QStringLiteral("sid"), sid }, { QStringLiteral("deleted"), true } },
                [&sid]() -> QString { return tr("Deleted %1").arg(Output::printable(sid)) + u'\n'; });
        });
    return -1;
}

} // namespace textbench::cli
