// SPDX-License-Identifier: GPL-3.0-or-later
// Adjusts a copy of Twilio's OpenAPI description (twilio_api_v2010.json from @twilio/cli-core) where it disagrees
// with what Twilio's API really does, so that Prism can judge Textbench's requests and the sandbox's answers by the
// API's actual behaviour:
//
//   node adjust-spec.mjs IN.json OUT.json
//
// Three adjustments, each one small function below, each the same for every operation of the spec; nothing else in
// the document is touched. Prints one line per adjustment with how many places it changed, and fails if one of them
// changed nothing (a newer spec has fixed it, or moved it: look again rather than run with a silent no-op).
import { readFileSync, writeFileSync } from 'node:fs';

const [input, output] = process.argv.slice(2);
if (!input || !output) {
    process.stderr.write('usage: node adjust-spec.mjs IN.json OUT.json\n');
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

// (a) Repeated-key arrays in form bodies. Twilio takes array parameters as the same key repeated
//     (MediaUrl=a&MediaUrl=b), which is also what OpenAPI 3.0 means by default for an array property of an
//     application/x-www-form-urlencoded body (style "form", explode true). Prism applies a form deserializer only when
//     the media type has an explicit "encoding" entry for the property; without one, an array property is compared with
//     the plain string value and always fails ("must be array"). Declaring the default explicitly is no change of
//     meaning. (Prism then wraps the repeated key's last value in an array; the sandbox checks every value.)
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

// (b) Relative *_uri values. Twilio's uri, first_page_uri, next_page_uri and previous_page_uri are paths relative to
//     the API host ("/2010-04-01/Accounts/AC…/Messages.json?PageSize=50&Page=0"), as the spec's own descriptions and
//     examples show, but many of them are typed "format": "uri", which requires an absolute URI. They become
//     "uri-reference" (RFC 3986 URI-reference: absolute or relative). Only properties named uri, *_uri or *_uris.
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

// (c) Plain dates in the DateSent filters. DateSent, DateSent< and DateSent> take a day (YYYY-MM-DD), as their own
//     descriptions say and Twilio's libraries and docs send, but the schema says "format": "date-time", which rejects
//     a plain date. A date or a date-time is accepted instead. Only query parameters named DateSent, DateSent<,
//     DateSent>.
function allowPlainDatesInDateSent(doc) {
    let changed = 0;
    for (const { operation } of operations(doc)) {
        for (const parameter of operation.parameters || []) {
            if (parameter.in !== 'query' || !/^DateSent[<>]?$/.test(parameter.name)) continue;
            if (parameter.schema?.format !== 'date-time') continue;
            const { format, ...rest } = parameter.schema;
            parameter.schema = { ...rest, anyOf: [{ format: 'date' }, { format: 'date-time' }] };
            ++changed;
        }
    }
    return changed;
}

const adjustments = [
    ['repeated-key arrays in form bodies (encoding style=form, explode=true)', declareFormArrayEncoding],
    ['relative *_uri values (format uri -> uri-reference)', allowRelativeUris],
    ['plain dates in DateSent, DateSent<, DateSent> (date or date-time)', allowPlainDatesInDateSent],
];
let failed = false;
for (const [what, adjust] of adjustments) {
    const changed = adjust(spec);
    process.stdout.write(`adjust-spec: ${what}: ${changed} place(s)\n`);
    if (changed === 0) failed = true;
}
if (failed) {
    process.stderr.write('adjust-spec: an adjustment changed nothing; the spec has changed, review adjust-spec.mjs\n');
    process.exit(1);
}
writeFileSync(output, JSON.stringify(spec));
