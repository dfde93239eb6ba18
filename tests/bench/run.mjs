// SPDX-License-Identifier: GPL-3.0-or-later
// The benchmark driver (run it through tests/bench/run.sh, which builds and installs what it needs): runs Textbench
// and its peers side by side, in one run, against the same loopback fixture server (bench_server), several times
// per row, and prints one table of medians with the ratios the targets are stated in.
//
//   node tests/bench/run.mjs --bin BUILD/bin --node-modules DIR [--runs N] [--json FILE] [--quick]
//
// Each figure is the median of N runs (start-up: 2N), each run a fresh process, after one warm-up run that is
// thrown away; in the create and log rows the clients take turns run by run. Processes are timed from spawn to exit, except the window: from spawn to the line `textbench
// --self-test` prints once the window is shown and its first profile is in force.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const opt = (name, fallback) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : fallback;
};
const bin = path.resolve(opt('--bin', 'build/ci/bin'));
const nodeModules = path.resolve(opt('--node-modules', ''), 'node_modules');
const quick = args.includes('--quick');
const runs = Number(opt('--runs', quick ? 3 : 5));
const jsonOut = opt('--json', '');
const creates = quick ? 200 : 1000;
const logTotal = quick ? 10_000 : 100_000;
const pageSize = 1000;

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'textbench-bench-'));
process.on('exit', () => fs.rmSync(scratch, { recursive: true, force: true }));

function die(message) {
    process.stderr.write(`bench: ${message}\n`);
    process.exit(1);
}

for (const f of ['textbench', 'textbench-cli', 'bench_server', 'bench_client'])
    if (!fs.existsSync(path.join(bin, f))) die(`${path.join(bin, f)} is missing: build the ci preset first (tests/bench/run.sh does).`);
const twilioCli = path.join(nodeModules, '.bin', 'twilio');
if (!fs.existsSync(twilioCli) || !fs.existsSync(path.join(nodeModules, 'twilio')))
    die(`${nodeModules} has no twilio-cli or twilio package (tests/bench/run.sh installs them).`);

