// SPDX-License-Identifier: GPL-3.0-or-later
// Webhook signatures (CTest: webhooks_signatures_conformance): every request the sandbox makes to an app must pass
// twilio-node's own validator, as an app would run it.
//
//   node signatures.mjs path/to/textbench-cli SANDBOX_INFO.json
//
// A receiver on loopback (lib.mjs) rebuilds each request's URL from the Host header, the path and the query, takes
// the decoded form for a POST and no parameters for a GET, and calls twilio.validateRequest(authToken, signature,
// url, params). The sandbox is driven to call it in many shapes: status callbacks (POST) to URLs with a port, a query
// string (x=1&y=a%20b), percent-encoded reserved characters and emoji in the query, and localhost instead of
// 127.0.0.1; inbound messages with a Unicode body (emoji, accents, "&", "+", "=", "%", newlines) and three media
// (MediaUrl0..2) to an SMS URL with SmsMethod=POST, the same with SmsMethod=GET (parameters in the query, after the
// URL's own), one to a localhost SMS URL, and one to an SMS URL that fails, followed by its fallback URL. Also checked:
// each request is signed over exactly the URL it was sent to (getExpectedTwilioSignature, no port or query variants),
// the parameters arrive intact, the sandbox's own record (WebhookEvents: signature, signed_data) matches, a tampered
// request does not validate, Twilio's published test vector (getExpectedTwilioSignature), and `textbench-cli webhooks
// sign` gives the same signatures as twilio-node. Prints
//   signatures: N requests validated by twilio-node (POST a, GET b)
// and exits 1 with every mismatch listed otherwise.
import { runCli } from '../common/cli.mjs';
import {
    Sandbox, TWIML_CONTENT_TYPE, Verdict, readSandboxInfo, require, sameUrl, startReceiver, stringToSign, waitFor,
} from './lib.mjs';

const [cli, infoFile] = process.argv.slice(2);
if (!cli || !infoFile) {
    process.stderr.write('usage: node signatures.mjs path/to/textbench-cli SANDBOX_INFO.json\n');
    process.exit(2);
}
for (const name of Object.keys(process.env)) if (name.startsWith('TWILIO_')) delete process.env[name];

const twilio = require('twilio');
const verdict = new Verdict('signatures');
const sandbox = new Sandbox(readSandboxInfo(infoFile));
const [N1, N2] = sandbox.numbers;
const show = JSON.stringify;

// --- 1. Twilio's published test vector -----------------------------------------------------------------------------

const VECTOR = {
    token: '12345',
    url: 'https://example.com/myapp.php?foo=1&bar=2',
    params: { CallSid: 'CA1234567890ABCDE', Caller: '+14158675310', Digits: '1234', From: '+14158675310',
        To: '+18005551212' },
    signature: 'L/OH5YylLD5NRKLltdqwSvS0BnU=',
};
verdict.equal(twilio.getExpectedTwilioSignature(VECTOR.token, VECTOR.url, VECTOR.params), VECTOR.signature,
    'twilio-node getExpectedTwilioSignature on Twilio\'s published test vector');
verdict.expect(twilio.validateRequest(VECTOR.token, VECTOR.signature, VECTOR.url, VECTOR.params),
    'twilio-node validateRequest rejects Twilio\'s published test vector');

async function cliSign(token, url, params, method = 'POST') {
    const args = ['webhooks', 'sign', '--url', url];
    for (const [k, v] of Object.entries(params)) for (const one of [].concat(v)) args.push('--param', `${k}=${one}`);
    if (method === 'GET') args.push('--method', 'GET');
    const r = await runCli(cli, args, sandbox.base,
        { TWILIO_ACCOUNT_SID: `AC${'0'.repeat(32)}`, TWILIO_AUTH_TOKEN: token });
    if (r.code !== 0 || typeof r.json?.signature !== 'string')
        return { error: `textbench-cli webhooks sign exited ${r.code ?? r.signal}: ${(r.err || r.out).trim().slice(0, 300)}` };
    return r.json;
}

