// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apierror.h"

namespace textbench::cli {

/// Exit codes of textbench-cli; documented in the README and in --help. Scripts branch on them.
enum ExitCode : int {
    Ok = 0,
    OtherError = 1, ///< anything not listed below
    Usage = 2, ///< wrong arguments or invalid input, caught before any request
    Auth = 3, ///< missing, malformed or refused credentials (401, 403, 20003, 20008)
    NotFound = 4, ///< 404 / 20404
    RateLimited = 5, ///< 429 / 20429 after the retries
    Network = 6, ///< DNS, refused, reset, TLS, redirect refused, timeout
    Server = 7, ///< 5xx, or a response that is not what Twilio sends
    ApiOther = 8, ///< any other error Twilio answered with (400 validation errors and the like)
    Cancelled = 130,
    BrokenPipe = 141, ///< standard output closed before everything was written (`| head`), as SIGPIPE's 128 + 13
};

inline int exitCodeFor(const ApiError& error)
{
    switch (error.category()) {
    case ApiError::Category::None:
        return Ok;
    case ApiError::Category::Usage:
        return Usage;
    case ApiError::Category::Auth:
        return Auth;
    case ApiError::Category::NotFound:
        return NotFound;
    case ApiError::Category::RateLimited:
        return RateLimited;
    case ApiError::Category::Network:
        return Network;
    case ApiError::Category::Server:
        return Server;
    case ApiError::Category::Api:
        return ApiOther;
    case ApiError::Category::Cancelled:
        return Cancelled;
    }
    return OtherError;
}

} // namespace textbench::cli
