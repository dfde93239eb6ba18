// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/resourcejob.h"
#include "phonelookup.h"

namespace textbench {

/// \brief GET lookups.twilio.com/v2/PhoneNumbers/{number}?Fields=line_type_intelligence. Costs money on a real
/// account for each line type asked: run it only when the user asks.
class LookupPhoneNumberJob : public ResourceJob<PhoneLookup>
{
    Q_OBJECT
public:
    /// \a number: E.164, or a national number with \a countryCode (ISO 3166 alpha-2). \a lineType: ask for
    /// line_type_intelligence (the paid part).
    LookupPhoneNumberJob(
        ApiClient* client, const QString& number, bool lineType = true, const QString& countryCode = {});
    ApiRequest firstRequest() const override;
    const PhoneLookup& lookup() const { return result(); }

    static constexpr int kMaxNumberLength = 64;

protected:
    QString validateInputs() override;

private:
    QString m_number;
    bool m_lineType;
    QString m_countryCode;
};

} // namespace textbench
