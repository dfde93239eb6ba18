// SPDX-License-Identifier: GPL-3.0-or-later
#include "webhookscommand.h"

#include "api/apiclient.h"
#include "cliapp.h"
#include "exitcodes.h"
#include "input.h"
#include "messagescommand.h"
#include "output.h"
#include "outputformat.h"
#include "pageprinter.h"
#include "webhooks/webhookjobs.h"
#include "webhooks/webhooksignature.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <memory>

namespace textbench::cli {

namespace {
const QList<OptionSpec> kSignOptions {
    { "url", "URL",
        QT_TRANSLATE_NOOP("textbench::cli::Options",
            "The URL exactly as configured in Twilio (scheme, host, port if written, path, query).") },
    { "param", "NAME=VALUE",
        QT_TRANSLATE_NOOP("textbench::cli::Options", "A form parameter of the POST, decoded (repeat for each).") },
    { "method", "POST|GET",
        QT_TRANSLATE_NOOP("textbench::cli::Options",
            "POST (the default: the parameters are signed after the URL) or GET (they are in the URL).") },
};
const OptionSpec kSignature { "signature", "BASE64",
    QT_TRANSLATE_NOOP("textbench::cli::Options", "The X-Twilio-Signature the app received.") };
const QList<OptionSpec> kInboundOptions {
    { "from", "NUMBER", QT_TRANSLATE_NOOP("textbench::cli::Options", "The handset that writes (any number).") },
    { "to", "NUMBER",
        QT_TRANSLATE_NOOP("textbench::cli::Options", "One of the sandbox's numbers (phone-numbers list).") },
    { "body", "TEXT", QT_TRANSLATE_NOOP("textbench::cli::Options", "What the handset writes.") },
    { "body-file", "PATH",
        QT_TRANSLATE_NOOP("textbench::cli::Options", "Read it from a UTF-8 file (- for standard input).") },
    { "media-url", "URL", QT_TRANSLATE_NOOP("textbench::cli::Options", "A picture it sends (repeat for up to 10).") },
};
const QList<OptionSpec> kEventsOptions {
    { "message", "SM…", QT_TRANSLATE_NOOP("textbench::cli::Options", "Only the requests about this message.") },
    { "limit", "N", QT_TRANSLATE_NOOP("textbench::cli::Options", "The most events to show (default 50).") },
};
const QList<OptionSpec> kResendOptions {
    { "sid", "WH…", QT_TRANSLATE_NOOP("textbench::cli::Options", "The event to send again.") },
};

} // namespace

WebhooksCommand::WebhooksCommand(CliApp& app)
    : VerbCommand(app)
{
    const QList<OptionSpec>& output = OutputFormat::specs();
    addVerb(
        { QStringLiteral("sign"), kSignOptions, 0, [this](const QCommandLineParser& p) { return sign(p, false); } });
    addVerb({ QStringLiteral("verify"), QList<OptionSpec> { kSignature } + kSignOptions, 0,
        [this](const QCommandLineParser& p) { return sign(p, true); } });
    addVerb({ QStringLiteral("inbound"), kInboundOptions + output, 0,
        [this](const QCommandLineParser& p) { return inbound(p); } });
    addVerb({ QStringLiteral("events"), kEventsOptions + output, 0,
        [this](const QCommandLineParser& p) { return events(p); } });
    addVerb({ QStringLiteral("resend"), kResendOptions + output, 0,
        [this](const QCommandLineParser& p) { return resend(p); } });
}

QString WebhooksCommand::usage()
{
    return tr("  textbench-cli webhooks sign   --url URL [--param NAME=VALUE]… [--method GET]\n"
              "                                the string Twilio signs and X-Twilio-Signature, with your Auth Token\n"
              "  textbench-cli webhooks verify --signature S --url URL [--param NAME=VALUE]… [--method GET]\n"
              "  textbench-cli webhooks inbound --from N --to N --body TEXT   a message to a sandbox number\n"
              "  textbench-cli webhooks events [--message SM…]   the sandbox's requests to your app\n"
              "  textbench-cli webhooks resend --sid WH…         one of them again, as Twilio retries\n");
}

const QStringList& WebhooksCommand::eventKeys()
{
    static const QStringList keys { QStringLiteral("sid"), QStringLiteral("kind"), QStringLiteral("message_sid"),
        QStringLiteral("message_status"), QStringLiteral("date_created"), QStringLiteral("url"),
        QStringLiteral("method"), QStringLiteral("parameters"), QStringLiteral("request_headers"),
        QStringLiteral("signed_data"), QStringLiteral("signature"), QStringLiteral("idempotency_token"),
        QStringLiteral("attempts"), QStringLiteral("resends"), QStringLiteral("response_status"),
        QStringLiteral("response_headers"), QStringLiteral("response_body"), QStringLiteral("response_truncated"),
        QStringLiteral("latency_ms"), QStringLiteral("outcome"), QStringLiteral("error_code"),
        QStringLiteral("explanation"), QStringLiteral("alert_sid"), QStringLiteral("account_sid") };
    return keys;
}

int WebhooksCommand::sign(const QCommandLineParser& parser, bool verify)
{
    const QString command = name() + (verify ? QStringLiteral(" verify") : QStringLiteral(" sign"));
    const QString url = parser.value(QStringLiteral("url")).trimmed();
    if (url.isEmpty())
        return m_app.usageError(tr("--url is required: the URL as configured in Twilio."), command);
    const QString method = parser.isSet(QStringLiteral("method"))
        ? parser.value(QStringLiteral("method")).trimmed().toUpper()
        : QStringLiteral("POST");
    if (method != u"POST" && method != u"GET")
        return m_app.usageError(tr("--method is POST or GET, not \"%1\".").arg(method), command);
    FormFields params;
    for (const QString& p : parser.values(QStringLiteral("param"))) {
        const qsizetype equals = p.indexOf(u'=');
        if (equals <= 0)
            return m_app.usageError(tr("--param takes NAME=VALUE, not \"%1\".").arg(Output::printable(p)), command);
        params.append({ p.left(equals), p.mid(equals + 1) });
    }
    if (method == u"GET" && !params.isEmpty())
        return m_app.usageError(
            tr("a GET's parameters are in its URL's query, which is signed as it is: give them in --url."), command);
    const QString given = verify ? parser.value(QStringLiteral("signature")).trimmed() : QString();
    if (verify && given.isEmpty())
        return m_app.usageError(tr("--signature is required: the X-Twilio-Signature the app received."), command);
    if (const int setUp = m_app.setUpClient(parser); setUp >= 0)
        return setUp;
    m_app.withCredentials([this, url, method, params, given, verify](bool ok) {
        if (!ok)
            return;
        const Credentials& c = m_app.client()->credentials();
        if (c.scheme() != AuthScheme::AuthToken) {
            m_app.reportError(ApiError::badCredentials(
                tr("Twilio signs with the account's Auth Token, and these credentials are an API key. Use a profile "
                   "(or TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN) with the Auth Token.")));
            m_app.finish(Auth);
            return;
        }
        const WebhookSignature::Signed s
            = WebhookSignature::sign(url, method == u"GET" ? FormFields {} : params, c.secret());
        const bool matches = verify && WebhookSignature::matches(given, url, params, c.secret());
        // The forms of the URL that would have given the signature received: the usual reasons a check fails.
        QList<WebhookSignature::Variant> wouldMatch;
        if (verify && !matches) {
            for (const WebhookSignature::Variant& v : WebhookSignature::variants(url)) {
                if (WebhookSignature::matches(given, v.url, params, c.secret()))
                    wouldMatch.append(v);
            }
        }
        if (m_app.json()) {
            QJsonObject o { { QStringLiteral("url"), url }, { QStringLiteral("method"), method },
                { QStringLiteral("string_to_sign"), QString::fromUtf8(s.data) },
                { QStringLiteral("signature"), s.signature } };
            if (verify) {
                o.insert(QStringLiteral("valid"), matches);
                QJsonArray variants;
                for (const auto& v : wouldMatch)
                    variants.append(
                        QJsonObject { { QStringLiteral("url"), v.url }, { QStringLiteral("change"), v.change },
                            { QStringLiteral("libraries_accept"), v.librariesAccept } });
                o.insert(QStringLiteral("would_match"), variants);
            }
            m_app.out() << QJsonDocument(o).toJson(QJsonDocument::Indented);
        } else {
            m_app.out() << tr("String signed  %1").arg(Output::printable(QString::fromUtf8(s.data))) << '\n'
                        << tr("Signature      %1").arg(s.signature) << '\n';
            if (verify && matches) {
                m_app.out() << tr("Valid: the signature received is the one for this URL and these parameters.")
                            << '\n';
            } else if (verify) {
                m_app.out() << tr("Not valid: %1 was received; the line above is what this URL and these parameters "
                                  "give.")
                                   .arg(Output::printable(given))
                            << '\n';
                if (wouldMatch.isEmpty()) {
                    m_app.out() << tr("No usual variant of the URL matches either: check the Auth Token (of this "
                                      "account, not a subaccount's; not an API key's secret) and that every parameter "
                                      "is given, decoded.")
                                << '\n';
                }
                for (const auto& v : wouldMatch) {
                    m_app.out() << (v.librariesAccept
                            ? tr("It matches %1 (%2): Twilio's libraries try that form too, so "
                                 "their validator accepts it.")
                            : tr("It matches %1 (%2): configure the URL the app is reached at, or "
                                 "validate against the URL Twilio requested."))
                                       .arg(Output::printable(v.url), v.change)
                                << '\n';
                }
            }
        }
        m_app.finish(!verify || matches ? Ok : OtherError);
    });
    return -1;
}

int WebhooksCommand::inbound(const QCommandLineParser& parser)
{
    const QString command = QStringLiteral("webhooks inbound");
    int code = -1;
    if (!m_app.outputFormat(parser, MessagesCommand::messageKeys(), MessagesCommand::tsvDefaults(), command, &code))
        return code;
    QString body = parser.value(QStringLiteral("body"));
    if (parser.isSet(QStringLiteral("body")) && parser.isSet(QStringLiteral("body-file")))
        return m_app.usageError(tr("--body and --body-file exclude each other."), command);
    if (parser.isSet(QStringLiteral("body-file"))) {
        QString problem;
        const std::optional<QString> text = Input::readText(
            parser.value(QStringLiteral("body-file")), qsizetype(64) * 1024, QStringLiteral("--body-file"), &problem);
        if (!text)
            return m_app.usageError(problem, command);
        body = *text;
    }
    if (const int setUp = m_app.setUpClient(parser); setUp >= 0)
        return setUp;
    auto* job = new SendInboundMessageJob(m_app.client(), parser.value(QStringLiteral("from")),
        parser.value(QStringLiteral("to")), body, parser.values(QStringLiteral("media-url")));
    m_app.runJob(job, [this, job] {
        ResourceWriter writer(m_app.out(), m_app.format(), ResourceWriter::Shape::One);
        const Message& m = job->message();
        writer.write(m.toJson(), [&m] { return Output::messageDetails(m); });
        writer.finish();
        if (!m_app.json())
            m_app.err() << tr("The sandbox now asks the number's SMS URL what to answer: textbench-cli webhooks events "
                              "--message %1")
                               .arg(m.sid)
                        << '\n';
    });
    return -1;
}

void WebhooksCommand::write(ResourceWriter& writer, const WebhookDelivery& e)
{
    writer.write(e.toJson(), [&e]() -> QString {
        QString out;
        const auto line = [&out](const QString& name, const QString& value) {
            if (!value.isEmpty())
                out += name.leftJustified(14) + Output::printable(value) + u'\n';
        };
        line(tr("Event"), e.sid);
        line(tr("Kind"), e.kind + (e.messageStatus.isEmpty() ? QString() : u" (" + e.messageStatus + u')'));
        line(tr("Message"), e.messageSid);
        line(tr("Request"), e.method + u' ' + e.url);
        line(tr("Outcome"),
            e.outcome + (e.responseStatus ? u", HTTP " + QString::number(e.responseStatus) : QString())
                + (e.latencyMs >= 0 ? u", " + QString::number(e.latencyMs) + u" ms" : QString())
                + (e.errorCode ? u", error " + QString::number(e.errorCode) : QString()));
        line(tr("Explanation"), e.explanation);
        line(tr("Signed"), e.signedData);
        line(tr("Signature"), e.signature);
        line(tr("Token"), e.idempotencyToken);
        return out;
    });
}

int WebhooksCommand::events(const QCommandLineParser& parser)
{
    const QString command = QStringLiteral("webhooks events");
    static const QStringList tsvDefaults { QStringLiteral("sid"), QStringLiteral("date_created"),
        QStringLiteral("kind"), QStringLiteral("message_sid"), QStringLiteral("message_status"),
        QStringLiteral("method"), QStringLiteral("url"), QStringLiteral("response_status"),
        QStringLiteral("latency_ms"), QStringLiteral("outcome"), QStringLiteral("error_code") };
    int code = -1;
    if (!m_app.outputFormat(parser, eventKeys(), tsvDefaults, command, &code))
        return code;
    int limit = 50;
    if (parser.isSet(QStringLiteral("limit"))) {
        bool ok = false;
        limit = parser.value(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit < 1)
            return m_app.usageError(tr("--limit takes a whole number of 1 or more."), command);
    }
    if (const int setUp = m_app.setUpClient(parser); setUp >= 0)
        return setUp;
    printList<WebhookDelivery>(
        m_app,
        new ListWebhookDeliveriesJob(
            m_app.client(), parser.value(QStringLiteral("message")), limit, std::min(limit, 1000)),
        &ListWebhookDeliveriesJob::deliveriesArrived,
        [](ResourceWriter& writer, const WebhookDelivery& d) { write(writer, d); }, tr("No requests to an app yet."));
    return -1;
}

int WebhooksCommand::resend(const QCommandLineParser& parser)
{
    int code = -1;
    if (!m_app.outputFormat(parser, eventKeys(), { QStringLiteral("sid"), QStringLiteral("outcome") },
            QStringLiteral("webhooks resend"), &code))
        return code;
    if (const int setUp = m_app.setUpClient(parser); setUp >= 0)
        return setUp;
    auto* job = new ResendWebhookDeliveryJob(m_app.client(), parser.value(QStringLiteral("sid")));
    m_app.runJob(job, [this, job] {
        ResourceWriter writer(m_app.out(), m_app.format(), ResourceWriter::Shape::One);
        write(writer, job->delivery());
        writer.finish();
    });
    return -1;
}

} // namespace textbench::cli
