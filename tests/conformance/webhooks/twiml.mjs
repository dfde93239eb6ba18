// SPDX-License-Identifier: GPL-3.0-or-later
// TwiML answers (CTest: webhooks_twiml_conformance): documents made by twilio-node's twilio.twiml.MessagingResponse
// must be followed the way Twilio describes.
//
//   node twiml.mjs path/to/textbench-cli SANDBOX_INFO.json
//
// The first sandbox number's SMS URL points at a receiver on loopback (lib.mjs); one inbound message a document, each
// from its own handset number and with the document's name as its body, and the receiver answers each with its
// document (text/xml). Then, from the sandbox's Messages.json and the receiver's log: the outbound-reply messages have
// the expected bodies (exactly, special characters included), num_media, to and from, and there are no others (so
// nothing for an empty <Response/>, and nothing for verbs after a <Redirect>); each <Redirect> was requested with its
// method at its URL (relative ones resolved against the SMS URL), with the message's parameters; the statusCallback
// and action (with method) given in TwiML receive the reply's status callbacks. Every request the sandbox made is also
// checked with twilio.validateRequest. Prints
//   twiml: N documents followed
// and exits 1 with every mismatch listed otherwise. The CLI argument is accepted for symmetry with the other checks.
import { Sandbox, TWIML_CONTENT_TYPE, Verdict, readSandboxInfo, require, startReceiver, waitFor } from './lib.mjs';

const [cli, infoFile] = process.argv.slice(2);
if (!cli || !infoFile) {
    process.stderr.write('usage: node twiml.mjs path/to/textbench-cli SANDBOX_INFO.json\n');
    process.exit(2);
}

const twilio = require('twilio');
const { MessagingResponse } = twilio.twiml;
const verdict = new Verdict('twiml');
const sandbox = new Sandbox(readSandboxInfo(infoFile));
const [N1, N2] = sandbox.numbers;
const show = JSON.stringify;

const CAT = 'https://example.com/photos/cat.jpg';
const DOG = 'https://example.com/dog.png?size=large&v=2';
const BIRD = 'https://example.org/media/caf%C3%A9.gif';
const SPECIAL = 'Ünïcödé “quotes” & <angle> \'apos\' "dq" 👋🏽🇫🇷 + 100% ~ # é\nsecond line\tand a tab';
const THIRD_PARTY = '+14155550199';

// Each document: name (also the inbound body), the TwiML (base: the receiver's origin), the replies it must produce
// (body, media, to: null for the sender, from: null for the number that received it), and what else to check.
const documents = [
    { name: 'plain',
        twiml: () => new MessagingResponse().message('Plain reply from twilio-node.'),
        replies: [{ body: 'Plain reply from twilio-node.', media: 0 }] },
    { name: 'body-and-media',
        twiml: () => {
            const r = new MessagingResponse();
            const m = r.message();
            m.body('A cat, as requested.');
            m.media(CAT);
            return r;
        },
        replies: [{ body: 'A cat, as requested.', media: 1 }] },
    { name: 'two-messages',
        twiml: () => {
            const r = new MessagingResponse();
            r.message('First of two.');
            r.message('Second of two.');
            return r;
        },
        replies: [{ body: 'First of two.', media: 0 }, { body: 'Second of two.', media: 0 }] },
    { name: 'to-and-from',
        twiml: () => new MessagingResponse().message({ to: THIRD_PARTY, from: N2.phone_number }, 'Forwarded to a third party.'),
        replies: [{ body: 'Forwarded to a third party.', media: 0, to: THIRD_PARTY, from: N2.phone_number }] },
    { name: 'status-callback',
        twiml: (base) => new MessagingResponse().message({ statusCallback: `${base}/status/tracked?doc=sc` },
            'Tracked with statusCallback.'),
        replies: [{ body: 'Tracked with statusCallback.', media: 0, callback: { path: '/status/tracked', method: 'POST' } }] },
    { name: 'action-get',
        // Relative: resolved against the SMS URL, as Twilio resolves TwiML URLs.
        twiml: () => new MessagingResponse().message({ action: '/status/action?doc=action', method: 'GET' },
            'Tracked with action and method GET.'),
        replies: [{ body: 'Tracked with action and method GET.', media: 0, callback: { path: '/status/action', method: 'GET' } }] },
    { name: 'redirect-get',
        twiml: (base) => {
            const r = new MessagingResponse();
            r.redirect({ method: 'GET' }, `${base}/second?from=redirect`);
            r.message('Never sent: after a <Redirect>.');
            return r;
        },
        redirect: { path: '/second', method: 'GET', query: 'from=redirect' },
        replies: [{ body: 'Reply from the document at /second.', media: 0 }] },
    { name: 'message-then-redirect-post',
        twiml: () => {
            const r = new MessagingResponse();
            r.message('Before the redirect.');
            r.redirect('second-post'); // relative, default method (POST)
            return r;
        },
        redirect: { path: '/second-post', method: 'POST', query: '' },
        replies: [{ body: 'Before the redirect.', media: 0 }, { body: 'Reply from the document at /second-post.', media: 0 }] },
    { name: 'empty',
        twiml: () => new MessagingResponse(),
        replies: [] },
    { name: 'special-characters',
        twiml: () => new MessagingResponse().message(SPECIAL),
        replies: [{ body: SPECIAL, media: 0 }] },
    { name: 'media-only',
        twiml: () => {
            const r = new MessagingResponse();
            const m = r.message();
            m.media(CAT);
            m.media(DOG);
            return r;
        },
        replies: [{ body: '', media: 2, mediaOnly: true }] },
    { name: 'body-three-media',
        twiml: () => {
            const r = new MessagingResponse();
            const m = r.message({});
            m.body('Three pictures & a caption.');
            for (const u of [CAT, DOG, BIRD]) m.media(u);
            return r;
        },
        replies: [{ body: 'Three pictures & a caption.', media: 3 }] },
    { name: 'explicit-defaults',
        // to= the sender and from= the number, written out: the same as the defaults.
        twiml: () => new MessagingResponse(), // filled in below, once the sender is known
        replies: [{ body: 'Defaults written out.', media: 0 }] },
];
const byName = new Map(documents.map((d, i) => [d.name, { ...d, sender: `+1415555${String(300 + i).padStart(4, '0')}` }]));
const explicit = byName.get('explicit-defaults');
explicit.twiml = () => new MessagingResponse().message({ to: explicit.sender, from: N1.phone_number }, 'Defaults written out.');

