// SPDX-License-Identifier: GPL-3.0-or-later
// Adjusting copies of Twilio's OpenAPI descriptions (from @twilio/cli-core) where they disagree with what Twilio's API
// really does, so that Prism can judge requests and answers by the API's actual behaviour: the walks over a document,
// the adjustments that ../prism/adjust-spec.mjs and ../webhooks/adjust-specs.mjs both make, and adjustSpecFile, which
// applies a script's list of them. An adjustment is a small function of the document: it changes it in place, the
// same for every operation it applies to, touches nothing else, and returns how many places it changed.
import { readFileSync, writeFileSync } from 'node:fs';

const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];
export function* operations(doc) {
    for (const [path, item] of Object.entries(doc.paths || {})) {
        for (const method of HTTP_METHODS) {
            if (item[method]) yield { path, method, operation: item[method] };
        }
    }
}
// Every schema object in the document, nested ones included (properties, items, allOf/anyOf/oneOf, components).
export function* schemas(node, seen = new Set()) {
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
export function declareFormArrayEncoding(doc) {
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
export function allowRelativeUris(doc) {
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

// (c) Plain dates in date filters. DateSent, DateSent< and DateSent> (Messages) take a day (YYYY-MM-DD), as their own
//     descriptions say and Twilio's libraries and docs send, and StartDate, EndDate (Monitor Alerts) a day or a
//     date-time ("format as YYYY-MM-DD or YYYY-MM-DDThh:mm:ssZ"), but the schema says "format": "date-time", which
//     rejects a plain date. A date or a date-time is accepted instead. Only query parameters whose names match names
//     (a RegExp).
export const allowPlainDates = (names) => (doc) => {
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

/// Reads the document in input, applies each [what, adjust] of adjustments in turn and writes the result to output.
/// Prints one line per adjustment, "LABEL: what: N place(s)" ("LABEL: no adjustments" for an empty list), and fails (exit 1, nothing written) if one of them
/// changed nothing: a newer spec has fixed it, or moved it; look again rather than run with a silent no-op. script:
/// the adjusting script's file name, which the failure names.
export function adjustSpecFile(input, output, adjustments, label, script) {
    const spec = JSON.parse(readFileSync(input, 'utf8'));
    let failed = false;
    if (adjustments.length === 0) process.stdout.write(`${label}: no adjustments\n`);
    for (const [what, adjust] of adjustments) {
        const changed = adjust(spec);
        process.stdout.write(`${label}: ${what}: ${changed} place(s)\n`);
        if (changed === 0) failed = true;
    }
    if (failed) {
        process.stderr.write(`${script.replace(/\.mjs$/, '')}: an adjustment changed nothing; the spec has changed, review ${script}\n`);
        process.exit(1);
    }
    writeFileSync(output, JSON.stringify(spec));
}
