// SPDX-License-Identifier: GPL-3.0-or-later
#include "alert.h"

#include "api/errorcatalog.h"
#include "api/formencoding.h"

#include <QCoreApplication>

namespace textbench {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(textbench::Alert)
};
} // namespace

std::optional<Alert> Alert::fromJson(const QJsonObject& json, QString* problem)
{
    const QString sid = json.value(u"sid").toString();
    if (!sid.startsWith(u"NO")) {
        if (problem)
            *problem = Tr::tr("an alert without its \"sid\" (NO…)");
        return std::nullopt;
    }
    const auto text = [&json](const char* key) { return json.value(QLatin1StringView(key)).toString(); };
    Alert a;
    a.sid = sid;
    a.errorCode = ErrorCatalog::codeFromJson(json.value(u"error_code"));
    a.logLevel = text("log_level");
    a.alertText = text("alert_text");
    a.moreInfo = text("more_info");
    a.requestMethod = text("request_method");
    a.requestUrl = text("request_url");
    a.requestVariables = text("request_variables");
    a.requestHeaders = text("request_headers");
    a.responseHeaders = text("response_headers");
    a.responseBody = text("response_body");
    a.resourceSid = text("resource_sid");
    a.serviceSid = text("service_sid");
    a.dateCreated = QDateTime::fromString(text("date_created"), Qt::ISODate);
    a.raw = json;
    return a;
}

QString Alert::readableText() const
{
    // Twilio writes many alert texts as a form: "Msg=Bad+Request&sourceComponent=14100&httpResponse=502".
    if (!alertText.contains(u'=') || alertText.contains(u' '))
        return alertText;
    QString plus = alertText;
    plus.replace(u'+', u' ');
    const FormFields fields = FormEncoding::decode(plus.toUtf8());
    const QString message = FormEncoding::value(fields, QStringLiteral("Msg"));
    if (message.isEmpty())
        return alertText;
    QStringList extra;
    for (const auto& [name, value] : fields) {
        if (name != u"Msg" && !value.isEmpty())
            extra << name + u": " + value;
    }
    return extra.isEmpty() ? message : message + u" (" + extra.join(QStringLiteral(", ")) + u')';
}

std::optional<AlertPage> AlertPage::fromJson(const QJsonObject& json, QString* problem)
{
    std::optional<QList<Alert>> items = PageItems::read<Alert>(json, QStringLiteral("alerts"), problem);
    if (!items)
        return std::nullopt;
    AlertPage page;
    static_cast<PageEnvelope&>(page) = PageEnvelope::fromJson(json);
    page.alerts = std::move(*items);
    return page;
}

} // namespace textbench
