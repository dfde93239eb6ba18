// SPDX-License-Identifier: GPL-3.0-or-later
// Phone numbers, alerts and the Messaging Service against Twilio's OpenAPI descriptions (CTest:
// webhooks_prism_conformance). run.sh starts the sandbox and three Prisms in proxy mode with --errors in front of it
// (twilio_api_v2010.json for api.twilio.com's paths, twilio_monitor_v1.json for monitor.twilio.com's /v1/Alerts,
// twilio_messaging_v1.json for messaging.twilio.com's /v1/Services; the sandbox serves all three on its one origin),
// then
//
//   node prism-drive.mjs CLI API_PRISM_URL MONITOR_PRISM_URL MESSAGING_PRISM_URL SANDBOX_INFO.json
//
// A pass-through tap in this process takes every request of textbench-cli (and of twilio-node, and of this script's
// own paging requests), sends /v1/Services… to the messaging Prism, any other /v1/… to the monitor Prism and
// everything else to the api Prism, and records each answer's status, "sl-violations" header and problem+json body
// (see ../common/prism.mjs for how Prism reports violations in proxy mode). Operations: phone-numbers list, fetch,
// update (SmsUrl, SmsMethod, SmsFallbackUrl); then two inbound messages, sent to the sandbox directly
// (Textbench/InboundMessages is not Twilio's), whose SMS URLs answer 500 and a TwiML warning, so that alerts exist;
// alerts list (all, and LogLevel + StartDate), alerts fetch; both lists paged one item at a time, following
// next_page_uri / next_page_url; and the same resources through twilio-node. Then the Messaging Service through
// twilio-node (there is no textbench-cli command for it): list (and its v1 page), fetch, two updates that set every
// field the sandbox takes; and end to end, its StatusCallback set to the receiver on loopback and a message sent with
// MessagingServiceSid and no StatusCallback of its own, whose status changes must reach the receiver signed as
// twilio-node's validateRequest checks. An operation passes when its calls succeed with the expected content, at
// least one request went through Prism, and no exchange carries a violation of any severity. Prints
//   prism webhooks: N operations, N passed, N failed
import { Tap, driveOperations, expect, needIn } from '../common/prism.mjs';
import { runCli as runCliAt } from '../common/cli.mjs';
import { Sandbox, TWIML_CONTENT_TYPE, readSandboxInfo, require, sameUrl, startReceiver, waitFor } from './lib.mjs';

const [cli, apiPrismUrl, monitorPrismUrl, messagingPrismUrl, infoFile] = process.argv.slice(2);
if (!cli || !apiPrismUrl || !monitorPrismUrl || !messagingPrismUrl || !infoFile) {
    process.stderr.write('usage: node prism-drive.mjs CLI API_PRISM_URL MONITOR_PRISM_URL MESSAGING_PRISM_URL '
        + 'SANDBOX_INFO.json\n');
    process.exit(2);
}
for (const name of Object.keys(process.env)) if (name.startsWith('TWILIO_')) delete process.env[name];
const sandbox = new Sandbox(readSandboxInfo(infoFile));
const [N1, N2] = sandbox.numbers;
const MG = sandbox.messagingServiceSid;
const prisms = { api: new URL(apiPrismUrl), monitor: new URL(monitorPrismUrl), messaging: new URL(messagingPrismUrl) };

// /v1/Services… to the messaging Prism, any other /v1/… to the monitor Prism, everything else to the api Prism.
const tap = new Tap((url) => {
    const spec = /^\/v1\/Services([/?]|$)/.test(url) ? 'messaging' : url.startsWith('/v1/') ? 'monitor' : 'api';
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
];

await driveOperations({
    label: 'prism webhooks',
    prisms: Object.values(prisms),
    tap,
    banner: (tapUrl) => `prism webhooks: clients -> tap ${tapUrl} -> Prism ${apiPrismUrl} (api v2010), `
        + `${monitorPrismUrl} (monitor v1), ${messagingPrismUrl} (messaging v1) -> sandbox ${sandbox.base}`,
    operations,
    done: () => receiver.close(),
});
