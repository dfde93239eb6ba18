// SPDX-License-Identifier: GPL-3.0-or-later
// Phone numbers, alerts, the Messaging Service, accounts, feedback and lookups against Twilio's OpenAPI descriptions
// (CTest: webhooks_prism_conformance). run.sh starts the sandbox and four Prisms in proxy mode with --errors in front
// of it (twilio_api_v2010.json for api.twilio.com's paths, twilio_monitor_v1.json for monitor.twilio.com's
// /v1/Alerts, twilio_messaging_v1.json for messaging.twilio.com's /v1/Services, twilio_lookups_v2.json for
// lookups.twilio.com's /v2/PhoneNumbers; the sandbox serves all four on its one origin), then
//
//   node prism-drive.mjs CLI API_PRISM_URL MONITOR_PRISM_URL MESSAGING_PRISM_URL LOOKUPS_PRISM_URL SANDBOX_INFO.json
//
// A pass-through tap in this process takes every request of textbench-cli (and of twilio-node, and of this script's
// own paging requests), sends /v1/Services… to the messaging Prism, any other /v1/… to the monitor Prism,
// /v2/PhoneNumbers… to the lookups Prism and everything else to the api Prism, and records each answer's status,
// "sl-violations" header and problem+json body (see ../common/prism.mjs for how Prism reports violations in proxy
// mode). Operations: phone-numbers list, fetch, update (SmsUrl, SmsMethod, SmsFallbackUrl); then two inbound
// messages, sent to the sandbox directly (Textbench/InboundMessages is not Twilio's), whose SMS URLs answer 500 and a
// TwiML warning, so that alerts exist; alerts list (all, and LogLevel + StartDate), alerts fetch; both lists paged one
// item at a time, following next_page_uri / next_page_url; and the same resources through twilio-node. Then the
// Messaging Service through twilio-node (textbench-cli does not update it): list (and its v1 page), fetch, two updates
// that set every field the sandbox takes; and end to end, its StatusCallback set to the receiver on loopback and a
// message sent with MessagingServiceSid and no StatusCallback of its own, whose status changes must reach the receiver
// signed as twilio-node's validateRequest checks. Then accounts and senders: Accounts list (all, FriendlyName +
// Status, a status none has), a subaccount's messages through --subaccount (create, fetch, list: each account sees
// only its own), Message Feedback (unconfirmed as a subaccount, confirmed as the account), the Messaging Service
// through textbench-cli (list, fetch, its PhoneNumbers, which twilio-node lists too), the account's ShortCodes
// (twilio-node, and the page the app asks for, PageSize 200) and a subaccount's (none), and Lookup v2 through
// textbench-cli (landlines, a mobile number, an invalid number, one too short to be a number, a national number with
// CountryCode, no line type) and twilio-node. An operation passes when its calls succeed with the expected content,
// at least one request went through Prism, and no exchange carries a violation of any severity. Prints
//   prism webhooks: N operations, N passed, N failed
import { Tap, driveOperations, expect, needIn } from '../common/prism.mjs';
import { runCli as runCliAt } from '../common/cli.mjs';
import { Sandbox, TWIML_CONTENT_TYPE, readSandboxInfo, require, sameUrl, startReceiver, waitFor } from './lib.mjs';

const [cli, apiPrismUrl, monitorPrismUrl, messagingPrismUrl, lookupsPrismUrl, infoFile] = process.argv.slice(2);
if (!cli || !apiPrismUrl || !monitorPrismUrl || !messagingPrismUrl || !lookupsPrismUrl || !infoFile) {
    process.stderr.write('usage: node prism-drive.mjs CLI API_PRISM_URL MONITOR_PRISM_URL MESSAGING_PRISM_URL '
        + 'LOOKUPS_PRISM_URL SANDBOX_INFO.json\n');
    process.exit(2);
}
for (const name of Object.keys(process.env)) if (name.startsWith('TWILIO_')) delete process.env[name];
const sandbox = new Sandbox(readSandboxInfo(infoFile));
const [N1, N2] = sandbox.numbers;
const MG = sandbox.messagingServiceSid;
const prisms = { api: new URL(apiPrismUrl), monitor: new URL(monitorPrismUrl), messaging: new URL(messagingPrismUrl),
    lookups: new URL(lookupsPrismUrl) };

