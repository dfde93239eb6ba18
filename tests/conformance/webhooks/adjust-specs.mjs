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
// is copied as published. lookups (/v2/PhoneNumbers/{PhoneNumber}) needs the fifth and sixth (applied sixth first), new
// here and as narrow as the fourth. Prints one line per adjustment with how many places it changed (or that there is none), and fails if one
// changed nothing (a newer spec has fixed it, or moved it: look again rather than run with a silent no-op).
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

// (e) new: null where the operation's own response examples show null (lookups). LookupResponse's data packages
//     (caller_name, sim_swap, call_forwarding, line_type_intelligence, line_status, identity_match,
//     reassigned_number, sms_pumping_risk) are null unless Fields asks for them, validation_errors is null for a valid
//     number, and a package's error_code is null when there is no error: so every example of GET
//     /v2/PhoneNumbers/{PhoneNumber} shows, and so Twilio answers. But the schemas say "type": "object", "array" or
//     "integer" without "nullable" (a package is a bare $ref, beside which "nullable" would be ignored), which reject
//     null. Each property, at any depth, whose value in one of the operation's own response examples is null while
//     its schema is not nullable becomes nullable: a typed one gets "nullable": true, a $ref one becomes a copy of the
//     schema it refers to (its own nested properties adjusted first) with "nullable": true. Only such properties.
function allowNullWhereExamplesShowIt(doc) {
    const typed = new Set();
    const referenced = [];
    const walk = (schema, value) => {
        const s = resolve(doc, schema);
        if (!s || value === null || typeof value !== 'object') return;
        if (Array.isArray(value)) {
            for (const v of value) walk(s.items, v);
            return;
        }
        for (const [name, v] of Object.entries(value)) {
            const property = s.properties?.[name];
            if (!property) continue;
            if (v !== null) {
                walk(property, v);
                continue;
            }
            const target = resolve(doc, property);
            if (!target || target.nullable || (target.type === undefined && !property.$ref)) continue;
            if (property.$ref) {
                const known = referenced.some(([p, n]) => p === s.properties && n === name);
                if (!known) referenced.push([s.properties, name]);
            } else {
                typed.add(property);
            }
        }
    };
    for (const { operation } of operations(doc)) {
        for (const response of Object.values(operation.responses || {})) {
            const media = response?.content?.['application/json'];
            if (!media?.schema) continue;
            for (const example of Object.values(media.examples || {})) walk(media.schema, example?.value);
        }
    }
    for (const property of typed) property.nullable = true;
    for (const [properties, name] of referenced) {
        const { $ref, ...rest } = properties[name];
        properties[name] = { ...structuredClone(resolve(doc, { $ref })), ...rest, nullable: true };
    }
    return typed.size + referenced.length;
}

// (f) new: null mobile_country_code and mobile_network_code of a line that is not mobile. Twilio's Line Type
//     Intelligence documentation says the mobile network code "is only returned for mobile numbers" (and the country
//     code with it: both name a mobile network), and a landline's answer carries null there; the schema
//     (LineTypeIntelligenceInfo) types both as strings without "nullable", and its examples only show mobile lines.
//     Those two properties, and nothing else of the schema, accept null.
function allowNullMobileCodes(doc) {
    const info = doc.components?.schemas?.LineTypeIntelligenceInfo?.properties;
    let changed = 0;
    for (const name of ['mobile_country_code', 'mobile_network_code']) {
        if (info?.[name] && !info[name].nullable) {
            info[name].nullable = true;
            ++changed;
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
    lookups: [
        // (f) first: (e) copies the package schemas it makes nullable, and (f) must reach the copy too.
        ['null mobile country and network codes of a line that is not mobile, as Twilio documents',
            allowNullMobileCodes],
        ['null for data packages, validation_errors and error_code, as the examples show',
            allowNullWhereExamplesShowIt],
    ],
}[which];
adjustSpecFile(input, output, adjustments, `adjust-specs ${which}`, 'adjust-specs.mjs');
