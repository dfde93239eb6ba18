// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apijob.h"

#include <utility>

namespace textbench {

/// \brief One request, one resource back: fetch, create, update.
///
/// A subclass is the operation: its inputs and their check (validateInputs()), and its request (firstRequest(),
/// built with request() or accountRequest(): verb, path, form). The answer is read with
/// `static std::optional<Resource> Resource::fromJson(const QJsonObject&, QString* problem)`; anything else is a
/// BadResponse error that says what was wrong with it.
template<typename Resource> class ResourceJob : public ApiJob
{
public:
    using ApiJob::ApiJob;

    /// The resource, once the job succeeded.
    const Resource& result() const { return m_result; }

protected:
    void handleResponse(const ApiCall& call) override
    {
        QString problem;
        std::optional<Resource> resource;
        if (const std::optional<QJsonObject> json = parseObject(call.body(), &problem))
            resource = Resource::fromJson(*json, &problem);
        if (!resource) {
            fail(ApiError::badResponse(call.exchange(), problem));
            return;
        }
        m_result = std::move(*resource);
        succeed();
    }

private:
    Resource m_result;
};

/// \brief DELETE of one resource: 204, no body.
///
/// A retried DELETE whose first attempt got through finds the resource gone: that is the delete succeeding. Any other
/// 404 says notFoundHint() as its next step.
class DeleteJob : public ApiJob
{
    Q_OBJECT
public:
    using ApiJob::ApiJob;

protected:
    /// What to do when the resource was not there (it may have been deleted by a request whose answer was lost).
    virtual QString notFoundHint() const { return {}; }
    void handleResponse(const ApiCall& call) override;
    void handleError(const ApiCall& call) override;
};

} // namespace textbench