// /v1/Services… to the messaging Prism, any other /v1/… to the monitor Prism, /v2/PhoneNumbers… to the lookups
// Prism, everything else to the api Prism.
const tap = new Tap((url) => {
    let spec = 'api';
    if (/^\/v1\/Services([/?]|$)/.test(url)) spec = 'messaging';
    else if (url.startsWith('/v1/')) spec = 'monitor';
    else if (/^\/v2\/PhoneNumbers([/?]|$)/.test(url)) spec = 'lookups';
    return { prism: prisms[spec], spec };
});

// --- clients -----------------------------------------------------------------------------------------------------

const show = JSON.stringify;

async function cliOk(args) {
    const r = await runCliAt(cli, args, tap.url,
        { TWILIO_ACCOUNT_SID: sandbox.accountSid, TWILIO_AUTH_TOKEN: sandbox.authToken });
    expect(r.code === 0, () => `textbench-cli ${args.slice(0, 2).join(' ')} exited with ${r.code ?? r.signal}: ${(r.err || r.out).trim().slice(0, 500)}`);
    return r.json;
}

/// textbench-cli lookup NUMBER [more arguments]: the Lookup v2 answer, checked for the number asked about.
async function lookupOk(number, ...more) {
    const l = await cliOk(['lookup', number, ...more]);
    expect(l && typeof l === 'object' && typeof l.valid === 'boolean',
        () => `lookup ${number}: ${show(l)?.slice(0, 300)}`);
    return l;
}
const lineType = (l) => l.line_type_intelligence?.type;

/// A GET through the tap with the sandbox's credentials: path and query as given (or an absolute URL's).
async function tapGet(pathOrUrl) {
    const u = new URL(pathOrUrl, tap.url);
    const target = new URL(u.pathname + u.search, tap.url);
    const r = await fetch(target, { headers: { Authorization: sandbox.authorization, Accept: 'application/json' },
        signal: AbortSignal.timeout(20_000) });
    const text = await r.text();
    expect(r.status === 200, () => `GET ${target.pathname}${target.search} answered ${r.status}: ${text.slice(0, 300)}`);
    return JSON.parse(text);
}

// --- the app the numbers point at --------------------------------------------------------------------------------

const WARNING_TWIML = '<?xml version="1.0" encoding="UTF-8"?><Response><Dial>+14155550100</Dial>'
    + '<Message>Dial is not a messaging verb.</Message></Response>';
const receiver = await startReceiver({
    authToken: sandbox.authToken,
    answer: (r) => {
        if (r.path === '/fails') return [500, { 'Content-Type': 'text/plain' }, 'the app is down'];
        if (r.path === '/warns') return [200, TWIML_CONTENT_TYPE, WARNING_TWIML];
        return [200, TWIML_CONTENT_TYPE, '<?xml version="1.0" encoding="UTF-8"?><Response/>'];
    },
});
const app = `http://127.0.0.1:${receiver.port}`;
const today = new Date().toISOString().slice(0, 10);
// Twilio's Node library, its three domains (api.twilio.com, monitor.twilio.com, messaging.twilio.com) sent to the tap.
function nodeClient() {
    const client = require('twilio')(sandbox.accountSid, sandbox.authToken);
    client.api.baseUrl = tap.url;
    client.monitor.baseUrl = tap.url;
    client.messaging.baseUrl = tap.url;
    client.lookups.baseUrl = tap.url;
    return client;
}
const state = {};
const need = needIn(state);
// The fields of a twilio-node resource that an update's parameters name, in their order, to compare.
const fieldsOf = (resource, params) => show(Object.keys(params).map((k) => resource[k]));

// --- the operations ----------------------------------------------------------------------------------------------

