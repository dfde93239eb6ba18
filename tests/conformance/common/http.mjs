// SPDX-License-Identifier: GPL-3.0-or-later
// Small pieces of node:http handling shared by the conformance scripts' servers on loopback: the capture server
// (../node/compare.mjs), the webhook receiver (../webhooks/lib.mjs) and the tap in front of Prism (prism.mjs).

/// Calls done(body) once the whole body of message (a request, or a response of http.request) has been read; body is
/// a Buffer with the bytes as they came.
export function readBody(message, done) {
    const chunks = [];
    message.on('data', (c) => chunks.push(c));
    message.on('end', () => done(Buffer.concat(chunks)));
}

/// A request target split at its first "?": [path, raw query], the query null when there is no "?".
export function splitTarget(target) {
    const qmark = target.indexOf('?');
    return qmark < 0 ? [target, null] : [target.slice(0, qmark), target.slice(qmark + 1)];
}