const median = (xs) => {
    const s = [...xs].sort((a, b) => a - b);
    const m = s.length >> 1;
    return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

// Runs a command to its end (or, with `until`, to the first stdout line matching it); returns seconds and output.
// With `discard`, stdout is counted, not kept (a list of 100,000 messages), and `firstLineNs` is when its first line
// came, on CLOCK_MONOTONIC.
function timed(cmd, argv, { env = {}, until = null, timeoutMs = 120_000, discard = false } = {}) {
    return new Promise((resolve, reject) => {
        const t0 = performance.now();
        const child = spawn(cmd, argv, { env: { ...baseEnv, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
        let out = '';
        let err = '';
        let seconds = null;
        let lines = 0;
        let firstLineNs = null;
        const timer = setTimeout(() => {
            child.kill('SIGKILL');
            reject(new Error(`${path.basename(cmd)} ${argv.join(' ')}: no end within ${timeoutMs / 1000} s`));
        }, timeoutMs);
        child.stdout.on('data', (d) => {
            if (discard) {
                if (firstLineNs === null && d.includes(10)) firstLineNs = process.hrtime.bigint();
                for (let i = d.indexOf(10); i >= 0; i = d.indexOf(10, i + 1)) lines++;
                return;
            }
            out += d;
            if (until && seconds === null && until.test(out)) seconds = (performance.now() - t0) / 1000;
        });
        child.stderr.on('data', (d) => (err += d));
        child.on('error', (e) => {
            clearTimeout(timer);
            reject(e);
        });
        child.on('close', (code) => {
            clearTimeout(timer);
            const total = (performance.now() - t0) / 1000;
            if (code !== 0)
                reject(new Error(`${path.basename(cmd)} ${argv.join(' ')} exited ${code}: ${(err || out).slice(-600)}`));
            else if (until && seconds === null) reject(new Error(`${path.basename(cmd)} never printed ${until}`));
            else resolve({ seconds: seconds ?? total, out, err, lines, firstLineNs });
        });
    });
}

async function repeat(n, fn) {
    await fn(); // warm-up: page cache, connections, JIT
    const results = [];
    for (let i = 0; i < n; i++) results.push(await fn());
    return results;
}

// What every process gets: no user configuration, no proxies, English, our loopback only.
const home = path.join(scratch, 'home');
fs.mkdirSync(home);
const baseEnv = {
    ...process.env,
    HOME: home,
    XDG_CONFIG_HOME: path.join(scratch, 'config'),
    XDG_CACHE_HOME: path.join(scratch, 'cache'),
    LC_ALL: 'C.UTF-8',
    LANGUAGE: '',
    QT_QPA_PLATFORM: 'offscreen',
    PATH: `${path.join(nodeModules, '.bin')}:${process.env.PATH}`,
    TWILIO_SKIP_NEW_VERSION_CHECK: 'true', // twilio-cli would otherwise spawn an update check in the background
};
for (const k of ['HTTP_PROXY', 'HTTPS_PROXY', 'http_proxy', 'https_proxy', 'ALL_PROXY', 'NODE_OPTIONS'])
    delete baseEnv[k];
for (const k of Object.keys(baseEnv)) if (k.startsWith('TWILIO_') && k !== 'TWILIO_SKIP_NEW_VERSION_CHECK') delete baseEnv[k];

// The fixture server, one process for the whole run.
const server = spawn(path.join(bin, 'bench_server'), ['--messages', String(logTotal)], { stdio: ['ignore', 'pipe', 'inherit'] });
process.on('exit', () => server.kill());
const fixture = await new Promise((resolve, reject) => {
    let buf = '';
    server.stdout.on('data', (d) => {
        buf += d;
        if (buf.includes('\n')) resolve(JSON.parse(buf.split('\n')[0]));
    });
    server.on('exit', (code) => reject(new Error(`bench_server exited ${code}`)));
});
const { base_url: base, account_sid: account, auth_token: token } = fixture;
// When the server last finished writing a list's first page (CLOCK_MONOTONIC ns): see bench_server.cpp.
let firstPageWrittenNs = null;
{
    let rest = '';
    server.stdout.on('data', (d) => {
        const lines = (rest + d).split('\n');
        rest = lines.pop();
        for (const line of lines) {
            const m = line.match(/"first_page_written_ns": (\d+)/);
            if (m) firstPageWrittenNs = BigInt(m[1]);
        }
    });
}
const creds = { TWILIO_ACCOUNT_SID: account, TWILIO_AUTH_TOKEN: token };
const sid = 'SM' + '0'.repeat(31) + '1';
const progress = (s) => process.stderr.write(`bench: ${s}\n`);

// --- start-up ---------------------------------------------------------------------------------------------------
const startupRuns = runs * 2;
const startup = {};
const startupRow = async (key, cmd, argv, options) => {
    progress(`start-up: ${key} (${startupRuns} runs)`);
    startup[key] = median((await repeat(startupRuns, () => timed(cmd, argv, options))).map((r) => r.seconds));
};
await startupRow('window', path.join(bin, 'textbench'), ['--self-test'], { until: /window ".*" shown/ });
await startupRow('cliFetch', path.join(bin, 'textbench-cli'), ['messages', 'fetch', '--sid', sid, '--base-url', base], {
    env: creds,
});
await startupRow('twilioVersion', twilioCli, ['--version'], {});
await startupRow('twilioFetch', twilioCli, ['api:core:messages:fetch', '--sid', sid], {
    env: { ...creds, NODE_OPTIONS: `--require ${path.join(here, 'node', 'loopback.cjs')}`, TEXTBENCH_BENCH_BASE: base },
});
await startupRow('nodeNothing', process.execPath, ['-e', '0'], {});

// --- creates ----------------------------------------------------------------------------------------------------
const curlConfig = path.join(scratch, 'curl.conf');
{
    // One curl process for all requests (connections reused), the secret in a file, never an argument.
    const one = [
        `url = "${base}/2010-04-01/Accounts/${account}/Messages.json"`,
        `user = "${account}:${token}"`,
        'data = "To=%2B14155552671&From=%2B15005550006&Body=Hello%20from%20the%20benchmark"',
        'output = "/dev/null"',
        'silent',
        'fail',
    ].join('\n');
    fs.writeFileSync(curlConfig, Array(creates).fill(one).join('\nnext\n') + '\n', { mode: 0o600 });
}
const createClients = {
    core: (k) => ['bench', path.join(bin, 'bench_client'), ['creates', '--client', 'core', '--base', base, '--account', account, '--token', token, '--n', String(creates), '--in-flight', String(k)]],
    qnam: (k) => ['bench', path.join(bin, 'bench_client'), ['creates', '--client', 'qnam', '--base', base, '--account', account, '--token', token, '--n', String(creates), '--in-flight', String(k)]],
    node: (k) => ['bench', process.execPath, ['--expose-gc', path.join(here, 'node', 'bench.mjs'), path.dirname(nodeModules), 'creates', base, account, token, String(creates), String(k)]],
    curl: (k) => ['process', 'curl', k > 1 ? ['--parallel', '--parallel-max', String(k), '--config', curlConfig] : ['--config', curlConfig]],
};
// Clients take turns, run by run (the order rotating), so that a slower minute of the machine weighs on all of them.
async function interleaved(n, clients, measure) {
    const names = Object.keys(clients);
    const results = Object.fromEntries(names.map((name) => [name, []]));
    for (const name of names) await measure(name); // warm-up
    for (let run = 0; run < n; run++) {
        for (let i = 0; i < names.length; i++) {
            const name = names[(run + i) % names.length];
            results[name].push(await measure(name));
        }
    }
    return results;
}

const createTimes = Object.fromEntries(Object.keys(createClients).map((name) => [name, {}]));
for (const k of [1, 8]) {
    progress(`${creates} creates, ${k} in flight: ${Object.keys(createClients).join(', ')} in turn (${runs} runs)`);
    const results = await interleaved(runs, createClients, async (name) => {
        const [kind, cmd, argv] = createClients[name](k);
        const r = await timed(cmd, argv);
        if (kind === 'process') return r.seconds; // curl: the whole process (its start-up is a few ms)
        const o = JSON.parse(r.out.trim().split('\n').pop());
        if (o.failed) throw new Error(`${name}: ${o.failed} creates failed`);
        return o.seconds;
    });
    for (const [name, times] of Object.entries(results)) createTimes[name][k] = median(times);
}

// --- the 100k log -----------------------------------------------------------------------------------------------
const logClients = {
    window: [path.join(bin, 'bench_client'), ['log', '--client', 'window', '--base', base, '--account', account, '--token', token, '--total', String(logTotal), '--page-size', String(pageSize)]],
    qnam: [path.join(bin, 'bench_client'), ['log', '--client', 'qnam', '--base', base, '--account', account, '--token', token, '--total', String(logTotal), '--page-size', String(pageSize)]],
    node: [process.execPath, ['--expose-gc', '--max-old-space-size=4096', path.join(here, 'node', 'bench.mjs'), path.dirname(nodeModules), 'log', base, account, token, String(logTotal), String(pageSize)]],
};
const logRuns = runs;
const log = {};
progress(`${logTotal} messages in pages of ${pageSize}: ${Object.keys(logClients).join(', ')} in turn (${logRuns} runs)`);
const logResults = await interleaved(logRuns, logClients, async (name) => {
    const [cmd, argv] = logClients[name];
    const o = JSON.parse((await timed(cmd, argv, { timeoutMs: 600_000 })).out.trim().split('\n').pop());
    if (o.failed || o.messages !== logTotal) throw new Error(`${name}: loaded ${o.messages} of ${logTotal} messages`);
    return o;
});
for (const [name, results] of Object.entries(logResults))
    log[name] = Object.fromEntries(Object.keys(results[0]).map((k) => [k, median(results.map((r) => r[k]))]));

// --- textbench-cli at scale: the list streamed to a pipe -------------------------------------------------------
// Each client lists the same messages in pages of 1000 and writes them to its stdout (a pipe this script counts
// lines from), under GNU time for its peak RSS. textbench-cli also at a tenth of the count: its memory must not grow
// with it.
const pagesConfig = path.join(scratch, 'pages.conf');
{
    const pages = Math.ceil(logTotal / pageSize);
    const lines = [`user = "${account}:${token}"`, 'silent', 'fail'];
    for (let p = 0; p < pages; p++) lines.push(`url = "${base}/2010-04-01/Accounts/${account}/Messages.json?PageSize=${pageSize}&Page=${p}"`);
    fs.writeFileSync(pagesConfig, lines.join('\n') + '\n', { mode: 0o600 });
}
const cli = path.join(bin, 'textbench-cli');
const cliList = (n, format) => [cli, ['messages', 'list', '--page-size', String(pageSize), '--limit', String(n), ...format, '--base-url', base], creds];
const streamClients = {
    json: cliList(logTotal, ['--json']),
    ndjson: cliList(logTotal, ['-o', 'ndjson']),
    json10: cliList(logTotal / 10, ['--json']),
    twilio: [twilioCli, ['api:core:messages:list', '--limit', String(logTotal), '--page-size', String(pageSize), '-o', 'json'],
        { ...creds, NODE_OPTIONS: `--require ${path.join(here, 'node', 'loopback.cjs')}`, TEXTBENCH_BENCH_BASE: base }],
    node: [process.execPath, [path.join(here, 'node', 'bench.mjs'), path.dirname(nodeModules), 'print', base, account, token, String(logTotal), String(pageSize)], {}],
    curl: ['curl', ['--config', pagesConfig], {}],
};
const streamRuns = Math.max(3, runs - 2);
progress(`${logTotal} messages to a pipe: ${Object.keys(streamClients).join(', ')} in turn (${streamRuns} runs)`);
const rssFile = path.join(scratch, 'rss');
const streamResults = await interleaved(streamRuns, streamClients, async (name) => {
    const [cmd, argv, env] = streamClients[name];
    const r = await timed('/usr/bin/time', ['-f', '%M', '-o', rssFile, cmd, ...argv], { env, discard: true, timeoutMs: 600_000 });
    const expected = name === 'json10' ? logTotal / 10 : logTotal;
    // JSON arrays: a line per field, at least; NDJSON: a line a message; curl: the raw pages.
    if (name !== 'curl' && r.lines < expected) throw new Error(`${name}: ${r.lines} lines for ${expected} messages`);
    const firstLineMs = r.firstLineNs !== null && firstPageWrittenNs !== null ? Number(r.firstLineNs - firstPageWrittenNs) / 1e6 : NaN;
    return { seconds: r.seconds, peak_rss_kib: Number(fs.readFileSync(rssFile, 'utf8').trim().split('\n').pop()), first_line_ms: firstLineMs };
});
const stream = {};
for (const [name, results] of Object.entries(streamResults))
    stream[name] = Object.fromEntries(Object.keys(results[0]).map((k) => [k, median(results.map((r) => r[k]))]));

// --- the table --------------------------------------------------------------------------------------------------
const version = (cmd, argv, re) => {
    const r = spawnSync(cmd, argv, { env: baseEnv, encoding: 'utf8' });
    const m = `${r.stdout}${r.stderr}`.match(re);
    return m ? m[1] : '?';
};
const cpu = (fs.readFileSync('/proc/cpuinfo', 'utf8').match(/model name\s*:\s*(.*)/) || [, '?'])[1].replace(/\s+/g, ' ');
const distro = (fs.readFileSync('/etc/os-release', 'utf8').match(/PRETTY_NAME="(.*)"/) || [, '?'])[1];
const qtVersion = fixture.qt;
const machine = `${cpu}, ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${distro}`;
const tools = `textbench ${version(path.join(bin, 'textbench-cli'), ['--version'], /textbench-cli (\S+)/)} (Qt ${qtVersion}), `
    + `twilio-cli ${version(twilioCli, ['--version'], /twilio-cli\/(\S+)/)}, `
    + `twilio (Node) ${JSON.parse(fs.readFileSync(path.join(nodeModules, 'twilio', 'package.json'))).version}, `
    + `Node ${process.version}, curl ${version('curl', ['--version'], /curl (\S+)/)}`;

const s = (x) => `${x.toFixed(3)} s`;
const ms = (x) => `${(x * 1000).toFixed(0)} ms`;
const mib = (kib) => `${(kib / 1024).toFixed(1)} MiB`;
const ratio = (a, b) => `${(a / b).toFixed(2)}x`;
const pad = (x, n) => String(x).padEnd(n);
const lpad = (x, n) => String(x).padStart(n);
const lines = [];
const say = (x = '') => lines.push(x);

const verdicts = [];
const target = (what, value, limit, shown) => {
    verdicts.push({ what, value, limit, pass: value <= limit });
    return `${shown} (target <= ${limit}${typeof limit === 'number' && what.includes('ratio') ? 'x' : ''}: ${value <= limit ? 'met' : 'MISSED'})`;
};

say(`Textbench benchmarks, ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`);
say(`Machine: ${machine}`);
say(`Tools:   ${tools}`);
say(`Server:  bench_server on ${base} (a minimal Twilio-shaped fixture); medians of ${runs} runs (start-up ${startupRuns}, log ${logRuns}), after a warm-up run`);
say();
say('Start-up (spawn to exit; the window: spawn to shown and ready, offscreen)');
say(`  ${pad('textbench (first window)', 40)} ${lpad(ms(startup.window), 8)}   ${target('start-up ratio: window / twilio --version', +(startup.window / startup.twilioVersion).toFixed(2), 0.3, ratio(startup.window, startup.twilioVersion) + ' of twilio --version')}`);
say(`  ${pad('textbench-cli messages fetch', 40)} ${lpad(ms(startup.cliFetch), 8)}   ${ratio(startup.cliFetch, startup.twilioFetch)} of twilio api:core:messages:fetch`);
say(`  ${pad('twilio --version', 40)} ${lpad(ms(startup.twilioVersion), 8)}`);
say(`  ${pad('twilio api:core:messages:fetch', 40)} ${lpad(ms(startup.twilioFetch), 8)}`);
say(`  ${pad('node -e 0', 40)} ${lpad(ms(startup.nodeNothing), 8)}`);
say();
say(`${creates} creates (POST Messages.json)            sequential   8 in flight`);
const createName = { core: 'Textbench core (jobs, parsing, request log)', qnam: 'bare QNetworkAccessManager loop', node: 'twilio Node library', curl: 'curl (one process, keep-alive)' };
for (const name of Object.keys(createClients))
    say(`  ${pad(createName[name], 44)} ${lpad(s(createTimes[name][1]), 10)}   ${lpad(s(createTimes[name][8]), 10)}`);
for (const k of [1, 8]) {
    const label = k === 1 ? 'sequential' : '8 in flight';
    say(`  ${pad(label + ':', 13)} ${target(`creates ${label} ratio: core / Node library`, +(createTimes.core[k] / createTimes.node[k]).toFixed(2), 0.6, ratio(createTimes.core[k], createTimes.node[k]) + ' of the Node library')}`);
    say(`  ${pad('', 13)} ${target(`creates ${label} ratio: core / bare Qt`, +(createTimes.core[k] / createTimes.qnam[k]).toFixed(2), 1.3, ratio(createTimes.core[k], createTimes.qnam[k]) + ' of bare Qt')}; ${ratio(createTimes.core[k], createTimes.curl[k])} of curl`);
}
say();
say(`${logTotal.toLocaleString('en')} messages in pages of ${pageSize}        time      peak RSS   bytes/message   longest stall`);
const logName = { window: 'Textbench window (log model + view)', qnam: 'bare QNetworkAccessManager + QJsonDocument', node: 'twilio Node library, messages.list()' };
for (const name of Object.keys(logClients)) {
    const o = log[name];
    say(`  ${pad(logName[name], 42)} ${lpad(s(o.seconds), 9)} ${lpad(mib(o.peak_rss_kib), 11)} ${lpad(o.bytes_per_message.toFixed(0), 14)} ${lpad(o.longest_stall_ms.toFixed(1) + ' ms', 14)}`);
}
say(`  ${target('log ratio: window / bare Qt', +(log.window.seconds / log.qnam.seconds).toFixed(2), 2, ratio(log.window.seconds, log.qnam.seconds) + ' of bare Qt')}; ${ratio(log.window.seconds, log.node.seconds)} of the Node library`);
say(`  ${target('log bytes retained per message', Math.round(log.window.bytes_per_message), 600, `${log.window.bytes_per_message.toFixed(0)} bytes retained per message`)}`);
say(`  ${target('log longest stall (ms)', +log.window.longest_stall_ms.toFixed(1), 50, `longest stall ${log.window.longest_stall_ms.toFixed(1)} ms`)}`);
say();
say(`${logTotal.toLocaleString('en')} messages listed to a pipe, pages of ${pageSize}     time      peak RSS   first line after first page`);
const streamName = {
    json: 'textbench-cli messages list --json',
    ndjson: 'textbench-cli messages list -o ndjson',
    json10: `the same --json, ${(logTotal / 10).toLocaleString('en')} messages`,
    twilio: 'twilio api:core:messages:list -o json',
    node: 'twilio Node library, messages.each()',
    curl: 'curl, the pages as they are',
};
for (const name of Object.keys(streamClients)) {
    const o = stream[name];
    const first = Number.isFinite(o.first_line_ms) ? `${o.first_line_ms.toFixed(1)} ms` : '—';
    say(`  ${pad(streamName[name], 42)} ${lpad(s(o.seconds), 9)} ${lpad(mib(o.peak_rss_kib), 11)} ${lpad(name === 'curl' ? '—' : first, 14)}`);
}
for (const name of ['json', 'ndjson']) {
    say(`  ${pad(name === 'json' ? '--json:' : '-o ndjson:', 11)} ${target(`CLI list ${name} ratio: textbench-cli / Node library`, +(stream[name].seconds / stream.node.seconds).toFixed(2), 0.6, ratio(stream[name].seconds, stream.node.seconds) + ' of the Node library')}; ${target(`CLI list ${name} ratio: textbench-cli / twilio-cli`, +(stream[name].seconds / stream.twilio.seconds).toFixed(2), 0.3, ratio(stream[name].seconds, stream.twilio.seconds) + ' of twilio-cli')}`);
    say(`  ${pad('', 11)} ${target(`CLI list ${name} peak RSS (MiB)`, +(stream[name].peak_rss_kib / 1024).toFixed(1), 40, 'peak ' + mib(stream[name].peak_rss_kib))}; ${target(`CLI list ${name} first line after the first page (ms)`, +stream[name].first_line_ms.toFixed(1), 50, `first line ${stream[name].first_line_ms.toFixed(1)} ms after the first page`)}`);
}
const growth = stream.json.peak_rss_kib / stream.json10.peak_rss_kib - 1;
say(`  ${target(`CLI list peak RSS growth from ${logTotal / 10} to ${logTotal} messages (%)`, +(growth * 100).toFixed(1), 10, `peak RSS ${(growth * 100).toFixed(1)}% higher at ${logTotal.toLocaleString('en')} than at ${(logTotal / 10).toLocaleString('en')}`)}`);
say();
say('Idle memory of the window (RSS)');
say(`  after start: ${target('idle window after start (MiB)', +(log.window.idle_rss_start_kib / 1024).toFixed(1), 80, mib(log.window.idle_rss_start_kib))}`);
say(`  after loading ${logTotal.toLocaleString('en')}: ${target(`idle window after ${logTotal} messages (MiB)`, +(log.window.idle_rss_loaded_kib / 1024).toFixed(1), 80, mib(log.window.idle_rss_loaded_kib))}`);
say();
const missed = verdicts.filter((v) => !v.pass);
say(missed.length ? `Targets: ${verdicts.length - missed.length} of ${verdicts.length} met; missed: ${missed.map((v) => v.what).join('; ')}` : `Targets: all ${verdicts.length} met`);
if (quick) say('(--quick: smaller counts than the targets are stated for; figures are indicative only)');

process.stdout.write(lines.join('\n') + '\n');
if (jsonOut)
    fs.writeFileSync(jsonOut, JSON.stringify({ machine, tools, runs, startup, creates: createTimes, log, stream, verdicts }, null, 2) + '\n');
server.kill();