{
    const r = await cliSign(VECTOR.token, VECTOR.url, VECTOR.params);
    if (verdict.expect(!r.error, () => `test vector: ${r.error}`))
        verdict.equal(r.signature, VECTOR.signature, 'textbench-cli webhooks sign --json on Twilio\'s test vector');
}

// --- 2. the receiver and the URLs it is reached at -----------------------------------------------------------------

const EMPTY_TWIML = new twilio.twiml.MessagingResponse().toString();
const receiver = await startReceiver({
    authToken: sandbox.authToken,
    answer: (r) => {
        if (r.path === '/sms-fails') return [500, { 'Content-Type': 'text/plain' }, 'the app is down'];
        if (r.path.startsWith('/sms') || r.path === '/fallback') return [200, TWIML_CONTENT_TYPE, EMPTY_TWIML];
        return [204, {}, '']; // status callbacks
    },
});
const ip = `http://127.0.0.1:${receiver.port}`;
const named = `http://localhost:${receiver.port}`;

// Bodies with what breaks hand-made validators: "+" (a space when decoded carelessly), "&" and "=" (separators),
// "%" (an escape), newlines, accents, emoji with a skin tone, a flag, CJK.
const UNICODE_BODY = 'Grüße, Zoë! Café crème à 100% + 50% = 🎉👋🏽🇫🇷\n2nd line: a&b=c; "quotes" <tags> 中文\r\nend';
const MEDIA = ['https://example.com/photos/cat.jpg', 'https://example.com/cat.gif?w=100&h=100',
    'https://example.org/media/caf%C3%A9.png'];

const statusUrls = [
    `${ip}/cb?x=1&y=a%20b`,
    `${ip}/status`,
    `${named}/cb/localhost?via=name`,
    `${ip}/cb/enc?q=%2B1%20%26x%3Dy&e=%F0%9F%91%8B&empty=&flag`,
];

// --- 3. drive the sandbox ------------------------------------------------------------------------------------------

const sent = []; // { sid, url }
const inbound = []; // { sid, url, method, body, media, fallback? }
try {
    for (const [i, url] of statusUrls.entries()) {
        const form = [['To', `+1415555267${i}`], ['From', N1.phone_number], ['StatusCallback', url],
            ['Body', i === 0 ? UNICODE_BODY : `Status callback shape ${i}`]];
        if (i === 0) for (const m of MEDIA) form.push(['MediaUrl', m]);
        const m = await sandbox.sendMessage(form);
        sent.push({ sid: m.sid, url });
    }

    const inboundTo = async (number, { url, method = 'POST', fallback = null }, from, body, media = []) => {
        const update = [['SmsUrl', url], ['SmsMethod', method]];
        if (fallback) update.push(['SmsFallbackUrl', fallback], ['SmsFallbackMethod', 'POST']);
        await sandbox.updateNumber(number.sid, update);
        const m = await sandbox.inbound([['From', from], ['To', number.phone_number], ['Body', body],
            ...media.map((u) => ['MediaUrl', u])]);
        inbound.push({ sid: m.sid, url, method, body, media, fallback });
    };
    await inboundTo(N1, { url: `${ip}/sms?src=post` }, '+14155550101', UNICODE_BODY, MEDIA);
    await inboundTo(N1, { url: `${ip}/sms` }, '+14155550102', 'Plain ASCII, no media.');
    await inboundTo(N1, { url: `${ip}/sms-get?src=get&y=a%20b`, method: 'GET' }, '+14155550103', UNICODE_BODY, MEDIA);
    await inboundTo(N1, { url: `${ip}/sms-get`, method: 'GET' }, '+14155550104', 'GET without a query of its own');
    await inboundTo(N2, { url: `${named}/sms-local` }, '+33612345678', 'Bonjour depuis localhost ✓');
    await inboundTo(N2, { url: `${ip}/sms-fails`, fallback: `${ip}/fallback?kind=fb` }, '+14155550106',
        'The primary URL fails; the fallback answers.');
} catch (e) {
    receiver.close();
    verdict.abort(`driving the sandbox failed: ${e.message}`);
}

