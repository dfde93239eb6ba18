// SPDX-License-Identifier: GPL-3.0-or-later
// The Node library comparison (CTest: node_conformance): the same operations from Twilio's official Node library
// (npm twilio, pinned in ../package.json) and from textbench-cli must put the same request on the wire.
//
//   node compare.mjs path/to/textbench-cli
//
// A capture server on 127.0.0.1 (port 0) records every request (method, path, raw query, headers, raw body) and
// answers with canned Twilio JSON, so that both clients succeed and go on (a list follows its next page). Besides
// Messages (create, fetch, list, update, delete, Feedback), it answers the Accounts list, Messaging Services (list,
// fetch, their PhoneNumbers) and Lookup v2 (PhoneNumbers/{n}); the Accounts, Services and PhoneNumbers lists hold
// three records each and give at most two a page, so that a list follows its next page (next_page_uri, or v1's
// absolute meta.next_page_url). Each
// scenario runs once through the library and once through the CLI; their requests are compared pairwise: method,
// path, query (decoded pairs, in order), form fields (decoded pairs, in order) and every header but the ones neither
// client chooses (Host, Connection, Content-Length, Accept-Encoding, Accept-Language, …) and the User-Agent, which
// names each client by design. Every difference is printed; any difference fails the test.
//
// The package is resolved from the working directory (run.sh runs this from the directory npm-install.sh prints).
import { createRequire } from 'node:module';
import { readBody, splitTarget } from '../common/http.mjs';
import { createServer } from 'node:http';
import { runCli as runCliAt } from '../common/cli.mjs';
import { join } from 'node:path';

const cli = process.argv[2];
if (!cli) {
    process.stderr.write('usage: node compare.mjs path/to/textbench-cli\n');
    process.exit(2);
}

// Region and edge from the environment would send either client elsewhere (twilio-node reads them as well).
for (const name of Object.keys(process.env)) {
    if (name.startsWith('TWILIO_')) delete process.env[name];
}
const require = createRequire(join(process.cwd(), 'compare.cjs'));
const twilio = require('twilio');
const twilioVersion = require('twilio/package.json').version;

// Made-up credentials: they only ever reach the capture server on loopback.
const ACCOUNT_SID = 'AC0123456789abcdef0123456789abcdef';
const AUTH_TOKEN = 'f0e1d2c3b4a5968778695a4b3c2d1e0f';
const API_KEY_SID = 'SK0123456789abcdef0123456789abcdef';
const API_KEY_SECRET = 'CaptureServerApiKeySecret0123456';
const SERVICE_SID = 'MG0123456789abcdef0123456789abcdef';
const MESSAGE_SID = 'SM00112233445566778899aabbccddeeff';
const SCHEDULED_SID = 'SMffeeddccbbaa99887766554433221100';
const SUBACCOUNT_SID = 'AC0a1b2c3d4e5f60718293a4b5c6d7e8f9';

// Headers neither client chooses (the HTTP stack's), and the User-Agent (each names itself, by design).
const IGNORED_HEADERS = new Set([
    'user-agent', 'host', 'connection', 'content-length', 'accept-encoding', 'accept-language', 'keep-alive',
    'transfer-encoding', 'te', 'proxy-connection',
]);

// --- capture server ----------------------------------------------------------------------------------------------

let exchanges = [];
const rfc2822 = (date) => date.toUTCString().replace('GMT', '+0000');

function messageJson({ sid, to = '+14155552671', from = '+15005550006', body = 'Hello', media = 0, status = 'queued',
    service = null, account = ACCOUNT_SID }) {
    const uri = `/2010-04-01/Accounts/${account}/Messages/${sid}`;
    const now = rfc2822(new Date());
    return {
        account_sid: account, api_version: '2010-04-01', body, date_created: now, date_sent: null,
        date_updated: now, direction: 'outbound-api', error_code: null, error_message: null, from,
        messaging_service_sid: service, num_media: String(media), num_segments: '1', price: null, price_unit: 'USD',
        sid, status, subresource_uris: { media: `${uri}/Media.json` }, to, uri: `${uri}.json`,
    };
}

