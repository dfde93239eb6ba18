// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandboxrouter.h"

#include <QUrl>

namespace textbench::sandbox {

void Router::add(Method method, const QString& pattern, Handler handler, Access access)
{
    static const QRegularExpression placeholder(QStringLiteral("\\{([A-Za-z]+)\\}"));
    QString regex = QStringLiteral("^");
    qsizetype at = 0;
    for (auto it = placeholder.globalMatch(pattern); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        regex += QRegularExpression::escape(pattern.mid(at, m.capturedStart() - at)) + QStringLiteral("([^/]+)");
        at = m.capturedEnd();
    }
    regex += QRegularExpression::escape(pattern.mid(at)) + u'$';
    const QRegularExpressionMatch first = placeholder.match(pattern);
    m_routes.append(
        { method, QRegularExpression(regex), first.captured(1) == u"AccountSid", std::move(handler), access });
}

Reply Router::route(
    const QHttpServerRequest& request, Caller caller, const QString& accountSid, const QStringList& subaccounts) const
{
    // Routed on the path as sent: a %2F must not turn into a separator, nor %00 into a NUL.
    const QString path = request.url().path(QUrl::FullyEncoded);
    const Route* known = nullptr; // the first route of this path, whatever its method
    const Route* matched = nullptr;
    QStringList captures;
    for (const Route& r : m_routes) {
        const QRegularExpressionMatch m = r.path.match(path);
        if (!m.hasMatch())
            continue;
        if (!known) {
            known = &r;
            captures = m.capturedTexts().mid(1);
        }
        if (r.method == request.method()) {
            matched = &r;
            captures = m.capturedTexts().mid(1);
            break;
        }
    }
    if (!known)
        return Reply::notFound(path);
    if (caller == Caller::None)
        return Reply::error(401, 20003, QStringLiteral("Authenticate"));
    const bool asSubaccount = known->scopedToAccount && subaccounts.contains(captures.value(0));
    if (known->scopedToAccount && captures.value(0) != accountSid && !asSubaccount)
        return Reply::notFound(path);
    if (!matched)
        return Reply::error(405, 20004, QStringLiteral("Method not allowed"));
    if (caller == Caller::Test && matched->access != Access::TestCredentialsToo)
        return Reply::error(403, 20008, QStringLiteral("Resource not accessible with Test Account Credentials"));
    return matched->handler(Request { request, caller, asSubaccount ? captures.value(0) : accountSid, captures });
}

} // namespace textbench::sandbox
