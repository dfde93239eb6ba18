// SPDX-License-Identifier: GPL-3.0-or-later
// Shared by the drivers that judge HTTP exchanges by what Prism (proxy mode, --errors) said about them
// (../prism/drive.mjs, ../webhooks/prism-drive.mjs): waiting for Prism, the pass-through tap that records Prism's
// verdicts, and the loop that runs a driver's operations and prints PASS/FAIL lines and the summary.
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
// textbench-cli does not show response headers, so the clients talk to a small pass-through tap in the driver's
// process that forwards every request to Prism byte for byte and records each answer's status, sl-violations header
// and problem+json body. An operation passes when its own checks pass, at least one request went through, and no
// exchange carries a violation of any severity.
import { createServer, request as httpRequest } from 'node:http';
import { readBody } from './http.mjs';

// --- wait until Prism answers (any HTTP answer will do), time-boxed -----------------------------------------------

/// prism: Prism's URL, a string or a URL (the error message shows it as given).
export async function waitForPrism(prism, deadlineMs) {
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
    throw new Error(`Prism at ${prism} did not answer within ${deadlineMs / 1000} s (${lastError?.cause?.code ?? lastError?.message})`);
}

// --- the tap -----------------------------------------------------------------------------------------------------

const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'transfer-encoding', 'content-length']);

/// The tap, on a free port of 127.0.0.1 once listen() has resolved (then url is its base URL). route(target) gives
/// the Prism a request goes to: { prism: its URL object, spec: a name for it in the verdicts, or undefined when there
/// is only one }. exchanges: one record per request since the driver last replaced the array:
/// { spec, method, url, status, violations (the sl-violations header's), problem (a problem+json body),
/// json (any other JSON body) }.
export class Tap {
    constructor(route) {
        this.exchanges = [];
        this.url = null;
        this.server = createServer((req, res) => readBody(req, (body) => this.#forward(route, req, body, res)));
    }

    listen() {
        return new Promise((resolve, reject) => {
            this.server.once('error', reject);
            this.server.listen(0, '127.0.0.1', () => {
                this.url = `http://127.0.0.1:${this.server.address().port}`;
                resolve();
            });
        });
    }

    close() {
        this.server.close();
    }

    #forward(route, req, body, res) {
        const { prism, spec } = route(req.url);
        const headers = {};
        for (let i = 0; i < req.rawHeaders.length; i += 2) {
            const name = req.rawHeaders[i];
            if (name.toLowerCase() === 'host') continue;
            headers[name] = req.rawHeaders[i + 1];
        }
        headers.Host = prism.host;
        const exchange = { spec, method: req.method, url: req.url, status: 0, violations: [], problem: null, json: null };
        this.exchanges.push(exchange);
        const upstream = httpRequest({ host: prism.hostname, port: prism.port, method: req.method, path: req.url,
            headers, timeout: 20_000 }, (up) => readBody(up, (answer) => {
            exchange.status = up.statusCode;
            const sl = up.headers['sl-violations'];
            if (sl) {
                try {
                    exchange.violations = JSON.parse(sl);
                } catch {
                    exchange.violations = [{ location: [], severity: '?', message: sl }];
                }
            }
            const type = up.headers['content-type'] ?? '';
            if (type.startsWith('application/problem+json')) {
                try {
                    exchange.problem = JSON.parse(answer.toString('utf8'));
                } catch {
                    exchange.problem = { title: answer.toString('utf8') };
                }
            } else if (type.startsWith('application/json')) {
                try {
                    exchange.json = JSON.parse(answer.toString('utf8'));
                } catch {
                    // left null
                }
            }
            const out = {};
            for (let i = 0; i < up.rawHeaders.length; i += 2) {
                if (!HOP_BY_HOP.has(up.rawHeaders[i].toLowerCase())) out[up.rawHeaders[i]] = up.rawHeaders[i + 1];
            }
            out['Content-Length'] = answer.length;
            res.writeHead(up.statusCode, up.statusMessage, out);
            res.end(answer);
        }));
        upstream.on('timeout', () => upstream.destroy(new Error('Prism did not answer within 20 s')));
        upstream.on('error', (e) => {
            exchange.problem = { title: `tap: ${e.message}` };
            if (!res.headersSent) res.writeHead(502, { 'Content-Type': 'text/plain' });
            res.end(`tap: ${e.message}\n`);
        });
        upstream.end(body);
    }
}

// --- checks ------------------------------------------------------------------------------------------------------

export class CheckFailed extends Error {}

/// Fails the running operation with message (a string, or a function that makes it only when it is needed).
export const expect = (condition, message) => {
    if (!condition) throw new CheckFailed(typeof message === 'function' ? message() : message);
};

/// need(...keys) for operations that work on what earlier ones left in state: without it they fail without running
/// (and are not blamed for sending no request).
export const needIn = (state) => (...keys) => {
    for (const key of keys) expect(state[key], `not run: it needs state.${key}, which an earlier operation did not give`);
};

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

/// Waits for each of prisms (their URLs) to answer, starts the tap, prints banner(tap.url) as a line, then runs each
/// [name, run] of operations with an empty tap.exchanges and prints PASS or FAIL with the problems: the failed check
/// or error, no request through the tap, every exchange with a violation. Then closes the tap, calls done(), prints
///   LABEL: N operations, N passed, N failed
/// (after a line naming the failed operations, if any) and exits, 1 on any failure.
export async function driveOperations({ label, prisms, tap, banner, operations, done = () => {} }) {
    let passed = 0;
    let failed = 0;
    const failures = [];
    try {
        for (const prism of prisms) await waitForPrism(prism, 30_000);
        await tap.listen();
        process.stdout.write(`${banner(tap.url)}\n`);
        for (const [name, run] of operations) {
            tap.exchanges = [];
            const problems = [];
            try {
                await run();
            } catch (e) {
                problems.push(e instanceof CheckFailed ? e.message : `unexpected: ${e.stack ?? e}`);
            }
            const seen = tap.exchanges;
            if (seen.length === 0 && !problems.some((p) => p.startsWith('not run'))) problems.push('no request reached Prism');
            for (const e of seen) {
                const v = violationsOf(e);
                const spec = e.spec === undefined ? '' : ` (${e.spec})`;
                if (v.length) problems.push(`${e.method} ${e.url}${spec} -> ${e.status}: violations:\n       ${v.join('\n       ')}`);
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
    done();

    const total = passed + failed;
    if (failed) process.stdout.write(`${label}: failed: ${failures.join('; ')}\n`);
    process.stdout.write(`${label}: ${total} operations, ${passed} passed, ${failed} failed\n`);
    process.exit(failed ? 1 : 0);
}