// A list of records served at most two a page (of the PageSize asked for), Page and PageToken naming the next one:
// [records of this page, page number, page size, next page's query or null].
function pageOf(records, query, filters) {
    const size = Number(query.find(([k]) => k === 'PageSize')?.[1] ?? 50);
    const page = Number(query.find(([k]) => k === 'Page')?.[1] ?? 0);
    const per = Math.min(size, 2);
    const start = page * per;
    const pageQuery = (n, token) => new URLSearchParams([...filters, ['PageSize', String(size)], ['Page', String(n)],
        ...(token ? [['PageToken', token]] : [])]).toString().replaceAll('+', '%20');
    const next = start + per < records.length ? pageQuery(page + 1, `PA${start + per}`) : null;
    return { items: records.slice(start, start + per), page, size, start, query: pageQuery, next };
}

// An API v2010 list page (relative *_uri) of key at path.
function v2010Page(key, path, records, query, filters = []) {
    const p = pageOf(records, query, filters);
    const token = query.find(([k]) => k === 'PageToken')?.[1];
    return [200, {
        [key]: p.items, page: p.page, page_size: p.size, start: p.start, end: p.start + Math.max(p.items.length - 1, 0),
        uri: `${path}?${p.query(p.page, token)}`, first_page_uri: `${path}?${p.query(0, null)}`,
        next_page_uri: p.next ? `${path}?${p.next}` : null,
        previous_page_uri: p.page > 0 ? `${path}?${p.query(p.page - 1, `PB${p.start}`)}` : null,
    }];
}

// A v1 list page (absolute meta URLs) of key at path.
function v1Page(key, path, records, query) {
    const p = pageOf(records, query, []);
    const token = query.find(([k]) => k === 'PageToken')?.[1];
    const url = (q) => `${baseUrl}${path}?${q}`;
    return [200, {
        [key]: p.items,
        meta: { key, page: p.page, page_size: p.size, url: url(p.query(p.page, token)),
            first_page_url: url(p.query(0, null)),
            next_page_url: p.next ? url(p.next) : null,
            previous_page_url: p.page > 0 ? url(p.query(p.page - 1, `PB${p.start}`)) : null },
    }];
}

const hex32 = (n) => n.toString(16).padStart(32, '0');
const CREATED = 'Thu, 01 Jan 2026 00:00:00 +0000';
function accountJson(sid, friendlyName, status) {
    const uri = `/2010-04-01/Accounts/${sid}`;
    return {
        auth_token: 'f0e1d2c3b4a5968778695a4b3c2d1e0f', date_created: CREATED, date_updated: CREATED,
        friendly_name: friendlyName, owner_account_sid: ACCOUNT_SID, sid, status, type: 'Full', uri: `${uri}.json`,
        subresource_uris: { messages: `${uri}/Messages.json`,
            incoming_phone_numbers: `${uri}/IncomingPhoneNumbers.json`, short_codes: `${uri}/SMS/ShortCodes.json` },
    };
}
const ACCOUNTS = [
    accountJson(ACCOUNT_SID, 'Capture Parent', 'active'),
    accountJson(SUBACCOUNT_SID, 'Client A', 'active'),
    accountJson(`AC${hex32(0xb02)}`, 'Client B', 'suspended'),
];

function serviceJson(sid, friendlyName) {
    const url = `${baseUrl}/v1/Services/${sid}`;
    return {
        account_sid: ACCOUNT_SID, sid, friendly_name: friendlyName, date_created: '2026-01-01T00:00:00Z',
        date_updated: '2026-01-01T00:00:00Z', inbound_request_url: null, inbound_method: 'POST', fallback_url: null,
        fallback_method: 'POST', status_callback: null, sticky_sender: true, mms_converter: true, smart_encoding: true,
        scan_message_content: 'inherit', fallback_to_long_code: false, area_code_geomatch: true, validity_period: 14400,
        synchronous_validation: false, usecase: 'undeclared', us_app_to_person_registered: false,
        use_inbound_webhook_on_number: true, url,
        links: { phone_numbers: `${url}/PhoneNumbers`, short_codes: `${url}/ShortCodes`,
            alpha_senders: `${url}/AlphaSenders`, messages: `${url}/Messages` },
    };
}
const serviceSids = [SERVICE_SID, `MG${hex32(0x2)}`, `MG${hex32(0x3)}`];

