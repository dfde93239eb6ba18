// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace textbench {

/// \brief The paging envelope of a list page, in either of Twilio's forms: the 2010-04-01 API's fields at the top
/// (page, page_size, start, end, uri, first_page_uri, next_page_uri, previous_page_uri: paths relative to the host)
/// or the v1/v2 APIs' "meta" object (page, page_size, url, first_page_url, next_page_url, previous_page_url: absolute
/// URLs).
struct PageEnvelope
{
    int page = 0;
    int pageSize = 0;
    int start = 0;
    int end = 0;
    QString uri;
    QString firstPageUri;
    /// Empty on the last page. Follow it rather than counting pages (ApiEndpoint::resolveResourceUri()).
    QString nextPageUri;
    QString previousPageUri;

    /// Reads either form; what is missing or of another type stays empty.
    static PageEnvelope fromJson(const QJsonObject& json);
};

namespace PageItems {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(textbench::PageEnvelope)
};

/// Every element of \a json[\a key], read with `Item::fromJson(const QJsonObject&, QString* problem)`; nullopt (and
/// \a problem) unless it is an array whose every element is one.
template<typename Item> std::optional<QList<Item>> read(const QJsonObject& json, const QString& key, QString* problem)
{
    const QJsonValue list = json.value(key);
    if (!list.isArray()) {
        if (problem)
            *problem = Tr::tr("the page has no \"%1\" array").arg(key);
        return std::nullopt;
    }
    const QJsonArray array = list.toArray();
    QList<Item> items;
    items.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        QString why;
        const QJsonValue element = array.at(i);
        std::optional<Item> item = element.isObject() ? Item::fromJson(element.toObject(), &why) : std::nullopt;
        if (!item) {
            if (problem)
                *problem = Tr::tr("entry %1 of \"%2\" is not what the page lists (%3)")
                               .arg(i + 1)
                               .arg(key, why.isEmpty() ? Tr::tr("not an object") : why);
            return std::nullopt;
        }
        items.append(std::move(*item));
    }
    return items;
}
} // namespace PageItems

/// \brief A page of one kind of resource, listed under `T::kPageKey` ("services", "short_codes", …): the page type of
/// a list that needs nothing more.
template<typename T> struct ItemPage : PageEnvelope
{
    using Item = T;
    QList<T> list;
    const QList<T>& items() const { return list; }
    static std::optional<ItemPage> fromJson(const QJsonObject& json, QString* problem = nullptr)
    {
        std::optional<QList<T>> items = PageItems::read<T>(json, QString::fromLatin1(T::kPageKey), problem);
        if (!items)
            return std::nullopt;
        ItemPage page;
        static_cast<PageEnvelope&>(page) = PageEnvelope::fromJson(json);
        page.list = std::move(*items);
        return page;
    }
};

} // namespace textbench
