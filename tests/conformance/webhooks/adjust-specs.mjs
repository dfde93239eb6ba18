// SPDX-License-Identifier: GPL-3.0-or-later
// Adjusts copies of Twilio's OpenAPI descriptions (twilio_api_v2010.json, twilio_monitor_v1.json,
// twilio_messaging_v1.json and twilio_lookups_v2.json from @twilio/cli-core) where they disagree with what Twilio's
// API really does, so that Prism can judge the sandbox's phone numbers, alerts, Messaging Service and lookups by the
// API's actual behaviour:
//
//   node adjust-specs.mjs api|monitor|messaging|lookups IN.json OUT.json
//
// The first three adjustments of api and the one of monitor (the third, for other names) are shared with
// ../prism/adjust-spec.mjs and explained in ../common/openapi.mjs; the fourth of api is new here and as narrow. Each
// is one small function, the same for every operation it applies to; nothing else in the document is touched.
// messaging needs none: what the sandbox serves of it (/v1/Services list, fetch, update, its PhoneNumbers) is
// described as Twilio answers (absolute url, links and meta URLs; null for unset URLs, which its schemas allow), so it
// is copied as published; so is lookups (/v2/PhoneNumbers/{PhoneNumber}). Prints one line per adjustment with how
// many places it changed (or that there is none), and fails if one changed nothing (a newer spec has fixed it, or
// moved it: look again rather than run with a silent no-op).
import {
    adjustSpecFile, allowPlainDates, allowRelativeUris, declareFormArrayEncoding, operations,
} from '../common/openapi.mjs';

const [which, input, output] = process.argv.slice(2);
if (!['api', 'monitor', 'messaging', 'lookups'].includes(which) || !input || !output) {
    process.stderr.write('usage: node adjust-specs.mjs api|monitor|messaging|lookups IN.json OUT.json\n');
    process.exit(2);
}

const resolve = (doc, node) => {
    let n = node;
    while (n?.$ref?.startsWith('#/')) n = n.$ref.slice(2).split('/').reduce((o, k) => o?.[k], doc);
    return n;
};

// (d) new: the empty string for an unset URL or application SID of an IncomingPhoneNumber. Twilio answers "" for a URL
//     or SID that was never set (sms_url, sms_fallback_url, status_callback, sms_application_sid,
//     voice_application_sid), as the spec's own examples of IncomingPhoneNumber show, while their schemas say
//     "format": "uri" or "pattern": "^AP…$" with minLength 34, which reject "". Each property whose value in one of
//     the operation's own response examples is "" while its schema rejects "" accepts "" besides what it accepted
//     (anyOf: its own constraints, or maxLength 0). Only the IncomingPhoneNumber operations, only such properties.
function allowEmptyWhereExamplesShowIt(doc) {
    let changed = 0;
    const adjusted = new Set();
    for (const { path, operation } of operations(doc)) {
        if (!/\/IncomingPhoneNumbers(\/\{Sid\})?\.json$/.test(path)) continue;
        for (const response of Object.values(operation.responses || {})) {
            const media = response?.content?.['application/json'];
            if (!media?.schema) continue;
            const listSchema = resolve(doc, media.schema);
            // An instance, or a list page whose items are instances (incoming_phone_numbers).
            const instance = listSchema?.properties?.incoming_phone_numbers
                ? resolve(doc, listSchema.properties.incoming_phone_numbers.items) : listSchema;
            for (const example of Object.values(media.examples || {})) {
                const value = example?.value ?? {};
                const records = Array.isArray(value.incoming_phone_numbers) ? value.incoming_phone_numbers : [value];
                for (const record of records) {
                    for (const [name, v] of Object.entries(record || {})) {
                        const property = instance?.properties?.[name];
                        if (v !== '' || !property || adjusted.has(property)) continue;
                        const rejectsEmpty = property.format === 'uri' || property.pattern || property.minLength > 0;
                        if (property.type !== 'string' || !rejectsEmpty) continue;
                        const { format, pattern, minLength, maxLength, ...rest } = property;
                        const own = Object.fromEntries(Object.entries({ format, pattern, minLength, maxLength })
                            .filter(([, x]) => x !== undefined));
                        for (const k of Object.keys(property)) delete property[k];
                        Object.assign(property, rest, { anyOf: [own, { maxLength: 0 }] });
                        adjusted.add(property);
                        ++changed;
                    }
                }
            }
        }
    }
    return changed;
}

const adjustments = {
    api: [
        ['repeated-key arrays in form bodies (encoding style=form, explode=true)', declareFormArrayEncoding],
        ['relative *_uri values (format uri -> uri-reference)', allowRelativeUris],
        ['plain dates in DateSent, DateSent<, DateSent> (date or date-time)', allowPlainDates(/^DateSent[<>]?$/)],
        ['"" for unset URLs and SIDs of IncomingPhoneNumber, as its examples show', allowEmptyWhereExamplesShowIt],
    ],
    monitor: [
        ['plain dates in StartDate, EndDate (date or date-time)', allowPlainDates(/^(StartDate|EndDate)$/)],
    ],
    messaging: [],
    lookups: [],
}[which];
adjustSpecFile(input, output, adjustments, `adjust-specs ${which}`, 'adjust-specs.mjs');