function servicePhoneNumberJson(service, i) {
    const sid = `PN${hex32(0x100 + i)}`;
    return {
        account_sid: ACCOUNT_SID, service_sid: service, sid, date_created: '2026-01-01T00:00:00Z',
        date_updated: '2026-01-01T00:00:00Z', phone_number: `+1500555001${i}`, country_code: 'US',
        capabilities: ['SMS', 'MMS'], url: `${baseUrl}/v1/Services/${service}/PhoneNumbers/${sid}`,
    };
}

// Lookup v2: valid, national format and (when Fields asks for it) the line type, whatever the number.
function lookupJson(number, fields) {
    const e164 = number.startsWith('+') ? number : `+1${number.replace(/\D/g, '').slice(-10)}`;
    return {
        calling_country_code: '1', country_code: 'US', phone_number: e164,
        national_format: `(${e164.slice(2, 5)}) ${e164.slice(5, 8)}-${e164.slice(8)}`, valid: true,
        validation_errors: null, caller_name: null, sim_swap: null, call_forwarding: null, line_status: null,
        line_type_intelligence: fields.includes('line_type_intelligence') ? { mobile_country_code: '310',
            mobile_network_code: '260', carrier_name: 'Capture Mobile', type: 'mobile', error_code: null } : null,
        identity_match: null, reassigned_number: null, sms_pumping_risk: null, phone_number_quality_score: null,
        pre_fill: null, url: `${baseUrl}/v2/PhoneNumbers/${e164}`,
    };
}

// The answers beyond Messages' own, or null.
function otherAnswer(method, path, query, form) {
    const value = (pairs, name) => pairs.find(([k]) => k === name)?.[1];
    if (method === 'GET' && path === '/2010-04-01/Accounts.json') {
        const filters = query.filter(([k]) => k === 'FriendlyName' || k === 'Status');
        const name = value(query, 'FriendlyName');
        const status = value(query, 'Status');
        const records = ACCOUNTS.filter((a) => (name === undefined || a.friendly_name === name)
            && (status === undefined || a.status === status));
        return v2010Page('accounts', path, records, query, filters);
    }
    const feedback = path.match(
        /^\/2010-04-01\/Accounts\/(AC[0-9a-f]{32})\/Messages\/((?:SM|MM)[0-9a-f]{32})\/Feedback\.json$/);
    if (feedback && method === 'POST') {
        return [200, { account_sid: feedback[1], message_sid: feedback[2],
            outcome: value(form, 'Outcome') ?? 'confirmed', date_created: rfc2822(new Date()),
            date_updated: rfc2822(new Date()),
            uri: `/2010-04-01/Accounts/${feedback[1]}/Messages/${feedback[2]}/Feedback.json` }];
    }
    if (method === 'GET' && path === '/v1/Services') {
        const services = serviceSids.map((sid, i) => serviceJson(sid, `Capture service ${i + 1}`));
        return v1Page('services', path, services, query);
    }
    const service = path.match(/^\/v1\/Services\/(MG[0-9a-f]{32})(\/PhoneNumbers)?$/);
    if (service && method === 'GET') {
        if (!service[2]) return [200, serviceJson(service[1], 'Capture service')];
        return v1Page('phone_numbers', path, [0, 1, 2].map((i) => servicePhoneNumberJson(service[1], i)), query);
    }
    const lookup = path.match(/^\/v2\/PhoneNumbers\/([^/]+)$/);
    if (lookup && method === 'GET')
        return [200, lookupJson(decodeURIComponent(lookup[1]), value(query, 'Fields') ?? '')];
    return null;
}

