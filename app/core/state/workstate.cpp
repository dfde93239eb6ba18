// SPDX-License-Identifier: GPL-3.0-or-later
#include "workstate.h"

#include "api/sid.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace textbench {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(textbench::WorkStateStore)
};

QString dateText(const QDate& date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

/// A JSON object read key by key: each value must have the type asked for (a missing key is its default).
class Reader
{
public:
    explicit Reader(const QJsonObject& object)
        : m_object(object)
    { }

    QString text(const char* key)
    {
        const QJsonValue v = m_object.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isString())
            fail(key);
        return v.toString();
    }
    bool flag(const char* key)
    {
        const QJsonValue v = m_object.value(QLatin1String(key));
        if (v.isUndefined())
            return false;
        if (!v.isBool())
            fail(key);
        return v.toBool();
    }
    int number(const char* key, int min, int max)
    {
        const QJsonValue v = m_object.value(QLatin1String(key));
        if (v.isUndefined())
            return 0;
        const double d = v.toDouble(-1.0);
        if (!v.isDouble() || d < min || d > max || d != double(int(d)))
            fail(key);
        return v.toInt();
    }
    QDate date(const char* key)
    {
        const QString t = text(key);
        const QDate d = QDate::fromString(t, Qt::ISODate);
        if (!t.isEmpty() && !d.isValid())
            fail(key);
        return d;
    }
    QDateTime dateTime(const char* key)
    {
        const QString t = text(key);
        QDateTime d = QDateTime::fromString(t, Qt::ISODateWithMs);
        if (!t.isEmpty() && !d.isValid())
            fail(key);
        return d;
    }
    QJsonObject object(const char* key)
    {
        const QJsonValue v = m_object.value(QLatin1String(key));
        if (!v.isUndefined() && !v.isObject())
            fail(key);
        return v.toObject();
    }
    QStringList sids(const char* key)
    {
        const QJsonValue v = m_object.value(QLatin1String(key));
        if (v.isUndefined())
            return {};
        if (!v.isArray())
            fail(key);
        QStringList list;
        const QJsonArray items = v.toArray();
        for (const QJsonValue item : items) {
            if (!item.isString() || !Sid::isMessageSid(item.toString()))
                fail(key);
            else if (!list.contains(item.toString()))
                list << item.toString();
        }
        return list;
    }
    void fail(const char* key)
    {
        if (m_problem.isEmpty())
            m_problem = Tr::tr("“%1” has a value of the wrong kind").arg(QLatin1String(key));
    }
    const QString& problem() const { return m_problem; }

private:
    QJsonObject m_object;
    QString m_problem;
};

