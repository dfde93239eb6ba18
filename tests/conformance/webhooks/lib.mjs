// SPDX-License-Identifier: GPL-3.0-or-later
// Shared by the webhook conformance checks (signatures.mjs, twiml.mjs, prism-drive.mjs): the sandbox's REST API, a
// receiver (the "app" the sandbox calls, on loopback) that checks every request with twilio-node's validateRequest,
// polling with a deadline, and a list of failures that ends the check with a clear message and exit 1.
//
// twilio is resolved from the working directory: run.sh runs the checks from the directory npm-install.sh prints.
import { createRequire } from 'node:module';
import { readBody, splitTarget } from '../common/http.mjs';
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const require = createRequire(join(process.cwd(), 'webhooks-conformance.cjs'));

// --- failures ----------------------------------------------------------------------------------------------------

/// Collects failed expectations; finish() prints them and exits 1 when there is any.
export class Verdict {
    constructor(name) {
        this.name = name;
        this.failures = [];
        this.checks = 0;
    }

    expect(condition, message) {
        ++this.checks;
        if (!condition) this.failures.push(typeof message === 'function' ? message() : message);
        return Boolean(condition);
    }

    equal(actual, expected, what) {
        return this.expect(actual === expected,
            () => `${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
    }

    /// Prints the failures (or the summary) and exits.
    finish(summary) {
        if (this.failures.length) {
            process.stdout.write(`${this.name}: FAILED, ${this.failures.length} of ${this.checks} checks:\n`);
            for (const f of this.failures) process.stdout.write(`  - ${f}\n`);
            process.exit(1);
        }
        process.stdout.write(`${summary}\n`);
        process.exit(0);
    }

    /// An error that stops the check at once (setup failed, a deadline passed).
    abort(message) {
        this.failures.push(message);
        this.finish('');
    }
}

// --- the sandbox -------------------------------------------------------------------------------------------------

export function readSandboxInfo(file) {
    return JSON.parse(readFileSync(file, 'utf8').split('\n')[0]);
}

/// The sandbox's REST API, with its own credentials (HTTP Basic).
export class Sandbox {
    constructor(info) {
        this.info = info;
        this.base = info.base_url;
        this.accountSid = info.account_sid;
        this.authToken = info.auth_token;
        this.numbers = info.phone_numbers;
        this.messagingServiceSid = info.messaging_service_sid;
        this.authorization = `Basic ${Buffer.from(`${info.account_sid}:${info.auth_token}`).toString('base64')}`;
    }

    /// path: absolute (/v1/Alerts) or relative to the account (/Messages.json). form: pairs, for a POST.
    async call(method, path, form = null) {
        const url = new URL(path.startsWith('/v1/') || path.startsWith('/2010-04-01/') ? path
            : `/2010-04-01/Accounts/${this.accountSid}${path}`, this.base);
        const headers = { Authorization: this.authorization, Accept: 'application/json' };
        let body;
        if (form) {
            headers['Content-Type'] = 'application/x-www-form-urlencoded';
            body = new URLSearchParams(form).toString();
        }
        const response = await fetch(url, { method, headers, body, signal: AbortSignal.timeout(10_000) });
        const text = await response.text();
        let json = null;
        try {
            json = text ? JSON.parse(text) : null;
        } catch {
            // left null
        }
        return { status: response.status, json, text };
    }

    /// The same, and the JSON when the status is the expected one; otherwise an Error with the sandbox's answer.
    async ok(method, path, form = null, expected = 200) {
        const r = await this.call(method, path, form);
        if (r.status !== expected)
            throw new Error(`${method} ${path} answered ${r.status}, not ${expected}: ${r.text.slice(0, 400)}`);
        return r.json;
    }

    sendMessage(form) {
        return this.ok('POST', '/Messages.json', form, 201);
    }

    inbound(form) {
        return this.ok('POST', '/Textbench/InboundMessages.json', form, 201);
    }

    updateNumber(sid, form) {
        return this.ok('POST', `/IncomingPhoneNumbers/${sid}.json`, form, 200);
    }

    async webhookEvents() {
        return (await this.ok('GET', '/Textbench/WebhookEvents.json?PageSize=1000')).webhook_events;
    }

    async messages() {
        return (await this.ok('GET', '/Messages.json?PageSize=1000')).messages;
    }
}

// --- polling -----------------------------------------------------------------------------------------------------

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/// Calls probe() every 50 ms until it returns something truthy; null when the deadline passes.
export async function waitFor(probe, ms) {
    const end = Date.now() + ms;
    for (;;) {
        const value = await probe();
        if (value) return value;
        if (Date.now() > end) return null;
        await sleep(50);
    }
}

// --- the receiver ------------------------------------------------------------------------------------------------

/// A form body or query string as an app's body parser gives it: decoded, a repeated name becomes an array.
export function formObject(pairs) {
    const o = {};
    for (const [k, v] of pairs) {
        if (o[k] === undefined) o[k] = v;
        else o[k] = [].concat(o[k], v);
    }
    return o;
}

/// What twilio-node's getExpectedTwilioSignature signs: the URL, then each parameter's name and value, sorted.
export function stringToSign(url, params) {
    let data = url;
    for (const key of Object.keys(params).sort()) {
        const values = Array.isArray(params[key]) ? [...new Set(params[key])].sort() : [params[key]];
        for (const value of values) data += key + value;
    }
    return data;
}

/// Whether the receiver's request r was made at the configured URL: its host (and port), path and query, byte for byte.
export function sameUrl(r, configured) {
    const c = new URL(configured);
    return r.host === c.host && r.path === c.pathname && r.rawQuery === c.search.slice(1);
}

/// An HTTP server on 127.0.0.1 (and ::1 on the same port, so that http://localhost:PORT works whichever address the
/// sandbox picks) that records every request and checks its X-Twilio-Signature the way an app does: the URL rebuilt
/// from the Host header, the path and the query; for a POST the decoded form, for a GET no parameters.
/// answer(request) gives [status, headers, body]; without one: 204.
export async function startReceiver({ authToken, answer = () => null }) {
    const twilio = require('twilio');
    const requests = [];
    const handler = (req, res) => {
        readBody(req, (bytes) => {
            const body = bytes.toString('utf8');
            const [path, query] = splitTarget(req.url);
            const rawQuery = query ?? '';
            const url = `http://${req.headers.host}${req.url}`;
            const isForm = req.method === 'POST';
            const pairs = [...new URLSearchParams(isForm ? body : rawQuery)];
            const params = isForm ? formObject(pairs) : {};
            const signature = req.headers['x-twilio-signature'];
            const r = {
                method: req.method, url, host: req.headers.host, path, rawQuery, headers: req.headers, body,
                pairs, fields: formObject(pairs), params, signature,
                token: req.headers['i-twilio-idempotency-token'],
                valid: twilio.validateRequest(authToken, signature ?? '', url, params),
                exact: signature === twilio.getExpectedTwilioSignature(authToken, url, params),
                signed: stringToSign(url, params),
                localAddress: req.socket.localAddress,
            };
            requests.push(r);
            let status = 204;
            let headers = {};
            let text = '';
            try {
                const a = answer(r);
                if (a) [status, headers, text] = a;
            } catch (e) {
                status = 599;
                text = `receiver: ${e.stack ?? e}`;
            }
            res.writeHead(status, { ...headers, 'Content-Length': Buffer.byteLength(text) });
            res.end(text);
        });
    };
    const servers = [createServer(handler)];
    await new Promise((resolve, reject) => {
        servers[0].once('error', reject);
        servers[0].listen(0, '127.0.0.1', resolve);
    });
    const port = servers[0].address().port;
    const v6 = createServer(handler);
    const v6Listening = await new Promise((resolve) => {
        v6.once('error', () => resolve(false)); // no IPv6 here, or the port is taken on ::1: 127.0.0.1 only
        v6.listen(port, '::1', () => resolve(true));
    });
    if (v6Listening) servers.push(v6);
    return {
        port,
        requests,
        close: () => {
            for (const s of servers) {
                s.closeAllConnections?.();
                s.close();
            }
        },
    };
}

export const TWIML_CONTENT_TYPE = { 'Content-Type': 'text/xml; charset=utf-8' };