function cannedAnswer(method, path, query, form) {
    const collection = path.match(/^\/2010-04-01\/Accounts\/(AC[0-9a-f]{32})\/Messages\.json$/);
    const instance = path.match(/^\/2010-04-01\/Accounts\/(AC[0-9a-f]{32})\/Messages\/((?:SM|MM)[0-9a-f]{32})\.json$/);
    const field = (name) => form.find(([k]) => k === name)?.[1];
    const account = (collection ?? instance)?.[1];
    const other = otherAnswer(method, path, query, form);
    if (other) return other;
    if (collection && method === 'POST') {
        const media = form.filter(([k]) => k === 'MediaUrl').length;
        return [201, messageJson({
            sid: field('SendAt') ? SCHEDULED_SID : (media ? 'MM' : 'SM') + 'a1b2c3d4e5f60718293a4b5c6d7e8f90',
            to: field('To'), from: field('From') ?? '+15005550006', body: field('Body') ?? '', media,
            status: field('SendAt') ? 'scheduled' : 'queued', service: field('MessagingServiceSid') ?? null, account,
        })];
    }
    if (collection && method === 'GET') {
        // Two pages: the first points at the second with Twilio's relative next_page_uri (filters, PageSize,
        // Page=1, PageToken); the second is the last.
        const second = query.some(([k]) => k === 'PageToken');
        const size = Number(query.find(([k]) => k === 'PageSize')?.[1] ?? 50);
        const base = `/2010-04-01/Accounts/${account}/Messages.json`;
        const filters = query.filter(([k]) => !['PageSize', 'Page', 'PageToken'].includes(k));
        const uriFor = (page, token) => `${base}?${new URLSearchParams([...filters, ['PageSize', String(size)],
            ['Page', String(page)], ...(token ? [['PageToken', token]] : [])]).toString().replaceAll('+', '%20')}`;
        const messages = Array.from({ length: second ? 1 : size }, (_, i) =>
            messageJson({ sid: `SM${String(second ? size + i : i).padStart(32, '0')}`, status: 'delivered', account }));
        return [200, {
            messages, page: second ? 1 : 0, page_size: size, start: second ? size : 0,
            end: second ? size : size - 1, uri: uriFor(second ? 1 : 0, second ? 'PAtoken' : null),
            first_page_uri: uriFor(0, null), next_page_uri: second ? null : uriFor(1, 'PAtoken'),
            previous_page_uri: second ? uriFor(0, 'PBtoken') : null,
        }];
    }
    if (instance && method === 'GET') return [200, messageJson({ sid: instance[2], status: 'delivered', account })];
    if (instance && method === 'POST') {
        const redact = field('Body') !== undefined;
        return [200, messageJson({ sid: instance[2], body: redact ? '' : 'Hello',
            status: redact ? 'delivered' : field('Status') ?? 'delivered', account })];
    }
    if (instance && method === 'DELETE') return [204, null];
    return [404, { code: 20404, message: `The requested resource ${path} was not found`,
        more_info: 'https://www.twilio.com/docs/errors/20404', status: 404 }];
}

// Decoded key/value pairs in order, as a form body or query string is read ("+" is a space).
const pairs = (raw) => [...new URLSearchParams(raw ?? '')];

const server = createServer((req, res) => {
    readBody(req, (bytes) => {
        const body = bytes.toString('utf8');
        const [path, rawQuery] = splitTarget(req.url);
        const headers = {};
        for (let i = 0; i < req.rawHeaders.length; i += 2) {
            const name = req.rawHeaders[i].toLowerCase();
            headers[name] = headers[name] === undefined ? req.rawHeaders[i + 1] : `${headers[name]}, ${req.rawHeaders[i + 1]}`;
        }
        exchanges.push({ method: req.method, path, rawQuery, headers, body });
        const isForm = (headers['content-type'] ?? '').startsWith('application/x-www-form-urlencoded');
        const [status, json] = cannedAnswer(req.method, path, pairs(rawQuery), isForm ? pairs(body) : []);
        if (json === null) {
            res.writeHead(status, { 'Twilio-Request-Id': 'RQ0123456789abcdef0123456789abcdef' });
            res.end();
            return;
        }
        const text = JSON.stringify(json);
        res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8',
            'Content-Length': Buffer.byteLength(text), 'Twilio-Request-Id': 'RQ0123456789abcdef0123456789abcdef' });
        res.end(text);
    });
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const baseUrl = `http://127.0.0.1:${server.address().port}`;

