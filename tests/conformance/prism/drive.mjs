// SPDX-License-Identifier: GPL-3.0-or-later
// Drives textbench-cli through Prism (proxy mode, --errors) in front of the sandbox, one operation after another,
// and judges every HTTP exchange by what Prism said about it. run.sh starts the sandbox and Prism, then runs
//
//   node drive.mjs CLI PRISM_URL SANDBOX_INFO.json
//
// How Prism reports violations in proxy mode with --errors (@stoplight/prism-http-server, prism-core):
//   - a request that breaks the spec is not forwarded: Prism answers 422 (401 for a security failure) with an
//     application/problem+json body, type https://stoplight.io/prism/errors#UNPROCESSABLE_ENTITY, whose
//     "validation" array lists each violation (location, severity, code, message);
//   - a response that breaks the spec with an error is replaced by 500 application/problem+json,
//     type …#VIOLATIONS, with the same "validation" array;
//   - every violation of either kind, warnings included, is also listed in an "sl-violations" response header
//     (a JSON array, cut at about 8 KB), which is the only trace of a violation of warning severity: the response
//     itself then passes through unchanged;
//   - a request that matches no operation of the spec is answered 404 (…#NO_PATH_MATCHED_ERROR) or 405.
// textbench-cli does not show response headers, so the CLI talks to a small pass-through tap in this process that
// forwards every request to Prism byte for byte and records each answer's status, sl-violations header and
// problem+json body. An operation passes when the CLI exits 0, its output is what the operation should produce,
// at least one request went through, and no exchange carries a violation of any severity.
import { createServer, request as httpRequest } from 'node:http';
import { runCli as runCliAt } from '../common/cli.mjs';
import { readFileSync } from 'node:fs';

const [cli, prismUrl, sandboxInfoFile] = process.argv.slice(2);
if (!cli || !prismUrl || !sandboxInfoFile) {
    process.stderr.write('usage: node drive.mjs CLI PRISM_URL SANDBOX_INFO.json\n');
    process.exit(2);
}
const sandbox = JSON.parse(readFileSync(sandboxInfoFile, 'utf8').split('\n')[0]);
const prism = new URL(prismUrl);

// --- wait until Prism answers (any HTTP answer will do), time-boxed -----------------------------------------------

async function waitForPrism(deadlineMs) {
    const end = Date.now() + deadlineMs;
    let lastError = null;
    while (Date.now() < end) {
        try {
            await fetch(new URL('/', prism), { signal: AbortSignal.timeout(2000) });
            return;
        } catch (e) {
            lastError = e;
            await new Promise((r) => setTimeout(r, 100));
        }
    }
    throw new Error(`Prism at ${prismUrl} did not answer within ${deadlineMs / 1000} s (${lastError?.cause?.code ?? lastError?.message})`);
}

// --- the tap -----------------------------------------------------------------------------------------------------

let exchanges = [];
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'transfer-encoding', 'content-length']);

const tap = createServer((req, res) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
        const body = Buffer.concat(chunks);
        const headers = {};
        for (let i = 0; i < req.rawHeaders.length; i += 2) {
            const name = req.rawHeaders[i];
            if (name.toLowerCase() === 'host') continue;
            headers[name] = req.rawHeaders[i + 1];
        }
        headers.Host = prism.host;
        const exchange = { method: req.method, url: req.url, status: 0, violations: [], problem: null };
        exchanges.push(exchange);
        const upstream = httpRequest({ host: prism.hostname, port: prism.port, method: req.method, path: req.url,
            headers, timeout: 20_000 }, (up) => {
            const parts = [];
            up.on('data', (c) => parts.push(c));
            up.on('end', () => {
                const answer = Buffer.concat(parts);
                exchange.status = up.statusCode;
                const sl = up.headers['sl-violations'];
                if (sl) {
                    try {
                        exchange.violations = JSON.parse(sl);
                    } catch {
                        exchange.violations = [{ location: [], severity: '?', message: sl }];
                    }
                }
                if ((up.headers['content-type'] ?? '').startsWith('application/problem+json')) {
                    try {
                        exchange.problem = JSON.parse(answer.toString('utf8'));
                    } catch {
                        exchange.problem = { title: answer.toString('utf8') };
                    }
                }
                const out = {};
                for (let i = 0; i < up.rawHeaders.length; i += 2) {
                    if (!HOP_BY_HOP.has(up.rawHeaders[i].toLowerCase())) out[up.rawHeaders[i]] = up.rawHeaders[i + 1];
                }
                out['Content-Length'] = answer.length;
                res.writeHead(up.statusCode, up.statusMessage, out);
                res.end(answer);
            });
        });
        upstream.on('timeout', () => upstream.destroy(new Error('Prism did not answer within 20 s')));
        upstream.on('error', (e) => {
            exchange.problem = { title: `tap: ${e.message}` };
            if (!res.headersSent) res.writeHead(502, { 'Content-Type': 'text/plain' });
            res.end(`tap: ${e.message}\n`);
        });
        upstream.end(body);
    });
});

