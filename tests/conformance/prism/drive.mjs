// SPDX-License-Identifier: GPL-3.0-or-later
// Drives textbench-cli through Prism (proxy mode, --errors) in front of the sandbox, one operation after another,
// and judges every HTTP exchange by what Prism said about it. run.sh starts the sandbox and Prism, then runs
//
//   node drive.mjs CLI PRISM_URL SANDBOX_INFO.json
//
// How Prism reports violations in proxy mode, the pass-through tap and the loop over the operations: see
// ../common/prism.mjs. textbench-cli does not show response headers, so it talks to the tap, which forwards every
// request to Prism and records what Prism said about it. An operation passes when the CLI exits 0, its output is what
// the operation should produce, at least one request went through, and no exchange carries a violation of any
// severity.
import { Tap, driveOperations, expect, needIn } from '../common/prism.mjs';
import { runCli as runCliAt } from '../common/cli.mjs';
import { readFileSync } from 'node:fs';

const [cli, prismUrl, sandboxInfoFile] = process.argv.slice(2);
if (!cli || !prismUrl || !sandboxInfoFile) {
    process.stderr.write('usage: node drive.mjs CLI PRISM_URL SANDBOX_INFO.json\n');
    process.exit(2);
}
const sandbox = JSON.parse(readFileSync(sandboxInfoFile, 'utf8').split('\n')[0]);
const prism = new URL(prismUrl);

// Every request of the CLI goes through the tap to the one Prism.
const tap = new Tap(() => ({ prism }));

// --- running the CLI ---------------------------------------------------------------------------------------------

function runCli(args, { apiKey = false } = {}) {
    const credentials = { TWILIO_ACCOUNT_SID: sandbox.account_sid };
    if (apiKey) Object.assign(credentials, { TWILIO_API_KEY: sandbox.api_key_sid, TWILIO_API_SECRET: sandbox.api_key_secret });
    else credentials.TWILIO_AUTH_TOKEN = sandbox.auth_token;
    return runCliAt(cli, args, tap.url, credentials);
}

const sidsOf = (list) => (Array.isArray(list) ? list.map((m) => m.sid) : []);
// Twilio's date_sent is RFC 2822 in GMT; its day is what DateSent filters compare.
const daySent = (m) => new Date(m.date_sent).toISOString().slice(0, 10);
const FINAL = new Set(['delivered', 'undelivered', 'failed', 'received', 'read', 'canceled']);

// --- the operations ----------------------------------------------------------------------------------------------

const FROM = '+15005550006';
const MMS_TO = '+14155552671';
const SMS_TO = '+14155552672';
const LATER_TO = '+14155552673';
const MMS_BODY = 'Grüße aus Köln 👋🏽 — “smart” quotes, Ελληνικά, 中文 & 100% +plus';
const MEDIA = ['https://example.com/photos/cat.jpg', 'https://example.com/cat.gif?w=100&h=100'];
const state = {};
// Later operations work on the messages the first ones created; without one, they fail without running.
const need = needIn(state);

// Runs the CLI once and checks its exit status; returns the parsed --json output.
async function cliOk(args, options) {
    const r = await runCli(args, options);
    expect(r.code === 0, `textbench-cli ${args.slice(0, 2).join(' ')} exited with ${r.code ?? r.signal}: ${(r.err || r.out).trim()}`);
    return r.json;
}