// --- the two clients ---------------------------------------------------------------------------------------------

function nodeClient(auth) {
    const client = auth === 'apikey'
        ? twilio(API_KEY_SID, API_KEY_SECRET, { accountSid: ACCOUNT_SID })
        : twilio(ACCOUNT_SID, AUTH_TOKEN);
    client.api.baseUrl = baseUrl;
    client.messaging.baseUrl = baseUrl;
    client.lookups.baseUrl = baseUrl;
    return client;
}

function runCli(args, auth) {
    const credentials = { TWILIO_ACCOUNT_SID: ACCOUNT_SID };
    if (auth === 'apikey') Object.assign(credentials, { TWILIO_API_KEY: API_KEY_SID, TWILIO_API_SECRET: API_KEY_SECRET });
    else credentials.TWILIO_AUTH_TOKEN = AUTH_TOKEN;
    return runCliAt(cli, args, baseUrl, credentials);
}

// One hour ahead, whole seconds, UTC: both clients send SendAt as YYYY-MM-DDTHH:mm:ssZ.
const sendAt = new Date(Math.floor(Date.now() / 1000) * 1000 + 3600_000);
const sendAtIso = sendAt.toISOString().replace('.000Z', 'Z');
const mms = {
    to: '+14155552671',
    from: '+15005550006',
    body: 'Grüße aus Köln 👋🏽 — “smart” ‘quotes’, emoji 🇫🇷👩‍🚀 & reserved: 100% +plus ~tilde *star (x) #hash a=b;c/d?',
    media: ['https://example.com/photos/cat.jpg', 'https://example.com/cat.gif?w=100&h=100',
        'https://example.org/media/caf%C3%A9.png'],
};