// Each status callback URL gets sending, sent, delivered; each inbound message one request, the failing one two.
const expected = sent.length * 3 + inbound.length + inbound.filter((m) => m.fallback).length;
const settled = await waitFor(async () => {
    const all = await sandbox.webhookEvents();
    const done = all.filter((e) => e.outcome !== 'pending');
    return receiver.requests.length >= expected && done.length === all.length && all.length >= expected ? all : null;
}, 20_000);
// Without everything in 20 s, what did come is judged all the same (the list of mismatches says more than a timeout).
verdict.expect(settled, () => `the receiver got ${receiver.requests.length} of ${expected} requests within 20 s: `
    + show(receiver.requests.map((r) => `${r.method} ${r.path}`)));
const events = settled ?? await sandbox.webhookEvents();

// --- 4. every request validates, exactly, and matches the sandbox's own record ------------------------------------

verdict.equal(receiver.requests.length, expected, 'requests at the receiver');
const eventByToken = new Map(events.map((e) => [e.idempotency_token, e]));
for (const r of receiver.requests) {
    const what = `${r.method} ${r.url}`;
    verdict.expect(r.signature, `${what}: no X-Twilio-Signature header`);
    verdict.expect(r.valid, () => `${what}: twilio.validateRequest says the signature ${r.signature} is invalid `
        + `(params ${show(r.params)})`);
    verdict.expect(r.exact, () => `${what}: not signed over the exact URL it was sent to (expected `
        + `${twilio.getExpectedTwilioSignature(sandbox.authToken, r.url, r.params)}, got ${r.signature})`);
    const e = eventByToken.get(r.token);
    if (!verdict.expect(e, `${what}: no WebhookEvent with its I-Twilio-Idempotency-Token ${r.token}`)) continue;
    verdict.equal(e.signature, r.signature, `${what}: WebhookEvents' signature`);
    verdict.equal(e.signed_data, r.signed, `${what}: WebhookEvents' signed_data`);
    verdict.equal(e.method, r.method, `${what}: WebhookEvents' method`);
    if (r.method === 'POST') {
        verdict.expect((r.headers['content-type'] ?? '').startsWith('application/x-www-form-urlencoded'),
            `${what}: Content-Type ${r.headers['content-type']}`);
        // The form on the wire holds what the sandbox says it sent, name for name.
        verdict.equal(show([...r.pairs].sort()), show([...e.parameters].sort()), `${what}: the form vs WebhookEvents' parameters`);
    }
}

// Negative controls: what validates must stop validating when anything signed changes.
const firstPost = receiver.requests.find((r) => r.method === 'POST' && r.fields.Body === UNICODE_BODY);
const firstGet = receiver.requests.find((r) => r.method === 'GET' && r.fields.Body === UNICODE_BODY);
if (verdict.expect(firstPost, 'no inbound POST with the Unicode body reached the receiver')) {
    const tampered = { ...firstPost.params, Body: `${firstPost.params.Body}!` };
    verdict.expect(!twilio.validateRequest(sandbox.authToken, firstPost.signature, firstPost.url, tampered),
        'a POST with a changed Body still validates');
    verdict.expect(!twilio.validateRequest('0'.repeat(32), firstPost.signature, firstPost.url, firstPost.params),
        'a POST validates with another Auth Token');
}
if (verdict.expect(firstGet, 'no inbound GET with the Unicode body reached the receiver')) {
    verdict.expect(!twilio.validateRequest(sandbox.authToken, firstGet.signature, firstGet.url.replace('src=get', 'src=gex'), {}),
        'a GET with a changed query still validates');
}

// --- 5. each shape arrived as configured, with its parameters intact -------------------------------------------------