// The second documents, at the URLs the redirects point to.
const SECOND = {
    '/second': () => new MessagingResponse().message('Reply from the document at /second.'),
    '/second-post': () => new MessagingResponse().message('Reply from the document at /second-post.'),
};

let base;
const served = []; // [document name, TwiML text]
const receiver = await startReceiver({
    authToken: sandbox.authToken,
    answer: (r) => {
        if (r.path === '/sms') {
            const doc = byName.get(r.fields.Body);
            if (!doc) return [400, { 'Content-Type': 'text/plain' }, `no document named ${r.fields.Body}`];
            const text = doc.twiml(base).toString();
            served.push([doc.name, text]);
            return [200, TWIML_CONTENT_TYPE, text];
        }
        if (SECOND[r.path]) return [200, TWIML_CONTENT_TYPE, SECOND[r.path]().toString()];
        return [204, {}, '']; // status callbacks
    },
});
base = `http://127.0.0.1:${receiver.port}`;
const SMS_URL = `${base}/sms`;

// --- drive: one inbound message a document -------------------------------------------------------------------------

const inboundSid = new Map();
try {
    await sandbox.updateNumber(N1.sid, [['SmsUrl', SMS_URL], ['SmsMethod', 'POST']]);
    for (const doc of byName.values()) {
        const m = await sandbox.inbound([['From', doc.sender], ['To', N1.phone_number], ['Body', doc.name]]);
        inboundSid.set(doc.name, m.sid);
    }
} catch (e) {
    receiver.close();
    verdict.abort(`driving the sandbox failed: ${e.message}`);
}

// Done when every request has an outcome, every reply is final, and each tracked reply's delivered callback came.
const expectedReplies = [...byName.values()].reduce((n, d) => n + d.replies.length, 0);
const FINAL = new Set(['delivered', 'undelivered', 'failed']);
const settled = await waitFor(async () => {
    const events = await sandbox.webhookEvents();
    if (events.some((e) => e.outcome === 'pending')) return null;
    const replies = (await sandbox.messages()).filter((m) => m.direction === 'outbound-reply');
    if (replies.length < expectedReplies || replies.some((m) => !FINAL.has(m.status))) return null;
    const callbacks = receiver.requests.filter((r) => r.path.startsWith('/status/'));
    if (callbacks.filter((r) => r.fields.MessageStatus === 'delivered').length < 2) return null;
    return { events, replies };
}, 20_000);
// Without everything in 20 s, what did come is judged all the same (the list of mismatches says more than a timeout).
verdict.expect(settled, () => `the sandbox did not settle within 20 s: ${receiver.requests.length} requests at the `
    + `receiver (${show(receiver.requests.map((r) => `${r.method} ${r.path}`))})`);
// A little longer, so that a reply sent by mistake (after a <Redirect>, for an empty <Response/>) would show.
await new Promise((resolve) => setTimeout(resolve, 300));
const replies = (await sandbox.messages()).filter((m) => m.direction === 'outbound-reply');
const events = await sandbox.webhookEvents();

// --- judge ----------------------------------------------------------------------------------------------------------