// Each scenario: a name, the library call, the CLI arguments, the credential kind.
const scenarios = [
    {
        name: 'create: three media URLs, non-ASCII text and emoji',
        node: (c) => c.messages.create({ to: mms.to, from: mms.from, body: mms.body, mediaUrl: mms.media }),
        cli: ['messages', 'create', '--to', mms.to, '--from', mms.from, '--body', mms.body,
            ...mms.media.flatMap((u) => ['--media-url', u])],
    },
    {
        name: 'create: plain SMS',
        node: (c) => c.messages.create({ to: '+14155552672', from: '+15005550006', body: 'Plain ASCII text.' }),
        cli: ['messages', 'create', '--to', '+14155552672', '--from', '+15005550006', '--body', 'Plain ASCII text.'],
    },
    {
        name: 'create: scheduled through a Messaging Service',
        node: (c) => c.messages.create({ to: '+14155552673', messagingServiceSid: SERVICE_SID, body: 'Later',
            sendAt, scheduleType: 'fixed' }),
        cli: ['messages', 'create', '--to', '+14155552673', '--messaging-service-sid', SERVICE_SID, '--body', 'Later',
            '--send-at', sendAtIso, '--schedule-type', 'fixed'],
    },
    {
        name: 'fetch',
        node: (c) => c.messages(MESSAGE_SID).fetch(),
        cli: ['messages', 'fetch', '--sid', MESSAGE_SID],
    },
    {
        name: 'list: To, From, DateSent<, DateSent>, PageSize 2, limit 3 (follows the next page)',
        node: (c) => c.messages.list({ to: '+14155552671', from: '+15005550006', dateSentBefore: '2026-11-27',
            dateSentAfter: '2026-11-01', pageSize: 2, limit: 3 }),
        cli: ['messages', 'list', '--to', '+14155552671', '--from', '+15005550006', '--date-sent-before',
            '2026-11-27', '--date-sent-after', '2026-11-01', '--page-size', '2', '--limit', '3'],
    },
    {
        name: 'list: DateSent (one day), limit 5 (PageSize from the limit)',
        node: (c) => c.messages.list({ dateSent: '2026-11-26', limit: 5 }),
        cli: ['messages', 'list', '--date-sent', '2026-11-26', '--limit', '5'],
    },
    {
        name: 'list: DateSent< as a date-time (a JavaScript Date in the library)',
        node: (c) => c.messages.list({ dateSentBefore: new Date('2026-11-20T08:30:00Z'), limit: 1 }),
        cli: ['messages', 'list', '--date-sent-before', '2026-11-20T08:30:00Z', '--limit', '1'],
    },
    {
        name: 'update: redact (Body="")',
        node: (c) => c.messages(MESSAGE_SID).update({ body: '' }),
        cli: ['messages', 'update', '--sid', MESSAGE_SID, '--body', ''],
    },
    {
        name: 'update: cancel (Status=canceled)',
        node: (c) => c.messages(SCHEDULED_SID).update({ status: 'canceled' }),
        cli: ['messages', 'update', '--sid', SCHEDULED_SID, '--status', 'canceled'],
    },
    {
        name: 'delete',
        node: (c) => c.messages(MESSAGE_SID).remove(),
        cli: ['messages', 'delete', '--sid', MESSAGE_SID],
    },
    {
        name: 'create with an API key',
        auth: 'apikey',
        node: (c) => c.messages.create({ to: mms.to, from: mms.from, body: 'Sent with an API key' }),
        cli: ['messages', 'create', '--to', mms.to, '--from', mms.from, '--body', 'Sent with an API key'],
    },
    {
        name: 'fetch with an API key',
        auth: 'apikey',
        node: (c) => c.messages(MESSAGE_SID).fetch(),
        cli: ['messages', 'fetch', '--sid', MESSAGE_SID],
    },
    // Accounts. textbench-cli's list commands default to --limit 50, which twilio-cli passes to twilio-node as limit.
    {
        name: 'accounts list (default limit 50: three accounts, two a page, follows the next page)',
        node: (c) => c.api.v2010.accounts.list({ limit: 50 }),
        cli: ['accounts', 'list'],
    },
    {
        name: 'accounts list: FriendlyName, Status, limit 5',
        node: (c) => c.api.v2010.accounts.list({ friendlyName: 'Client A', status: 'active', limit: 5 }),
        cli: ['accounts', 'list', '--friendly-name', 'Client A', '--status', 'active', '--limit', '5'],
    },
    {
        name: 'accounts list: limit 1 (stops after the first page)',
        node: (c) => c.api.v2010.accounts.list({ limit: 1 }),
        cli: ['accounts', 'list', '--limit', '1'],
    },
    // Messaging Services (messaging.twilio.com v1: absolute meta.next_page_url).
    {
        name: 'messaging-services list (default limit 50, follows meta.next_page_url)',
        node: (c) => c.messaging.v1.services.list({ limit: 50 }),
        cli: ['messaging-services', 'list'],
    },
    {
        name: 'messaging-services list: limit 2',
        node: (c) => c.messaging.v1.services.list({ limit: 2 }),
        cli: ['messaging-services', 'list', '--limit', '2'],
    },
    {
        name: 'messaging-services fetch',
        node: (c) => c.messaging.v1.services(SERVICE_SID).fetch(),
        cli: ['messaging-services', 'fetch', '--sid', SERVICE_SID],
    },
    {
        name: 'messaging-services phone-numbers (default limit 50, follows meta.next_page_url)',
        node: (c) => c.messaging.v1.services(SERVICE_SID).phoneNumbers.list({ limit: 50 }),
        cli: ['messaging-services', 'phone-numbers', '--sid', SERVICE_SID],
    },
    {
        name: 'messaging-services phone-numbers: limit 3',
        node: (c) => c.messaging.v1.services(SERVICE_SID).phoneNumbers.list({ limit: 3 }),
        cli: ['messaging-services', 'phone-numbers', '--sid', SERVICE_SID, '--limit', '3'],
    },
    // --subaccount: the subaccount's path, the parent's credentials.
    {
        name: '--subaccount: messages create',
        node: (c) => c.api.v2010.accounts(SUBACCOUNT_SID).messages.create({ to: '+14155552674', from: '+15005550006',
            body: 'From the subaccount' }),
        cli: ['--subaccount', SUBACCOUNT_SID, 'messages', 'create', '--to', '+14155552674', '--from', '+15005550006',
            '--body', 'From the subaccount'],
    },
    {
        name: '--subaccount: messages list, To, limit 3, PageSize 2 (follows the next page)',
        node: (c) => c.api.v2010.accounts(SUBACCOUNT_SID).messages.list({ to: '+14155552674', pageSize: 2, limit: 3 }),
        cli: ['messages', 'list', '--subaccount', SUBACCOUNT_SID, '--to', '+14155552674', '--page-size', '2',
            '--limit', '3'],
    },
    {
        name: '--subaccount: messages fetch',
        node: (c) => c.api.v2010.accounts(SUBACCOUNT_SID).messages(MESSAGE_SID).fetch(),
        cli: ['messages', 'fetch', '--sid', MESSAGE_SID, '--subaccount', SUBACCOUNT_SID],
    },
    {
        name: '--subaccount: messages create with an API key',
        auth: 'apikey',
        node: (c) => c.api.v2010.accounts(SUBACCOUNT_SID).messages.create({ to: '+14155552675',
            messagingServiceSid: SERVICE_SID, body: 'Subaccount, API key' }),
        cli: ['--subaccount', SUBACCOUNT_SID, 'messages', 'create', '--to', '+14155552675', '--messaging-service-sid',
            SERVICE_SID, '--body', 'Subaccount, API key'],
    },
    // Message Feedback.
    {
        name: 'messages feedback: Outcome confirmed',
        node: (c) => c.messages(MESSAGE_SID).feedback.create({ outcome: 'confirmed' }),
        cli: ['messages', 'feedback', '--sid', MESSAGE_SID, '--outcome', 'confirmed'],
    },
    {
        name: 'messages feedback: Outcome unconfirmed, --subaccount',
        node: (c) => c.api.v2010.accounts(SUBACCOUNT_SID).messages(MESSAGE_SID).feedback
            .create({ outcome: 'unconfirmed' }),
        cli: ['messages', 'feedback', '--sid', MESSAGE_SID, '--outcome', 'unconfirmed', '--subaccount', SUBACCOUNT_SID],
    },
    // Lookup v2 (lookups.twilio.com): the number in the path as typed.
    {
        name: 'lookup: E.164, Fields line_type_intelligence',
        node: (c) => c.lookups.v2.phoneNumbers('+15005559006').fetch({ fields: 'line_type_intelligence' }),
        cli: ['lookup', '+15005559006'],
    },
    {
        name: 'lookup: a national number with CountryCode US',
        node: (c) => c.lookups.v2.phoneNumbers('(415) 555-2671').fetch({ fields: 'line_type_intelligence',
            countryCode: 'US' }),
        cli: ['lookup', '(415) 555-2671', '--country-code', 'US'],
    },
    {
        name: 'lookup: E.164 with spaces, as typed',
        node: (c) => c.lookups.v2.phoneNumbers('+44 20 7946 0000').fetch({ fields: 'line_type_intelligence' }),
        cli: ['lookup', '+44 20 7946 0000'],
    },
    {
        name: 'lookup: digits only, CountryCode GB',
        node: (c) => c.lookups.v2.phoneNumbers('02079460000').fetch({ fields: 'line_type_intelligence',
            countryCode: 'GB' }),
        cli: ['lookup', '02079460000', '--country-code', 'GB'],
    },
    {
        name: 'lookup: --no-line-type (no Fields)',
        node: (c) => c.lookups.v2.phoneNumbers('+14155552671').fetch(),
        cli: ['lookup', '+14155552671', '--no-line-type'],
    },
];