QString fileNameFor(const QString& profileId)
{
    // Readable for the ids Textbench makes (a UUID, "sandbox"), safe for any other.
    QString name;
    for (const QChar c : profileId) {
        if ((c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'-')
            name += c;
        else
            name += QStringLiteral("_%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
    }
    return QStringLiteral("profile-") + name + QStringLiteral(".json");
}
} // namespace

bool ComposeDraft::isEmpty() const
{
    return to.trimmed().isEmpty() && body.isEmpty() && mediaUrls.trimmed().isEmpty()
        && statusCallback.trimmed().isEmpty();
}

bool ComposeDraft::operator==(const ComposeDraft& o) const
{
    return to == o.to && from == o.from && body == o.body && mediaUrls == o.mediaUrls && mediaShown == o.mediaShown
        && advancedShown == o.advancedShown && statusCallback == o.statusCallback && validityPeriod == o.validityPeriod
        && scheduled == o.scheduled && sendAt == o.sendAt && smartEncoded == o.smartEncoded
        && shortenUrls == o.shortenUrls && provideFeedback == o.provideFeedback;
}

bool LogFilters::operator==(const LogFilters& o) const
{
    return to == o.to && from == o.from && after == o.after && before == o.before;
}

bool WorkState::operator==(const WorkState& o) const
{
    return draft == o.draft && inspectedSid == o.inspectedSid && inspectedMessage == o.inspectedMessage
        && accountSid == o.accountSid && watchedSids == o.watchedSids && logFilters == o.logFilters;
}

QString WorkState::withoutPassword(const QString& url)
{
    // As URL parsers split an authority: after "scheme://", up to the first of "/?#"; the user information is what
    // precedes its last '@', and its password what follows the first ':' in it. Done by hand: a password with
    // characters QUrl refuses must go too.
    const qsizetype scheme = url.indexOf(QStringLiteral("://"));
    if (scheme <= 0)
        return url;
    const qsizetype start = scheme + 3;
    qsizetype end = url.size();
    for (const QChar stop : { u'/', u'?', u'#' }) {
        const qsizetype at = url.indexOf(stop, start);
        if (at >= 0 && at < end)
            end = at;
    }
    const qsizetype at = url.lastIndexOf(u'@', end - 1);
    if (at < start)
        return url;
    const qsizetype colon = url.indexOf(u':', start);
    if (colon < 0 || colon > at)
        return url;
    return url.left(colon) + url.mid(at);
}

QString WorkState::withoutPasswords(const QString& urls)
{
    QStringList lines = urls.split(u'\n');
    for (QString& line : lines)
        line = withoutPassword(line);
    return lines.join(u'\n');
}

QJsonObject WorkState::toJson() const
{
    QJsonObject d {
        { QStringLiteral("to"), draft.to },
        { QStringLiteral("from"), draft.from },
        { QStringLiteral("body"), draft.body },
        { QStringLiteral("media_urls"), withoutPasswords(draft.mediaUrls) },
        { QStringLiteral("media_shown"), draft.mediaShown },
        { QStringLiteral("advanced_shown"), draft.advancedShown },
        { QStringLiteral("status_callback"), withoutPassword(draft.statusCallback) },
        { QStringLiteral("validity_period"), draft.validityPeriod },
        { QStringLiteral("scheduled"), draft.scheduled },
        { QStringLiteral("smart_encoded"), draft.smartEncoded },
        { QStringLiteral("shorten_urls"), draft.shortenUrls },
        { QStringLiteral("provide_feedback"), draft.provideFeedback },
    };
    if (draft.sendAt.isValid())
        d.insert(QStringLiteral("send_at"), draft.sendAt.toUTC().toString(Qt::ISODateWithMs));
    return {
        { QStringLiteral("version"), kVersion },
        { QStringLiteral("draft"), d },
        { QStringLiteral("inspected_sid"), inspectedSid },
        { QStringLiteral("inspected_message"), inspectedMessage },
        { QStringLiteral("account_sid"), accountSid },
        { QStringLiteral("watched_sids"), QJsonArray::fromStringList(watchedSids) },
        { QStringLiteral("log_filters"),
            QJsonObject {
                { QStringLiteral("to"), logFilters.to },
                { QStringLiteral("from"), logFilters.from },
                { QStringLiteral("after"), dateText(logFilters.after) },
                { QStringLiteral("before"), dateText(logFilters.before) },
            } },
    };
}

WorkState WorkState::fromJson(const QJsonObject& json, bool* ok, QString* problem)
{
    WorkState s;
    Reader top(json);
    QString why;
    if (json.value(QStringLiteral("version")).toInt(-1) != kVersion) {
        why = Tr::tr("it is not a Textbench work state of version %1").arg(kVersion);
    } else {
        Reader d(top.object("draft"));
        s.draft.to = d.text("to");
        s.draft.from = d.text("from");
        s.draft.body = d.text("body");
        s.draft.mediaUrls = withoutPasswords(d.text("media_urls"));
        s.draft.mediaShown = d.flag("media_shown");
        s.draft.advancedShown = d.flag("advanced_shown");
        s.draft.statusCallback = withoutPassword(d.text("status_callback"));
        s.draft.validityPeriod = d.number("validity_period", 0, 36000);
        s.draft.scheduled = d.flag("scheduled");
        s.draft.sendAt = d.dateTime("send_at");
        s.draft.smartEncoded = d.flag("smart_encoded");
        s.draft.shortenUrls = d.flag("shorten_urls");
        s.draft.provideFeedback = d.flag("provide_feedback");
        s.inspectedSid = top.text("inspected_sid");
        if (!s.inspectedSid.isEmpty() && !Sid::isMessageSid(s.inspectedSid))
            top.fail("inspected_sid");
        s.inspectedMessage = top.object("inspected_message");
        s.accountSid = top.text("account_sid");
        if (!s.accountSid.isEmpty() && !Sid::isAccountSid(s.accountSid))
            top.fail("account_sid");
        s.watchedSids = top.sids("watched_sids");
        Reader f(top.object("log_filters"));
        s.logFilters.to = f.text("to");
        s.logFilters.from = f.text("from");
        s.logFilters.after = f.date("after");
        s.logFilters.before = f.date("before");
        why = !d.problem().isEmpty() ? d.problem() : !top.problem().isEmpty() ? top.problem() : f.problem();
    }
    if (ok)
        *ok = why.isEmpty();
    if (problem)
        *problem = why;
    return why.isEmpty() ? s : WorkState();
}

WorkStateStore::WorkStateStore(QString directory)
    : m_directory(std::move(directory))
{ }

QString WorkStateStore::pathFor(const QString& profileId) const
{
    return QDir(m_directory).filePath(fileNameFor(profileId));
}

WorkStateStore::Loaded WorkStateStore::load(const QString& profileId) const
{
    Loaded result;
    const QString path = pathFor(profileId);
    QFile file(path);
    if (!file.exists())
        return result;
    result.found = true;
    QString why;
    if (QFileInfo(path).size() > kMaxFileBytes) {
        why = Tr::tr("it is larger than %1 MiB").arg(kMaxFileBytes / (qint64(1024) * 1024));
    } else if (!file.open(QIODevice::ReadOnly)) {
        why = file.errorString();
    } else {
        QJsonParseError error {};
        const QJsonDocument doc = QJsonDocument::fromJson(file.read(kMaxFileBytes), &error);
        file.close();
        if (error.error != QJsonParseError::NoError)
            why = Tr::tr("it is not JSON (%1 at byte %2)").arg(error.errorString()).arg(error.offset);
        else if (!doc.isObject())
            why = Tr::tr("it is not a JSON object");
        else
            result.state = WorkState::fromJson(doc.object(), nullptr, &why);
    }
    if (why.isEmpty())
        return result;
    // Set aside, not deleted: what it held may still be read by hand, and it is not read again.
    result.setAsidePath = path + QStringLiteral(".unreadable-")
        + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddThhmmss"));
    if (!QFile::rename(path, result.setAsidePath)) {
        result.setAsidePath.clear();
        result.problem = Tr::tr("The saved work of this profile (%1) could not be read: %2. It could not be set aside "
                                "either; it will be replaced when you type.")
                             .arg(QDir::toNativeSeparators(path), why);
    } else {
        result.problem = Tr::tr("The saved work of this profile could not be read: %1. It was set aside as %2.")
                             .arg(why, QDir::toNativeSeparators(result.setAsidePath));
    }
    return result;
}

namespace {
bool writeState(const QString& directory, const QString& path, const WorkState& state, QString* error)
{
    if (!QDir().mkpath(directory)) {
        if (error)
            *error = Tr::tr("Could not create the folder %1.").arg(QDir::toNativeSeparators(directory));
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    // Only the user can read it: it holds numbers and message text.
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(QJsonDocument(state.toJson()).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}
} // namespace

bool WorkStateStore::save(const QString& profileId, const WorkState& state, QString* error) const
{
    if (state == WorkState()) {
        remove(profileId);
        return true;
    }
    return writeState(m_directory, pathFor(profileId), state, error);
}

QString WorkStateStore::keepAside(const QString& profileId, const WorkState& state, QString* error) const
{
    const QString path = pathFor(profileId) + QStringLiteral(".kept-")
        + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddThhmmsszzz"));
    return writeState(m_directory, path, state, error) ? path : QString();
}

void WorkStateStore::remove(const QString& profileId) const
{
    QFile::remove(pathFor(profileId));
}

} // namespace textbench
