// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark peer (prints figures; not a test): Twilio's official Node.js library (npm `twilio`) doing what
// bench_client does, against the same loopback server. Run by tests/bench/run.mjs; prints one JSON object.
//
//   node --expose-gc bench.mjs NODE_MODULES_DIR creates BASE ACCOUNT TOKEN N IN_FLIGHT
//   node --expose-gc bench.mjs NODE_MODULES_DIR log BASE ACCOUNT TOKEN TOTAL PAGE_SIZE
//   node bench.mjs NODE_MODULES_DIR print BASE ACCOUNT TOKEN TOTAL PAGE_SIZE
// creates: client.messages.create(), IN_FLIGHT at a time; log: client.messages.list({ pageSize, limit }), which
// follows next_page_uri and keeps every MessageInstance, as a program that shows the log would; print:
// client.messages.each(), each message written to stdout as a JSON line as it comes (what a script would write with
// the library to do what `textbench-cli messages list -o ndjson` does).
import { createRequire } from 'node:module';
import path from 'node:path';
import { performance } from 'node:perf_hooks';

const [dir, mode, base, account, token, a, b] = process.argv.slice(2);
const require = createRequire(path.join(dir, 'package.json'));
const twilio = require('twilio');

const client = twilio(account, token);
client.api.baseUrl = base; // the library's own hook for another API host

function print(o) {
    process.stdout.write(JSON.stringify(o) + '\n');
}

// The same measure as bench_client's: the largest gap between ticks of a 1 ms timer.
function stallMeter() {
    let last = performance.now();
    let longest = 0;
    const timer = setInterval(() => {
        const now = performance.now();
        longest = Math.max(longest, now - last);
        last = now;
    }, 1);
    return () => {
        clearInterval(timer);
        return Math.max(longest, performance.now() - last);
    };
}

function heap() {
    global.gc();
    const m = process.memoryUsage();
    return m.heapUsed + m.external + m.arrayBuffers;
}

if (mode === 'creates') {
    const n = Number(a);
    const inFlight = Number(b);
    let started = 0;
    let finished = 0;
    let failed = 0;
    const kept = [];
    const t0 = performance.now();
    await new Promise((resolve) => {
        const next = () => {
            if (started >= n) return;
            started++;
            client.messages
                .create({ to: '+14155552671', from: '+15005550006', body: 'Hello from the benchmark' })
                .then((m) => kept.push(m), () => failed++)
                .finally(() => (++finished === n ? resolve() : next()));
        };
        for (let i = 0; i < inFlight && i < n; i++) next();
    });
    print({ seconds: (performance.now() - t0) / 1000, failed, messages: kept.length });
} else if (mode === 'log') {
    const total = Number(a);
    const pageSize = Number(b);
    await new Promise((r) => setTimeout(r, 200));
    const before = heap();
    const stop = stallMeter();
    const t0 = performance.now();
    let messages = [];
    let failed = 0;
    try {
        messages = await client.messages.list({ pageSize, limit: total });
    } catch (e) {
        failed = 1;
        process.stderr.write(`bench.mjs: ${e}\n`);
    }
    const seconds = (performance.now() - t0) / 1000;
    const longest = stop();
    const retained = heap() - before;
    print({
        seconds,
        messages: messages.length,
        failed,
        peak_rss_kib: process.resourceUsage().maxRSS,
        bytes_per_message: messages.length ? retained / messages.length : 0,
        longest_stall_ms: longest,
    });
} else if (mode === 'print') {
    const total = Number(a);
    const pageSize = Number(b);
    await new Promise((resolve, reject) => {
        client.messages.each({
            pageSize,
            limit: total,
            callback: (m) => process.stdout.write(JSON.stringify(m.toJSON()) + '\n'),
            done: (error) => (error ? reject(error) : resolve()),
        });
    });
} else {
    process.stderr.write('usage: bench.mjs NODE_MODULES_DIR creates|log|print BASE ACCOUNT TOKEN A B\n');
    process.exit(2);
}