// --- comparison --------------------------------------------------------------------------------------------------

const show = (v) => (v === undefined ? '(absent)' : JSON.stringify(v));
function comparePairs(what, a, b, diffs) {
    const n = Math.max(a.length, b.length);
    for (let i = 0; i < n; ++i) {
        const [ka, va] = a[i] ?? [];
        const [kb, vb] = b[i] ?? [];
        if (ka !== kb || va !== vb)
            diffs.push(`${what} #${i + 1}: node ${a[i] ? `${show(ka)}=${show(va)}` : '(none)'}, textbench ${b[i] ? `${show(kb)}=${show(vb)}` : '(none)'}`);
    }
}

function compareRequests(a, b) {
    const diffs = [];
    const notes = [];
    if (a.method !== b.method) diffs.push(`method: node ${a.method}, textbench ${b.method}`);
    if (a.path !== b.path) diffs.push(`path: node ${show(a.path)}, textbench ${show(b.path)}`);
    comparePairs('query', pairs(a.rawQuery), pairs(b.rawQuery), diffs);
    const isForm = (r) => (r.headers['content-type'] ?? '').startsWith('application/x-www-form-urlencoded');
    if (isForm(a) || isForm(b)) comparePairs('form field', isForm(a) ? pairs(a.body) : [], isForm(b) ? pairs(b.body) : [], diffs);
    else if (a.body !== b.body) diffs.push(`body: node ${show(a.body)}, textbench ${show(b.body)}`);
    const names = [...new Set([...Object.keys(a.headers), ...Object.keys(b.headers)])].filter((h) => !IGNORED_HEADERS.has(h));
    for (const name of names.sort()) {
        if (a.headers[name] !== b.headers[name])
            diffs.push(`header ${name}: node ${show(a.headers[name])}, textbench ${show(b.headers[name])}`);
    }
    // Not part of the verdict (the decoded pairs above are): whether the bytes themselves are the same.
    if ((a.rawQuery ?? '') !== (b.rawQuery ?? '')) notes.push(`raw query: node ${show(a.rawQuery)}, textbench ${show(b.rawQuery)}`);
    if (a.body !== b.body && isForm(a) && isForm(b)) notes.push(`raw body: node ${show(a.body)}, textbench ${show(b.body)}`);
    return { diffs, notes };
}