// --- running the CLI ---------------------------------------------------------------------------------------------

let tapUrl;
function runCli(args, { apiKey = false } = {}) {
    const credentials = { TWILIO_ACCOUNT_SID: sandbox.account_sid };
    if (apiKey) Object.assign(credentials, { TWILIO_API_KEY: sandbox.api_key_sid, TWILIO_API_SECRET: sandbox.api_key_secret });
    else credentials.TWILIO_AUTH_TOKEN = sandbox.auth_token;
    return runCliAt(cli, args, tapUrl, credentials);
}

class CheckFailed extends Error {}
const expect = (condition, message) => {
    if (!condition) throw new CheckFailed(message);
};
const sidsOf = (list) => (Array.isArray(list) ? list.map((m) => m.sid) : []);
// Twilio's date_sent is RFC 2822 in GMT; its day is what DateSent filters compare.
const daySent = (m) => new Date(m.date_sent).toISOString().slice(0, 10);
const FINAL = new Set(['delivered', 'undelivered', 'failed', 'received', 'read', 'canceled']);
// Later operations work on the messages the first ones created; without one, they fail without running.
const need = (...keys) => {
    for (const key of keys) expect(state[key], `not run: it needs state.${key}, which an earlier operation did not give`);
};

// --- the operations ----------------------------------------------------------------------------------------------

const FROM = '+15005550006';
const MMS_TO = '+14155552671';
const SMS_TO = '+14155552672';
const LATER_TO = '+14155552673';
const MMS_BODY = 'Grüße aus Köln 👋🏽 — “smart” quotes, Ελληνικά, 中文 & 100% +plus';
const MEDIA = ['https://example.com/photos/cat.jpg', 'https://example.com/cat.gif?w=100&h=100'];
const state = {};

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
        const before = exchanges.length;
        const sids = sidsOf(await cliOk(['messages', 'list', '--page-size', '1', '--limit', '3']));
        expect(sids.length === 3 && new Set(sids).size === 3, `got ${JSON.stringify(sids)}`);
        const followed = exchanges.slice(before).filter((e) => /[?&]PageToken=/.test(e.url));
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

// --- verdicts ----------------------------------------------------------------------------------------------------

function violationsOf(e) {
    const found = [];
    const text = (v) => `${v.severity ?? '?'} ${Array.isArray(v.location) ? v.location.join('.') : ''}: ${v.message}`;
    for (const v of e.violations) found.push(`sl-violations: ${text(v)}`);
    if (e.problem) {
        found.push(`${e.status} ${e.problem.type ?? ''} ${e.problem.title ?? ''}${e.problem.detail ? ` (${e.problem.detail})` : ''}`.trim());
        for (const v of e.problem.validation ?? []) found.push(`  ${text(v)}`);
    }
    return found;
}

let passed = 0;
let failed = 0;
const failures = [];
try {
    await waitForPrism(30_000);
    await new Promise((resolve, reject) => {
        tap.once('error', reject);
        tap.listen(0, '127.0.0.1', resolve);
    });
    tapUrl = `http://127.0.0.1:${tap.address().port}`;
    process.stdout.write(`prism conformance: textbench-cli -> tap ${tapUrl} -> Prism ${prismUrl} -> sandbox ${sandbox.base_url}\n`);
    for (const [name, run] of operations) {
        exchanges = [];
        const problems = [];
        try {
            await run();
        } catch (e) {
            problems.push(e instanceof CheckFailed ? e.message : `unexpected: ${e.stack ?? e}`);
        }
        const seen = exchanges;
        if (seen.length === 0 && !problems.some((p) => p.startsWith('not run'))) problems.push('no request reached Prism');
        for (const e of seen) {
            const v = violationsOf(e);
            if (v.length) problems.push(`${e.method} ${e.url} -> ${e.status}: violations:\n       ${v.join('\n       ')}`);
        }
        const requests = `${seen.length} request${seen.length === 1 ? '' : 's'}`;
        if (problems.length === 0) {
            ++passed;
            process.stdout.write(`PASS ${name} (${requests})\n`);
        } else {
            ++failed;
            failures.push(name);
            process.stdout.write(`FAIL ${name} (${requests})\n`);
            for (const p of problems) process.stdout.write(`     ${p}\n`);
        }
    }
} catch (e) {
    // Prism or the tap never came up: every operation counts as failed.
    failed = operations.length - passed;
    failures.push('setup');
    process.stdout.write(`FAIL setup: ${e.message}\n`);
}
tap.close();

const total = passed + failed;
if (failed) process.stdout.write(`prism conformance: failed: ${failures.join('; ')}\n`);
process.stdout.write(`prism conformance: ${total} operations, ${passed} passed, ${failed} failed\n`);
process.exit(failed ? 1 : 0);
