// SPDX-License-Identifier: GPL-3.0-or-later
#include "resourcejob.h"

namespace textbench {

void DeleteJob::handleResponse(const ApiCall&)
{
    succeed();
}

void DeleteJob::handleError(const ApiCall& call)
{
    if (call.attempts() > 1 && call.error().httpStatus() == 404) {
        succeed();
        return;
    }
    ApiError error = call.error();
    if (error.httpStatus() == 404 && !notFoundHint().isEmpty())
        error.appendNextStep(notFoundHint());
    fail(error);
}

} // namespace textbench