let comparisons = 0;
let passed = 0;
let failed = 0;
const failures = [];
process.stdout.write(`node conformance: twilio-node ${twilioVersion} against ${cli}, capture server ${baseUrl}\n`);
for (const s of scenarios) {
    exchanges = [];
    let nodeError = null;
    try {
        await s.node(nodeClient(s.auth));
    } catch (e) {
        nodeError = e;
    }
    const fromNode = exchanges;
    exchanges = [];
    const result = await runCli(s.cli, s.auth);
    const fromCli = exchanges;

    const problems = [];
    if (nodeError) problems.push(`the Node library failed: ${nodeError.message ?? nodeError}`);
    if (result.code !== 0)
        problems.push(`textbench-cli exited with ${result.code ?? result.signal}: ${result.err.trim() || result.out.trim()}`);
    if (fromNode.length !== fromCli.length)
        problems.push(`request count: node ${fromNode.length}, textbench ${fromCli.length}`);
    const n = Math.max(fromNode.length, fromCli.length, 1);
    for (let i = 0; i < n; ++i) {
        ++comparisons;
        const a = fromNode[i];
        const b = fromCli[i];
        const label = `${s.name}${n > 1 ? ` [request ${i + 1}]` : ''}`;
        let diffs = [];
        let notes = [];
        if (!a || !b) diffs.push(`request ${i + 1} ${a ? 'only from node' : b ? 'only from textbench' : 'from neither client'}`);
        else ({ diffs, notes } = compareRequests(a, b));
        if (i === 0) diffs.unshift(...problems);
        const request = (a ?? b) ? `${(a ?? b).method} ${(a ?? b).path}` : '';
        if (diffs.length === 0) {
            ++passed;
            process.stdout.write(`PASS ${label}: ${request}\n`);
        } else {
            ++failed;
            process.stdout.write(`FAIL ${label}: ${request}\n`);
            for (const d of diffs) process.stdout.write(`     ${d}\n`);
            failures.push(label);
        }
        for (const note of notes) process.stdout.write(`     note (not compared): ${note}\n`);
    }
}
server.close();
if (failed > 0) process.stdout.write(`node conformance: failed: ${failures.join('; ')}\n`);
process.stdout.write(`node conformance: ${comparisons} comparisons, ${passed} passed, ${failed} failed\n`);
process.exit(failed > 0 ? 1 : 0);