for (const { sid, url } of sent) {
    const got = receiver.requests.filter((r) => r.fields.MessageSid === sid);
    const statuses = got.map((r) => r.fields.MessageStatus);
    verdict.equal(show([...statuses].sort()), show(['delivered', 'sending', 'sent']), `status callbacks of ${sid} (${url})`);
    for (const r of got) {
        verdict.expect(r.method === 'POST' && sameUrl(r, url), () => `status callback of ${sid}: ${r.method} `
            + `http://${r.host}${r.path}?${r.rawQuery}, configured POST ${url}`);
        verdict.equal(r.fields.SmsStatus, r.fields.MessageStatus, `${sid}: SmsStatus`);
        verdict.equal(r.fields.AccountSid, sandbox.accountSid, `${sid}: AccountSid`);
    }
}
for (const m of inbound) {
    const got = receiver.requests.filter((r) => r.fields.MessageSid === m.sid);
    if (!verdict.expect(got.length === (m.fallback ? 2 : 1), () => `inbound ${m.sid} (${m.method} ${m.url}): `
        + `${got.length} requests: ${show(got.map((r) => `${r.method} ${r.url}`))}`)) continue;
    const r = got[0];
    const configured = new URL(m.url);
    const own = configured.search.slice(1);
    verdict.equal(r.method, m.method, `inbound ${m.sid}: method`);
    verdict.expect(r.host === configured.host && r.path === configured.pathname, () => `inbound ${m.sid}: requested at `
        + `http://${r.host}${r.path}, configured ${m.url}`);
    if (m.method === 'GET') {
        // The URL's own query first, then the parameters; no body.
        verdict.expect(!own || r.rawQuery.startsWith(`${own}&`), `inbound GET ${m.sid}: query ${r.rawQuery} does not start with ${own}&`);
        verdict.equal(r.body, '', `inbound GET ${m.sid}: body`);
    } else {
        verdict.equal(r.rawQuery, own, `inbound POST ${m.sid}: query`);
    }
    verdict.equal(r.fields.Body, m.body, `inbound ${m.sid}: Body`);
    verdict.equal(r.fields.NumMedia, String(m.media.length), `inbound ${m.sid}: NumMedia`);
    m.media.forEach((u, i) => verdict.equal(r.fields[`MediaUrl${i}`], u, `inbound ${m.sid}: MediaUrl${i}`));
    verdict.expect(r.fields[`MediaUrl${m.media.length}`] === undefined, `inbound ${m.sid}: a MediaUrl${m.media.length} too many`);
    if (m.fallback) {
        const fb = got[1];
        verdict.expect(fb.method === 'POST' && sameUrl(fb, m.fallback), () => `inbound ${m.sid}: the fallback was `
            + `${fb.method} ${fb.url}, configured POST ${m.fallback}`);
        verdict.equal(fb.fields.Body, m.body, `inbound ${m.sid}: Body at the fallback URL`);
    }
}
const localhostRequests = receiver.requests.filter((r) => r.host.startsWith('localhost:'));
verdict.equal(localhostRequests.length, 4, 'requests with Host: localhost:PORT (3 status callbacks, 1 inbound)');

// --- 6. textbench-cli webhooks sign agrees with twilio-node on real requests ------------------------------------------

for (const r of [firstPost, firstGet, receiver.requests.find((x) => x.host.startsWith('localhost:'))]) {
    if (!r) continue;
    const out = await cliSign(sandbox.authToken, r.url, r.params, r.method);
    if (!verdict.expect(!out.error, () => `${r.method} ${r.url}: ${out.error}`)) continue;
    verdict.equal(out.signature, r.signature, `textbench-cli webhooks sign for ${r.method} ${r.url}`);
    verdict.equal(out.string_to_sign, stringToSign(r.url, r.params), `textbench-cli webhooks sign's string_to_sign for ${r.method} ${r.url}`);
}

receiver.close();
const posts = receiver.requests.filter((r) => r.method === 'POST').length;
const gets = receiver.requests.filter((r) => r.method === 'GET').length;
verdict.finish(`signatures: ${receiver.requests.length} requests validated by twilio-node (POST ${posts}, GET ${gets}); `
    + 'test vector and textbench-cli webhooks sign agree');
