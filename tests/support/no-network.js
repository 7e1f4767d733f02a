'use strict';
// Preloaded with `node --require` (through NODE_OPTIONS, so child processes get it too): every
// way Node can reach a network fails loudly and is recorded in the file named by
// GONGWEN_NETWORK_LOG, one JSON line per attempt. Local pipes and IPC are not affected.
const fs = require('fs');

const logFile = process.env.GONGWEN_NETWORK_LOG;
function trap(api) {
  return function blocked() {
    const entry = { api, pid: process.pid, argv: process.argv.slice(1, 3), stack: new Error().stack.split('\n').slice(2, 6).join(' | ') };
    if (logFile) fs.appendFileSync(logFile, JSON.stringify(entry) + '\n');
    throw new Error(`network access attempted (${api}) — Gongwen must never use the network`);
  };
}

const net = require('net');
for (const name of ['connect', 'createConnection']) net[name] = trap(`net.${name}`);
net.Socket.prototype.connect = trap('net.Socket.connect');
const tls = require('tls');
tls.connect = trap('tls.connect');
const dgram = require('dgram');
dgram.createSocket = trap('dgram.createSocket');
const dns = require('dns');
for (const name of ['lookup', 'resolve', 'resolve4', 'resolve6', 'resolveAny', 'reverse']) dns[name] = trap(`dns.${name}`);
for (const name of ['lookup', 'resolve', 'resolve4', 'resolve6', 'resolveAny', 'reverse']) dns.promises[name] = trap(`dns.promises.${name}`);
for (const mod of ['http', 'https', 'http2']) {
  const m = require(mod);
  for (const name of ['request', 'get', 'connect']) if (typeof m[name] === 'function') m[name] = trap(`${mod}.${name}`);
}
if (typeof globalThis.fetch === 'function') globalThis.fetch = trap('fetch');
if (typeof globalThis.WebSocket === 'function') globalThis.WebSocket = trap('WebSocket');
