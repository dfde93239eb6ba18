// SPDX-License-Identifier: GPL-3.0-or-later
// Preloaded into twilio-cli by tests/bench/run.mjs (node --require): twilio-cli has no base-URL option and always
// calls https://api.twilio.com, so this sends its requests for *.twilio.com to the benchmark's loopback server
// (TEXTBENCH_BENCH_BASE, plain HTTP) instead. Nothing else of twilio-cli changes. It takes TLS out of the peer's
// path, which can only make the peer faster than it is against Twilio: the comparison stays in its favour.
'use strict';
const http = require('http');
const https = require('https');

const base = new URL(process.env.TEXTBENCH_BENCH_BASE);
const original = https.request;

function isTwilio(host) {
    return typeof host === 'string' && (host === 'twilio.com' || host.endsWith('.twilio.com'));
}

https.request = function request(...args) {
    let url = null;
    let options = {};
    let callback;
    if (typeof args[0] === 'string' || args[0] instanceof URL) {
        url = new URL(args[0]);
        if (args[1] && typeof args[1] === 'object') options = args[1];
    } else if (args[0] && typeof args[0] === 'object') {
        options = args[0];
    }
    callback = args.find((a) => typeof a === 'function');
    const host = url ? url.hostname : (options.hostname || options.host || '').split(':')[0];
    if (!isTwilio(host)) return original.apply(this, args);
    const redirected = {
        ...(url ? { path: url.pathname + url.search } : {}),
        ...options,
        protocol: 'http:',
        hostname: base.hostname,
        host: base.hostname,
        port: base.port,
        agent: undefined,
        servername: undefined,
    };
    return http.request(redirected, callback);
};

https.get = function get(...args) {
    const req = https.request(...args);
    req.end();
    return req;
};
