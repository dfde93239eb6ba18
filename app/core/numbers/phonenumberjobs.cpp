// SPDX-License-Identifier: GPL-3.0-or-later
#include "phonenumberjobs.h"

#include "api/apiendpoint.h"
#include "api/sid.h"

namespace textbench {

namespace {
QString numberPath(const QString& sid)
{
    return QStringLiteral("/IncomingPhoneNumbers/") + sid + QStringLiteral(".json");
}
} // namespace

ListPhoneNumbersJob::ListPhoneNumbersJob(ApiClient* client, int limit, int pageSize)
    : PageJob(client, ApiProduct::Api, QStringLiteral("phone-numbers.list"), limit)
    , m_pageSize(std::clamp(pageSize, 1, 1000))
{ }

ApiRequest ListPhoneNumbersJob::firstPageRequest() const
{
    return accountRequest("GET", QStringLiteral("/IncomingPhoneNumbers.json"), QStringLiteral("phone-numbers.list"),
        { { QStringLiteral("PageSize"), QString::number(m_pageSize) } });
}

FetchPhoneNumberJob::FetchPhoneNumberJob(ApiClient* client, const QString& sid)
    : ResourceJob(client)
    , m_sid(sid.trimmed())
{ }

QString FetchPhoneNumberJob::validateInputs()
{
    return Sid::shapeProblem(m_sid, { QStringLiteral("PN") }, tr("phone number SID"));
}

ApiRequest FetchPhoneNumberJob::firstRequest() const
{
    return accountRequest("GET", numberPath(m_sid), QStringLiteral("phone-numbers.fetch"));
}

UpdatePhoneNumberJob::UpdatePhoneNumberJob(ApiClient* client, const QString& sid, const FormFields& fields)
    : ResourceJob(client)
    , m_sid(sid.trimmed())
    , m_fields(fields)
{ }

QString UpdatePhoneNumberJob::validateInputs()
{
    if (QString problem = Sid::shapeProblem(m_sid, { QStringLiteral("PN") }, tr("phone number SID"));
        !problem.isEmpty())
        return problem;
    if (m_fields.isEmpty())
        return tr("Nothing to change: give at least one of the number's fields.");
    for (auto& [name, value] : m_fields) {
        if (name.endsWith(u"Url") || name == u"StatusCallback") {
            if (!value.isEmpty() && !ApiEndpoint::isWebUrl(value))
                return tr("%1 must be an http or https URL, not \"%2\".").arg(name, value.left(200));
        } else if (name.endsWith(u"Method")) {
            value = value.trimmed().toUpper();
            if (value != u"GET" && value != u"POST")
                return tr("%1 is GET or POST, not \"%2\".").arg(name, value.left(20));
        }
    }
    return {};
}

ApiRequest UpdatePhoneNumberJob::firstRequest() const
{
    ApiRequest r = accountRequest("POST", numberPath(m_sid), QStringLiteral("phone-numbers.update"));
    r.form = m_fields;
    return r;
}

} // namespace textbench