const operations = [
    ['phone-numbers list', async () => {
        const list = await cliOk(['phone-numbers', 'list']);
        expect(Array.isArray(list), `output: ${show(list)?.slice(0, 200)}`);
        expect(show(list.map((n) => n.sid)) === show([N1.sid, N2.sid]), () => `sids ${show(list.map((n) => n.sid))}`);
        expect(list.every((n) => n.capabilities?.sms === true), 'a number without the sms capability');
    }],
    ['phone-numbers fetch', async () => {
        const n = await cliOk(['phone-numbers', 'fetch', '--sid', N1.sid]);
        expect(n?.sid === N1.sid && n.phone_number === N1.phone_number, () => `fetched ${show(n?.sid)} ${show(n?.phone_number)}`);
    }],
    ['phone-numbers update: SmsUrl (answers 500), SmsMethod POST', async () => {
        const n = await cliOk(['phone-numbers', 'update', '--sid', N2.sid, '--sms-url', `${app}/fails`,
            '--sms-method', 'POST']);
        expect(n?.sms_url === `${app}/fails` && n.sms_method === 'POST', () => `sms_url ${show(n?.sms_url)}, sms_method ${show(n?.sms_method)}`);
    }],
    ['phone-numbers update: SmsUrl with a query, SmsMethod GET, SmsFallbackUrl', async () => {
        const url = `${app}/warns?x=1&y=a%20b`;
        const n = await cliOk(['phone-numbers', 'update', '--sid', N1.sid, '--sms-url', url, '--sms-method', 'GET',
            '--sms-fallback-url', `${app}/fallback`]);
        expect(n?.sms_url === url && n.sms_method === 'GET' && n.sms_fallback_url === `${app}/fallback`,
            () => `sms_url ${show(n?.sms_url)}, sms_method ${show(n?.sms_method)}, sms_fallback_url ${show(n?.sms_fallback_url)}`);
    }],
    ['phone-numbers list: PageSize 1, following next_page_uri', async () => {
        const first = await tapGet(`/2010-04-01/Accounts/${sandbox.accountSid}/IncomingPhoneNumbers.json?PageSize=1`);
        expect(first.incoming_phone_numbers?.length === 1 && first.next_page_uri, () => `first page: ${show(first).slice(0, 300)}`);
        const second = await tapGet(first.next_page_uri);
        expect(second.incoming_phone_numbers?.length === 1 && second.next_page_uri === null,
            () => `second page: ${show(second).slice(0, 300)}`);
        expect(second.incoming_phone_numbers[0].sid === N2.sid, `second page holds ${second.incoming_phone_numbers[0].sid}`);
    }],
    ['alerts list (after an SMS URL answered 500 and one answered a TwiML warning)', async () => {
        // Straight to the sandbox, so that the alerts do not depend on the operations above: the same SMS URLs
        // again, and the inbound messages (Textbench/InboundMessages is not Twilio's API, so not Prism's business).
        await sandbox.updateNumber(N2.sid, [['SmsUrl', `${app}/fails`], ['SmsMethod', 'POST']]);
        await sandbox.updateNumber(N1.sid, [['SmsUrl', `${app}/warns?x=1&y=a%20b`], ['SmsMethod', 'GET']]);
        await sandbox.inbound([['From', '+14155550161'], ['To', N2.phone_number], ['Body', 'to the failing app']]);
        await sandbox.inbound([['From', '+14155550162'], ['To', N1.phone_number], ['Body', 'to the warning app']]);
        const ready = await waitFor(async () => {
            const r = await sandbox.call('GET', '/v1/Alerts');
            return r.json?.alerts?.length >= 2 ? r.json : null;
        }, 10_000);
        expect(ready, 'the sandbox raised no two alerts within 10 s');
        const list = await cliOk(['alerts', 'list']);
        expect(Array.isArray(list) && list.length >= 2, () => `output: ${show(list)?.slice(0, 300)}`);
        const error = list.find((a) => a.log_level === 'error' && a.request_url === `${app}/fails`);
        const warning = list.find((a) => a.log_level === 'warning');
        expect(error, () => `no error alert for ${app}/fails: ${show(list.map((a) => [a.error_code, a.log_level, a.request_url]))}`);
        expect(warning, () => `no warning alert: ${show(list.map((a) => [a.error_code, a.log_level, a.request_url]))}`);
        state.error = error;
        state.warningAlert = warning;
    }],
    ['alerts list: LogLevel error, StartDate today (a plain date)', async () => {
        need('error');
        const list = await cliOk(['alerts', 'list', '--log-level', 'error', '--start-date', today]);
        expect(Array.isArray(list) && list.length >= 1 && list.every((a) => a.log_level === 'error'),
            () => `got ${show(list?.map((a) => [a.sid, a.log_level]))}`);
        expect(list.some((a) => a.sid === state.error.sid), `${state.error.sid} is not in the list`);
    }],
    ['alerts fetch: the error alert, with its request and response', async () => {
        need('error');
        const a = await cliOk(['alerts', 'fetch', '--sid', state.error.sid]);
        expect(a?.sid === state.error.sid, `fetched ${show(a?.sid)}`);
        expect(a.request_method === 'POST' && a.request_url === `${app}/fails`, () => `request ${a.request_method} ${a.request_url}`);
        expect(typeof a.request_variables === 'string' && a.request_variables.includes('Body='),
            () => `request_variables ${show(a.request_variables)}`);
        expect(a.response_body === 'the app is down', () => `response_body ${show(a.response_body)}`);
    }],
    ['alerts fetch: the warning alert', async () => {
        need('warningAlert');
        const a = await cliOk(['alerts', 'fetch', '--sid', state.warningAlert.sid]);
        expect(a?.sid === state.warningAlert.sid && a.log_level === 'warning', () => `fetched ${show(a?.sid)} ${show(a?.log_level)}`);
    }],
    ['alerts list: PageSize 1, following next_page_url', async () => {
        need('error', 'warningAlert');
        const first = await tapGet('/v1/Alerts?PageSize=1');
        expect(first.alerts?.length === 1 && first.meta?.next_page_url, () => `first page: ${show(first).slice(0, 400)}`);
        const second = await tapGet(first.meta.next_page_url);
        expect(second.alerts?.length === 1, () => `second page: ${show(second).slice(0, 400)}`);
        expect(second.alerts[0].sid !== first.alerts[0].sid, 'the second page repeats the first');
    }],
    ['twilio-node: incomingPhoneNumbers list, fetch, update', async () => {
        const client = nodeClient();
        const numbers = await client.incomingPhoneNumbers.list();
        expect(numbers.length === 2, `${numbers.length} numbers`);
        const n = await client.incomingPhoneNumbers(N2.sid).fetch();
        expect(n.phoneNumber === N2.phone_number, `phoneNumber ${n.phoneNumber}`);
        const u = await client.incomingPhoneNumbers(N2.sid).update({ friendlyName: 'Renamed by twilio-node',
            smsUrl: `${app}/fails`, smsMethod: 'POST' });
        expect(u.friendlyName === 'Renamed by twilio-node', `friendlyName ${u.friendlyName}`);
    }],
    ['twilio-node: monitor alerts list (LogLevel), fetch', async () => {
        need('error');
        const client = nodeClient();
        const alerts = await client.monitor.v1.alerts.list({ logLevel: 'error', limit: 5 });
        expect(alerts.some((a) => a.sid === state.error.sid), `${state.error.sid} not in twilio-node's list`);
        const a = await client.monitor.v1.alerts(state.error.sid).fetch();
        expect(a.errorCode === state.error.error_code && a.responseBody === 'the app is down',
            () => `twilio-node fetched ${show([a.errorCode, a.responseBody])}`);
    }],
    ['twilio-node: messaging services list; its v1 page (PageSize 1)', async () => {
        const services = await nodeClient().messaging.v1.services.list();
        expect(show(services.map((s) => s.sid)) === show([MG]), () => `sids ${show(services.map((s) => s.sid))}`);
        expect(services[0].accountSid === sandbox.accountSid, `accountSid ${services[0].accountSid}`);
        const page = await tapGet('/v1/Services?PageSize=1');
        expect(page.services?.length === 1 && page.meta?.key === 'services' && page.meta.page === 0
            && page.meta.page_size === 1 && page.meta.next_page_url === null && page.meta.previous_page_url === null,
        () => `page: ${show(page).slice(0, 400)}`);
    }],
    ['twilio-node: messaging services fetch', async () => {
        const s = await nodeClient().messaging.v1.services(MG).fetch();
        expect(s.sid === MG && s.url?.endsWith(`/v1/Services/${MG}`), () => `fetched ${show([s.sid, s.url])}`);
        expect(s.links?.phone_numbers === `${s.url}/PhoneNumbers`, () => `links ${show(s.links)}`);
    }],
    ['twilio-node: messaging services update: StatusCallback, FriendlyName, StickySender, ValidityPeriod', async () => {
        const client = nodeClient();
        const want = { statusCallback: `${app}/service-status?x=1`, friendlyName: 'Renamed by twilio-node',
            stickySender: false, validityPeriod: 600 };
        const u = await client.messaging.v1.services(MG).update(want);
        expect(fieldsOf(u, want) === fieldsOf(want, want), () => `updated ${fieldsOf(u, want)}, wanted ${show(want)}`);
        const f = await client.messaging.v1.services(MG).fetch();
        expect(fieldsOf(f, want) === fieldsOf(want, want), () => `fetched after the update ${fieldsOf(f, want)}`);
    }],
    ['twilio-node: messaging services update: inbound and fallback URLs and methods, switches, usecase', async () => {
        const want = { inboundRequestUrl: `${app}/service-inbound`, inboundMethod: 'GET',
            fallbackUrl: `${app}/service-fallback`, fallbackMethod: 'POST', mmsConverter: false, smartEncoding: true,
            scanMessageContent: 'disable', fallbackToLongCode: true, areaCodeGeomatch: false,
            synchronousValidation: true, usecase: 'notifications', useInboundWebhookOnNumber: false };
        const u = await nodeClient().messaging.v1.services(MG).update(want);
        expect(fieldsOf(u, want) === fieldsOf(want, want), () => `updated ${fieldsOf(u, want)}, wanted ${show(want)}`);
    }],
    ['twilio-node: a message sent with MessagingServiceSid only calls back the service\'s StatusCallback, signed',
        async () => {
            const client = nodeClient();
            const callback = `${app}/service-status?via=service&y=a%20b`;
            const s = await client.messaging.v1.services(MG).update({ statusCallback: callback });
            expect(s.statusCallback === callback, `statusCallback ${s.statusCallback}`);
            const m = await client.messages.create({ to: '+14155552690', messagingServiceSid: MG,
                body: 'Sent through the Messaging Service' });
            expect(m.messagingServiceSid === MG, `messagingServiceSid ${m.messagingServiceSid}`);
            const ours = () => receiver.requests.filter((r) => r.fields.MessageSid === m.sid);
            const got = await waitFor(() => (ours().length >= 3 ? ours() : null), 10_000);
            const statuses = ours().map((r) => r.fields.MessageStatus).sort();
            expect(got && show(statuses) === show(['delivered', 'sending', 'sent']),
                () => `the receiver got ${show(statuses)} within 10 s, expected sending, sent, delivered`);
            for (const r of got) {
                const what = `${r.fields.MessageStatus} callback ${r.method} ${r.url}`;
                expect(r.method === 'POST' && sameUrl(r, callback), `${what}: not the service's ${callback}`);
                expect(r.valid, () => `${what}: twilio.validateRequest says the signature ${r.signature} is invalid`);
                expect(r.exact, () => `${what}: not signed over the exact URL it was sent to (signed ${show(r.signed)})`);
                expect(r.fields.MessagingServiceSid === MG && r.fields.AccountSid === sandbox.accountSid,
                    () => `${what}: MessagingServiceSid ${r.fields.MessagingServiceSid}, AccountSid ${r.fields.AccountSid}`);
            }
        }],
    // --- accounts, subaccounts, feedback, the service's numbers, short codes, lookups ------------------------------
    ['accounts list: the account and its two subaccounts', async () => {
        const list = await cliOk(['accounts', 'list']);
        expect(Array.isArray(list) && list.length === 3, () => `output: ${show(list)?.slice(0, 300)}`);
        expect(list[0].sid === sandbox.accountSid, () => `the first is ${list[0].sid}, not the account`);
        expect(list.every((a) => a.owner_account_sid === sandbox.accountSid && a.status === 'active'),
            () => `owners, statuses: ${show(list.map((a) => [a.sid, a.owner_account_sid, a.status]))}`);
        state.subA = list.find((a) => a.friendly_name === 'Sandbox Client A')?.sid;
        state.subB = list.find((a) => a.friendly_name === 'Sandbox Client B')?.sid;
        expect(state.subA && state.subB, () => `no Sandbox Client A and B: ${show(list.map((a) => a.friendly_name))}`);
    }],
    ['accounts list: FriendlyName "Sandbox Client A", Status active', async () => {
        need('subA');
        const list = await cliOk(['accounts', 'list', '--friendly-name', 'Sandbox Client A', '--status', 'active']);
        expect(show(list?.map((a) => a.sid)) === show([state.subA]), () => `got ${show(list?.map((a) => a.sid))}`);
    }],
    ['accounts list: Status suspended (none), limit 5', async () => {
        const list = await cliOk(['accounts', 'list', '--status', 'suspended', '--limit', '5']);
        expect(Array.isArray(list) && list.length === 0, () => `got ${show(list)?.slice(0, 300)}`);
    }],
    ['--subaccount: messages create (a subaccount, the parent\'s credentials)', async () => {
        need('subA');
        const m = await cliOk(['--subaccount', state.subA, 'messages', 'create', '--to', '+14155552681', '--from',
            N1.phone_number, '--body', 'From Sandbox Client A']);
        expect(m?.account_sid === state.subA && m.uri?.includes(`/Accounts/${state.subA}/`),
            () => `account_sid ${show(m?.account_sid)}, uri ${show(m?.uri)}`);
        state.subMessage = m.sid;
    }],
    ['--subaccount: messages fetch', async () => {
        need('subA', 'subMessage');
        const m = await cliOk(['messages', 'fetch', '--sid', state.subMessage, '--subaccount', state.subA]);
        expect(m?.sid === state.subMessage && m.account_sid === state.subA,
            () => `fetched ${show([m?.sid, m?.account_sid])}`);
    }],
    ['--subaccount: messages list (each account sees only its own)', async () => {
        need('subA', 'subB', 'subMessage');
        const a = await cliOk(['messages', 'list', '--subaccount', state.subA]);
        expect(Array.isArray(a) && a.some((m) => m.sid === state.subMessage),
            () => `${state.subMessage} not in Client A's list`);
        expect(a.every((m) => m.account_sid === state.subA),
            () => `accounts ${show([...new Set(a.map((m) => m.account_sid))])}`);
        const b = await cliOk(['messages', 'list', '--subaccount', state.subB, '--limit', '20']);
        expect(Array.isArray(b) && !b.some((m) => m.sid === state.subMessage),
            `Client B's list holds ${state.subMessage}`);
        const parent = await cliOk(['messages', 'list', '--to', '+14155552681']);
        expect(Array.isArray(parent) && parent.length === 0,
            () => `the parent's list To +14155552681: ${show(parent?.map((m) => m.sid))}`);
    }],
    ['messages feedback: a subaccount\'s message, unconfirmed (--subaccount)', async () => {
        need('subA', 'subMessage');
        const f = await cliOk(['messages', 'feedback', '--sid', state.subMessage, '--outcome', 'unconfirmed',
            '--subaccount', state.subA]);
        expect(f?.message_sid === state.subMessage && f.account_sid === state.subA && f.outcome === 'unconfirmed',
            () => `feedback ${show(f)?.slice(0, 300)}`);
    }],
    ['messages feedback: a message of the account, confirmed', async () => {
        const m = await cliOk(['messages', 'create', '--to', '+14155552682', '--from', N1.phone_number, '--body',
            'Your code is 123456']);
        expect(m?.sid, () => `created ${show(m)?.slice(0, 200)}`);
        const f = await cliOk(['messages', 'feedback', '--sid', m.sid, '--outcome', 'confirmed']);
        expect(f?.message_sid === m.sid && f.account_sid === sandbox.accountSid && f.outcome === 'confirmed',
            () => `feedback ${show(f)?.slice(0, 300)}`);
    }],
    ['messaging-services list', async () => {
        const list = await cliOk(['messaging-services', 'list']);
        expect(show(list?.map((s) => s.sid)) === show([MG]), () => `sids ${show(list?.map((s) => s.sid))}`);
    }],
    ['messaging-services fetch', async () => {
        const s = await cliOk(['messaging-services', 'fetch', '--sid', MG]);
        expect(s?.sid === MG && s.account_sid === sandbox.accountSid,
            () => `fetched ${show([s?.sid, s?.account_sid])}`);
    }],
    ['messaging-services phone-numbers: the second number', async () => {
        const list = await cliOk(['messaging-services', 'phone-numbers', '--sid', MG]);
        expect(show(list?.map((n) => [n.sid, n.phone_number])) === show([[N2.sid, N2.phone_number]]),
            () => `numbers ${show(list?.map((n) => [n.sid, n.phone_number]))}`);
        expect(list[0].service_sid === MG, `service_sid ${list[0].service_sid}`);
    }],
    ['twilio-node: messaging services phoneNumbers list; its v1 page (PageSize 1)', async () => {
        const numbers = await nodeClient().messaging.v1.services(MG).phoneNumbers.list();
        expect(show(numbers.map((n) => n.phoneNumber)) === show([N2.phone_number]),
            () => `numbers ${show(numbers.map((n) => n.phoneNumber))}`);
        const page = await tapGet(`/v1/Services/${MG}/PhoneNumbers?PageSize=1`);
        expect(page.phone_numbers?.length === 1 && page.meta?.key === 'phone_numbers'
            && page.meta.next_page_url === null, () => `page: ${show(page).slice(0, 400)}`);
    }],
    ['twilio-node: shortCodes list (the account\'s one short code)', async () => {
        const codes = await nodeClient().api.v2010.accounts(sandbox.accountSid).shortCodes.list();
        expect(show(codes.map((c) => c.shortCode)) === show(['55501']),
            () => `short codes ${show(codes.map((c) => c.shortCode))}`);
    }],
    ['short codes: the page the app asks for (PageSize 200)', async () => {
        const page = await tapGet(`/2010-04-01/Accounts/${sandbox.accountSid}/SMS/ShortCodes.json?PageSize=200`);
        expect(page.short_codes?.length === 1 && page.short_codes[0].short_code === '55501'
            && page.next_page_uri === null, () => `page: ${show(page).slice(0, 400)}`);
    }],
    ['twilio-node: a subaccount\'s shortCodes list (none)', async () => {
        need('subA');
        const codes = await nodeClient().api.v2010.accounts(state.subA).shortCodes.list();
        expect(codes.length === 0, () => `short codes ${show(codes.map((c) => c.shortCode))}`);
    }],
    ['lookup: landlines (+15005559006, +15005550009)', async () => {
        for (const number of ['+15005559006', '+15005550009']) {
            const l = await lookupOk(number);
            expect(l.valid === true && l.phone_number === number && lineType(l) === 'landline',
                () => `${number}: valid ${l.valid}, phone_number ${l.phone_number}, type ${show(lineType(l))}`);
        }
    }],
    ['lookup: a mobile number (+14155552671)', async () => {
        const l = await lookupOk('+14155552671');
        expect(l.valid === true && lineType(l) === 'mobile' && l.country_code === 'US'
            && l.national_format === '(415) 555-2671', () => `valid ${l.valid}, type ${show(lineType(l))}, `
            + `country ${l.country_code}, national ${l.national_format}`);
    }],
    ['lookup: an invalid number (+15005550001)', async () => {
        const l = await lookupOk('+15005550001');
        expect(l.valid === false && Array.isArray(l.validation_errors) && l.validation_errors.length > 0,
            () => `valid ${l.valid}, validation_errors ${show(l.validation_errors)}`);
    }],
    ['lookup: a number too short to be one (+1500555)', async () => {
        const l = await lookupOk('+1500555');
        expect(l.valid === false && Array.isArray(l.validation_errors) && l.validation_errors.length > 0,
            () => `valid ${l.valid}, validation_errors ${show(l.validation_errors)}`);
    }],
    ['lookup: a national number, CountryCode US', async () => {
        const l = await lookupOk('(415) 555-2671', '--country-code', 'US');
        expect(l.valid === true && l.phone_number === '+14155552671' && lineType(l) === 'mobile',
            () => `valid ${l.valid}, phone_number ${l.phone_number}, type ${show(lineType(l))}`);
    }],
    ['lookup: --no-line-type (validity and formats only)', async () => {
        const l = await lookupOk('+15005559006', '--no-line-type');
        expect(l.valid === true && l.line_type_intelligence === null,
            () => `valid ${l.valid}, line_type_intelligence ${show(l.line_type_intelligence)}`);
    }],
    ['twilio-node: lookups v2 fetch (line_type_intelligence) of a landline and an invalid number', async () => {
        const client = nodeClient();
        const fields = { fields: 'line_type_intelligence' };
        const landline = await client.lookups.v2.phoneNumbers('+15005559006').fetch(fields);
        expect(landline.valid === true && landline.lineTypeIntelligence?.type === 'landline',
            () => `landline: ${show([landline.valid, landline.lineTypeIntelligence])}`);
        const invalid = await client.lookups.v2.phoneNumbers('+15005550001').fetch(fields);
        expect(invalid.valid === false, `invalid: valid ${invalid.valid}`);
    }],
];

await driveOperations({
    label: 'prism webhooks',
    prisms: Object.values(prisms),
    tap,
    banner: (tapUrl) => `prism webhooks: clients -> tap ${tapUrl} -> Prism ${apiPrismUrl} (api v2010), `
        + `${monitorPrismUrl} (monitor v1), ${messagingPrismUrl} (messaging v1), ${lookupsPrismUrl} (lookups v2) `
        + `-> sandbox ${sandbox.base}`,
    operations,
    done: () => receiver.close(),
});
