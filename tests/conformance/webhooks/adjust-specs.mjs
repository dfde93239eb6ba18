// SPDX-License-Identifier: GPL-3.0-or-later
// Adjusts copies of Twilio's OpenAPI descriptions (twilio_api_v2010.json and twilio_monitor_v1.json from
// @twilio/cli-core) where they disagree with what Twilio's API really does, so that Prism can judge the sandbox's
// phone numbers and alerts by the API's actual behaviour:
//
//   node adjust-specs.mjs api|monitor IN.json OUT.json
//
// The first three adjustments of api are those of ../prism/adjust-spec.mjs (copied, so that the two tests can change
// independently); the others are new here and as narrow. Each is one small function, the same for every operation it
// applies to; nothing else in the document is touched. Prints one line per adjustment with how many places it
// changed, and fails if one changed nothing (a newer spec has fixed it, or moved it: look again rather than run with a
// silent no-op).
import { readFileSync, writeFileSync } from 'node:fs';

const [which, input, output] = process.argv.slice(2);
if (!['api', 'monitor'].includes(which) || !input || !output) {
    process.stderr.write('usage: node adjust-specs.mjs api|monitor IN.json OUT.json\n');
    process.exit(2);
}
const spec = JSON.parse(readFileSync(input, 'utf8'));

const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];
function* operations(doc) {
    for (const [path, item] of Object.entries(doc.paths || {})) {
        for (const method of HTTP_METHODS) {
            if (item[method]) yield { path, method, operation: item[method] };
        }
    }
}
// Every schema object in the document, nested ones included (properties, items, allOf/anyOf/oneOf, components).
function* schemas(node, seen = new Set()) {
    if (!node || typeof node !== 'object' || seen.has(node)) return;
    seen.add(node);
    if (!Array.isArray(node) && (node.type !== undefined || node.properties || node.items || node.format)) yield node;
    for (const value of Object.values(node)) yield* schemas(value, seen);
}
const resolve = (doc, node) => {
    let n = node;
    while (n?.$ref?.startsWith('#/')) n = n.$ref.slice(2).split('/').reduce((o, k) => o?.[k], doc);
    return n;
};

// (a) from ../prism/adjust-spec.mjs: repeated-key arrays in form bodies. Twilio takes array parameters as the same
//     key repeated (MediaUrl=a&MediaUrl=b), which is OpenAPI 3.0's default for an array property of an
//     application/x-www-form-urlencoded body (style form, explode true); Prism deserializes it only when the media
//     type has an explicit "encoding" entry for the property. Declaring the default explicitly is no change of meaning.
function declareFormArrayEncoding(doc) {
    let changed = 0;
    for (const { operation } of operations(doc)) {
        const media = operation.requestBody?.content?.['application/x-www-form-urlencoded'];
        const properties = media?.schema?.properties;
        if (!properties) continue;
        for (const [name, property] of Object.entries(properties)) {
            if (property?.type !== 'array') continue;
            media.encoding ??= {};
            if (media.encoding[name]) continue;
            media.encoding[name] = { style: 'form', explode: true };
            ++changed;
        }
    }
    return changed;
}

// (b) from ../prism/adjust-spec.mjs: relative *_uri values. uri, first_page_uri, next_page_uri, previous_page_uri are
//     paths relative to the API host, as the spec's own descriptions and examples show, but many are typed
//     "format": "uri" (absolute). They become "uri-reference". Only properties named uri, *_uri or *_uris.
function allowRelativeUris(doc) {
    let changed = 0;
    for (const schema of schemas(doc)) {
        for (const [name, property] of Object.entries(schema.properties || {})) {
            if (!/(^|_)uris?$/.test(name) || property?.format !== 'uri') continue;
            property.format = 'uri-reference';
            ++changed;
        }
    }
    return changed;
}

// (c) from ../prism/adjust-spec.mjs, for more names: plain dates in date filters. DateSent, DateSent<, DateSent>
//     (Messages) and StartDate, EndDate (Monitor Alerts) take a day (YYYY-MM-DD) or a date-time, as their own
//     descriptions say ("format as YYYY-MM-DD or YYYY-MM-DDThh:mm:ssZ"), but the schema says "format": "date-time".
//     A date or a date-time is accepted instead. Only query parameters of the given names.
const allowPlainDates = (names) => (doc) => {
    let changed = 0;
    for (const { operation } of operations(doc)) {
        for (const parameter of operation.parameters || []) {
            if (parameter.in !== 'query' || !names.test(parameter.name)) continue;
            if (parameter.schema?.format !== 'date-time') continue;
            const { format, ...rest } = parameter.schema;
            parameter.schema = { ...rest, anyOf: [{ format: 'date' }, { format: 'date-time' }] };
            ++changed;
        }
    }
    return changed;
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
}[which];
let failed = false;
for (const [what, adjust] of adjustments) {
    const changed = adjust(spec);
    process.stdout.write(`adjust-specs ${which}: ${what}: ${changed} place(s)\n`);
    if (changed === 0) failed = true;
}
if (failed) {
    process.stderr.write('adjust-specs: an adjustment changed nothing; the spec has changed, review adjust-specs.mjs\n');
    process.exit(1);
}
writeFileSync(output, JSON.stringify(spec));