const operations = [
    ['account check (both schemes)', async () => {
        for (const apiKey of [false, true]) {
            const a = await cliOk(['account'], { apiKey });
            expect(a?.sid === sandbox.account_sid, `account sid is ${JSON.stringify(a?.sid)}`);
            expect(a.status === 'active', `account status is ${JSON.stringify(a.status)}`);
        }
    }],
    ['create: two media URLs, non-ASCII text (--wait until delivered)', async () => {
        const m = await cliOk(['messages', 'create', '--to', MMS_TO, '--from', FROM, '--body', MMS_BODY,
            ...MEDIA.flatMap((u) => ['--media-url', u]), '--wait']);
        expect(m?.sid?.startsWith('MM'), `expected an MM… message, got ${JSON.stringify(m?.sid)}`);
        expect(m.body === MMS_BODY, `body came back as ${JSON.stringify(m.body)}`);
        expect(m.num_media === '2', `num_media is ${JSON.stringify(m.num_media)}, not "2"`);
        expect(m.status === 'delivered', `status is ${m.status} after --wait, not delivered`);
        state.mms = m;
        state.mmsDay = daySent(m);
    }],
    ['create: plain SMS', async () => {
        const m = await cliOk(['messages', 'create', '--to', SMS_TO, '--from', FROM, '--body', 'Plain ASCII text.']);
        expect(m?.sid?.startsWith('SM'), `expected an SM… message, got ${JSON.stringify(m?.sid)}`);
        expect(m.body === 'Plain ASCII text.', `body came back as ${JSON.stringify(m.body)}`);
        state.sms = m;
    }],
    ['create: scheduled, Messaging Service, SendAt one hour ahead', async () => {
        const sendAt = new Date(Date.now() + 3600_000).toISOString().replace(/\.\d{3}Z$/, 'Z');
        const m = await cliOk(['messages', 'create', '--to', LATER_TO, '--messaging-service-sid',
            sandbox.messaging_service_sid, '--body', 'Later', '--send-at', sendAt, '--schedule-type', 'fixed']);
        expect(m?.status === 'scheduled', `status is ${JSON.stringify(m?.status)}, not scheduled`);
        expect(m.messaging_service_sid === sandbox.messaging_service_sid, 'messaging_service_sid did not come back');
        state.later = m;
    }],
    ['fetch: the plain SMS until delivered', async () => {
        need('sms');
        const end = Date.now() + 10_000;
        let m;
        do {
            m = await cliOk(['messages', 'fetch', '--sid', state.sms.sid]);
            expect(m?.sid === state.sms.sid, `fetched ${JSON.stringify(m?.sid)}`);
            if (!FINAL.has(m.status)) await new Promise((r) => setTimeout(r, 100));
        } while (!FINAL.has(m.status) && Date.now() < end);
        expect(m.status === 'delivered', `status is ${m.status}, not delivered, after 10 s`);
        expect(m.date_sent, 'a delivered message has no date_sent');
        state.sms = m;
        state.day = daySent(m);
    }],
    ['fetch: with an API key (TWILIO_API_KEY, TWILIO_API_SECRET)', async () => {
        need('mms');
        const m = await cliOk(['messages', 'fetch', '--sid', state.mms.sid], { apiKey: true });
        expect(m?.sid === state.mms.sid && m.num_media === '2', `fetched ${JSON.stringify(m?.sid)} (${m?.num_media} media)`);
    }],
    ['list: To', async () => {
        need('sms');
        const list = await cliOk(['messages', 'list', '--to', SMS_TO]);
        expect(JSON.stringify(sidsOf(list)) === JSON.stringify([state.sms.sid]), `got ${JSON.stringify(sidsOf(list))}`);
    }],
    ['list: From', async () => {
        need('sms', 'mms', 'later');
        const sids = sidsOf(await cliOk(['messages', 'list', '--from', FROM]));
        expect(sids.includes(state.sms.sid) && sids.includes(state.mms.sid), `got ${JSON.stringify(sids)}`);
        expect(sids.every((sid) => sid !== state.later.sid || state.later.from === FROM), `got ${JSON.stringify(sids)}`);
    }],
    ['list: DateSent (the day the SMS was sent)', async () => {
        need('sms', 'later', 'day');
        const sids = sidsOf(await cliOk(['messages', 'list', '--date-sent', state.day]));
        expect(sids.includes(state.sms.sid) && !sids.includes(state.later.sid), `got ${JSON.stringify(sids)}`);
    }],
    ['list: DateSent< (on or before that day)', async () => {
        need('sms', 'day');
        const sids = sidsOf(await cliOk(['messages', 'list', '--date-sent-before', state.day]));
        expect(sids.includes(state.sms.sid), `got ${JSON.stringify(sids)}`);
    }],
    ['list: DateSent> (on or after the day the MMS was sent), with To and From', async () => {
        need('mms', 'mmsDay');
        const sids = sidsOf(await cliOk(['messages', 'list', '--to', MMS_TO, '--from', FROM, '--date-sent-after',
            state.mmsDay]));
        expect(JSON.stringify(sids) === JSON.stringify([state.mms.sid]), `got ${JSON.stringify(sids)}`);
    }],
    ['list: PageSize 1, limit 3 (follows next_page_uri twice)', async () => {
        const before = tap.exchanges.length;
        const sids = sidsOf(await cliOk(['messages', 'list', '--page-size', '1', '--limit', '3']));
        expect(sids.length === 3 && new Set(sids).size === 3, `got ${JSON.stringify(sids)}`);
        const followed = tap.exchanges.slice(before).filter((e) => /[?&]PageToken=/.test(e.url));
        expect(followed.length === 2, `expected 2 requests of next pages (PageToken), saw ${followed.length}`);
    }],
    ['update: redact the delivered MMS (Body="")', async () => {
        need('mms');
        const m = await cliOk(['messages', 'update', '--sid', state.mms.sid, '--body', '']);
        expect(m?.sid === state.mms.sid && m.body === '', `body after redaction: ${JSON.stringify(m?.body)}`);
    }],
    ['update: cancel the scheduled message (Status=canceled)', async () => {
        need('later');
        const m = await cliOk(['messages', 'update', '--sid', state.later.sid, '--status', 'canceled']);
        expect(m?.sid === state.later.sid && m.status === 'canceled', `status after cancel: ${JSON.stringify(m?.status)}`);
    }],
    ['delete: the delivered SMS', async () => {
        need('sms', 'day');
        const r = await cliOk(['messages', 'delete', '--sid', state.sms.sid]);
        expect(r?.deleted === true, `output: ${JSON.stringify(r)}`);
        state.deleted = state.sms.sid;
    }],
    ['list: To, after the delete (empty page)', async () => {
        need('deleted');
        const list = await cliOk(['messages', 'list', '--to', SMS_TO]);
        expect(Array.isArray(list) && list.length === 0, `got ${JSON.stringify(sidsOf(list))}`);
    }],
];

await driveOperations({
    label: 'prism conformance',
    prisms: [prismUrl],
    tap,
    banner: (tapUrl) => `prism conformance: textbench-cli -> tap ${tapUrl} -> Prism ${prismUrl} -> sandbox ${sandbox.base_url}`,
    operations,
});
