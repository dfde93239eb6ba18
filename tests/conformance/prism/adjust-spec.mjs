// SPDX-License-Identifier: GPL-3.0-or-later
// Adjusts a copy of Twilio's OpenAPI description (twilio_api_v2010.json from @twilio/cli-core) where it disagrees
// with what Twilio's API really does, so that Prism can judge Textbench's requests and the sandbox's answers by the
// API's actual behaviour:
//
//   node adjust-spec.mjs IN.json OUT.json
//
// Three adjustments, each one small function of ../common/openapi.mjs (where each is explained), each the same for
// every operation of the spec; nothing else in the document is touched. Prints one line per adjustment with how many
// places it changed, and fails if one of them changed nothing (a newer spec has fixed it, or moved it: look again
// rather than run with a silent no-op).
import { adjustSpecFile, allowPlainDates, allowRelativeUris, declareFormArrayEncoding } from '../common/openapi.mjs';

const [input, output] = process.argv.slice(2);
if (!input || !output) {
    process.stderr.write('usage: node adjust-spec.mjs IN.json OUT.json\n');
    process.exit(2);
}

adjustSpecFile(input, output, [
    ['repeated-key arrays in form bodies (encoding style=form, explode=true)', declareFormArrayEncoding],
    ['relative *_uri values (format uri -> uri-reference)', allowRelativeUris],
    ['plain dates in DateSent, DateSent<, DateSent> (date or date-time)', allowPlainDates(/^DateSent[<>]?$/)],
], 'adjust-spec', 'adjust-spec.mjs');
