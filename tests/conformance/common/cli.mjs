// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the textbench-cli binary for the conformance scripts: one at a time, against a base URL, with --json and
// short limits, killed after 30 s, and killed with this process on SIGINT/SIGTERM (run.sh's traps send those).
import { spawn } from 'node:child_process';

let current = null;
for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]]) {
    process.on(signal, () => {
        current?.kill('SIGKILL');
        process.exit(code);
    });
}

// Credentials come only from `credentials` (TWILIO_* names): any TWILIO_* variable of the caller is dropped.
// Resolves to { code, signal, out, err, json } (json: the parsed stdout, or null).
export function runCli(cli, args, baseUrl, credentials) {
    const env = { ...process.env, LC_ALL: 'C.UTF-8' };
    for (const name of Object.keys(env)) if (name.startsWith('TWILIO_')) delete env[name];
    Object.assign(env, credentials);
    return new Promise((resolve) => {
        const child = spawn(cli, [...args, '--base-url', baseUrl, '--json', '--timeout', '10', '--deadline', '20'],
            { env, stdio: ['ignore', 'pipe', 'pipe'] });
        current = child;
        let out = '';
        let err = '';
        child.stdout.on('data', (d) => (out += d));
        child.stderr.on('data', (d) => (err += d));
        const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
        child.on('close', (code, signal) => {
            clearTimeout(timer);
            current = null;
            let json = null;
            try {
                json = JSON.parse(out);
            } catch {
                // left null; the caller's check says what was expected
            }
            resolve({ code, signal, out, err, json });
        });
    });
}
