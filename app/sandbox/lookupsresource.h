// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandboxhttp.h"

namespace textbench::sandbox {

/// \brief lookups.twilio.com/v2/PhoneNumbers/{number}, on the sandbox's origin, with answers that never change: a
/// number libphonenumber does not know is invalid (with Twilio's validation error); Twilio's magic invalid number
/// +15005550001 is invalid; +15005559006 (the 30006 number) and +15005550009 (Twilio's "not SMS-capable" To) are
/// landlines; every other valid number is mobile. Only line_type_intelligence is served of the paid fields; the
/// others known to Twilio answer null.
class LookupsResource
{
public:
    Reply fetch(const Request& request) const;
};

} // namespace textbench::sandbox
