// SPDX-License-Identifier: GPL-3.0-or-later
#include "pageenvelope.h"

namespace textbench {

namespace {
int integer(const QJsonObject& o, QStringView key)
{
    const QJsonValue v = o.value(key);
    if (v.isDouble() && v.toDouble() >= 0 && v.toDouble() < 1e9)
        return v.toInt();
    return v.isString() ? v.toString().toInt() : 0;
}
} // namespace

PageEnvelope PageEnvelope::fromJson(const QJsonObject& json)
{
    PageEnvelope e;
    const QJsonValue meta = json.value(u"meta");
    if (meta.isObject()) {
        const QJsonObject m = meta.toObject();
        e.page = integer(m, u"page");
        e.pageSize = integer(m, u"page_size");
        e.uri = m.value(u"url").toString();
        e.firstPageUri = m.value(u"first_page_url").toString();
        e.nextPageUri = m.value(u"next_page_url").toString();
        e.previousPageUri = m.value(u"previous_page_url").toString();
        return e;
    }
    e.page = integer(json, u"page");
    e.pageSize = integer(json, u"page_size");
    e.start = integer(json, u"start");
    e.end = integer(json, u"end");
    e.uri = json.value(u"uri").toString();
    e.firstPageUri = json.value(u"first_page_uri").toString();
    e.nextPageUri = json.value(u"next_page_uri").toString();
    e.previousPageUri = json.value(u"previous_page_uri").toString();
    return e;
}

} // namespace textbench