verdict.equal(served.length, byName.size, 'documents served at the SMS URL');
const claimed = new Set();
for (const doc of byName.values()) {
    const what = `document "${doc.name}"`;
    const requestsOfDoc = receiver.requests.filter((r) => r.fields.MessageSid === inboundSid.get(doc.name));
    const first = requestsOfDoc.find((r) => r.path === '/sms');
    verdict.expect(first?.method === 'POST', `${what}: the SMS URL was not requested with POST`);

    const inboundEvents = events.filter((e) => e.message_sid === inboundSid.get(doc.name));
    for (const e of inboundEvents) {
        verdict.expect(e.outcome === 'delivered' && !e.error_code, () => `${what}: ${e.kind} ${e.method} ${e.url} `
            + `ended ${e.outcome} ${e.error_code ?? ''} ${e.explanation ?? ''}`);
    }

    if (doc.redirect) {
        const followed = requestsOfDoc.filter((r) => r.path === doc.redirect.path);
        if (verdict.expect(followed.length === 1, () => `${what}: ${followed.length} requests of ${doc.redirect.path}, expected 1`)) {
            const r = followed[0];
            verdict.equal(r.method, doc.redirect.method, `${what}: the method of the <Redirect> request`);
            verdict.equal(r.fields.From, doc.sender, `${what}: From in the <Redirect> request's parameters`);
            verdict.equal(r.fields.Body, doc.name, `${what}: Body in the <Redirect> request's parameters`);
            if (doc.redirect.query) {
                verdict.expect(r.rawQuery === doc.redirect.query || r.rawQuery.startsWith(`${doc.redirect.query}&`),
                    `${what}: the <Redirect> URL's own query ${doc.redirect.query} is not first in ${r.rawQuery}`);
            }
            const ev = inboundEvents.find((e) => e.kind === 'redirect');
            verdict.expect(ev?.method === doc.redirect.method, () => `${what}: WebhookEvents has no redirect event with `
                + `method ${doc.redirect.method}: ${show(inboundEvents.map((e) => [e.kind, e.method, e.url]))}`);
        }
    } else {
        verdict.equal(requestsOfDoc.length, 1, `${what}: requests for the inbound message`);
    }

    for (const want of doc.replies) {
        const to = want.to ?? doc.sender;
        const from = want.from ?? N1.phone_number;
        const m = replies.find((x) => !claimed.has(x.sid) && x.body === want.body && x.to === to);
        if (!verdict.expect(m, () => `${what}: no outbound-reply to ${to} with body ${show(want.body)}`)) continue;
        claimed.add(m.sid);
        verdict.equal(m.from, from, `${what}: from of the reply ${show(want.body)}`);
        verdict.equal(m.num_media, String(want.media), `${what}: num_media of the reply ${show(want.body)}`);
        verdict.expect(m.sid.startsWith(want.media ? 'MM' : 'SM'), `${what}: the reply's SID ${m.sid} (media ${want.media})`);
        verdict.equal(m.status, 'delivered', `${what}: status of the reply ${show(want.body)}`);
        if (want.callback) {
            const cbs = receiver.requests.filter((r) => r.path === want.callback.path && r.fields.MessageSid === m.sid);
            verdict.expect(cbs.length > 0, `${what}: no status callback of ${m.sid} at ${want.callback.path}`);
            verdict.expect(cbs.every((r) => r.method === want.callback.method), () => `${what}: status callbacks with `
                + `${show(cbs.map((r) => r.method))}, expected ${want.callback.method}`);
            const statuses = cbs.map((r) => r.fields.MessageStatus);
            verdict.equal(show([...statuses].sort()), show(['delivered', 'sending', 'sent']),
                `${what}: statuses called back for ${m.sid}`);
            for (const r of cbs) {
                verdict.equal(r.fields.To, to, `${what}: To in a status callback`);
                verdict.equal(r.fields.From, from, `${what}: From in a status callback`);
            }
        }
    }
}
const stray = replies.filter((m) => !claimed.has(m.sid));
verdict.expect(stray.length === 0, () => `replies no document asked for: ${show(stray.map((m) => [m.to, m.body]))}`);
const emptySender = byName.get('empty').sender;
verdict.expect(!replies.some((m) => m.to === emptySender), 'a reply was sent for an empty <Response/>');
verdict.expect(!replies.some((m) => m.body.startsWith('Never sent')), 'a <Message> after a <Redirect> was sent');

// Status callbacks with no reply to belong to.
const callbacks = receiver.requests.filter((r) => r.path.startsWith('/status/'));
verdict.expect(callbacks.every((r) => claimed.has(r.fields.MessageSid)), () => `status callbacks for messages no `
    + `document tracked: ${show(callbacks.filter((r) => !claimed.has(r.fields.MessageSid)).map((r) => r.url))}`);

// And every request was signed, as an app checks it.
for (const r of receiver.requests) {
    verdict.expect(r.valid, `${r.method} ${r.url}: twilio.validateRequest says the signature ${r.signature} is invalid`);
}

receiver.close();
verdict.finish(`twiml: ${byName.size} documents followed (${replies.length} replies, ${receiver.requests.length} `
    + 'requests, all validated by twilio-node)');
