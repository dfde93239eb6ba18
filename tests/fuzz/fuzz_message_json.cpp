// SPDX-License-Identifier: GPL-3.0-or-later
// Message JSON: raw bytes -> QJsonDocument::fromJson (as ApiJob::parseObject does) -> Message::fromJson.
#include "fuzzcommon.h"

#include "messages/message.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace textbench;

TEXTBENCH_FUZZ_INITIALIZE()

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray input = fuzz::bytes(data, size);
    QJsonParseError parseError {};
    const QJsonDocument doc = QJsonDocument::fromJson(input, &parseError);
    if (!doc.isObject()) {
        // Not a message: let the date parser have the text instead (it reads date_created and friends).
        if (size <= 256) {
            const QDateTime dt = parseTwilioDate(QJsonValue(QString::fromUtf8(input)));
            if (dt.isValid())
                (void)dt.toString(Qt::ISODate);
        }
        return 0;
    }
    const QJsonObject json = doc.object();

    QString problem;
    const std::optional<Message> m = Message::fromJson(json, &problem);
    if (!m) {
        FUZZ_CHECK(!problem.isEmpty());
        FUZZ_CHECK(!json.value(u"sid").isString() || json.value(u"sid").toString().isEmpty()
                   || (json.contains(u"status") && !json.value(u"status").isString()));
        return 0;
    }
    FUZZ_CHECK(!m->sid.isEmpty());
    FUZZ_CHECK(m->sid == json.value(u"sid").toString());
    FUZZ_CHECK(m->toJson() == json); // kept whole, unknown fields included
    FUZZ_CHECK(m->numSegments >= -1);
    FUZZ_CHECK(m->numMedia >= -1);
    FUZZ_CHECK(!m->errorCode || *m->errorCode > 0);
    if (m->status != MessageStatus::Unknown)
        FUZZ_CHECK(MessageStatuses::toString(m->status) == m->statusText);
    FUZZ_CHECK(MessageStatuses::fromString(MessageStatuses::toString(m->status)) == m->status);
    (void)MessageStatuses::isFinal(m->status);
    for (const QDateTime* dt : { &m->dateCreated, &m->dateSent, &m->dateUpdated }) {
        if (dt->isValid())
            (void)dt->toMSecsSinceEpoch();
    }
    // A copy parses to the same message (nothing depends on state outside the object).
    const std::optional<Message> again = Message::fromJson(m->toJson());
    FUZZ_CHECK(again && again->sid == m->sid && again->body == m->body && again->status == m->status
               && again->errorCode == m->errorCode && again->dateCreated == m->dateCreated);
    return 0;
}
