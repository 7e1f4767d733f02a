// Runs a web worker script (dist/browserServer.js) in a Node worker thread as a browser would: in a
// fresh JavaScript context whose globals are a web worker's (self, postMessage, onmessage,
// addEventListener, timers, structuredClone, TextEncoder/TextDecoder, URL, performance, console…) and none of Node's
// (no require, process, Buffer, setImmediate), so a bundle that needs Node fails here as in a
// browser. Messages go to and from the parent thread (tests/support/worker-lsp.ts).
'use strict';
const { parentPort, workerData } = require('worker_threads');
const fs = require('fs');
const vm = require('vm');

const listeners = [];
// A web worker's globals that Node has too.
const WORKER_GLOBALS = ['console', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'queueMicrotask', 'structuredClone', 'atob', 'btoa',
  'crypto', 'AbortController', 'EventTarget', 'Event', 'MessageChannel', 'TextEncoder', 'TextDecoder', 'URL', 'URLSearchParams', 'performance'];
const scope = Object.fromEntries(WORKER_GLOBALS.map((name) => [name, globalThis[name]]));
Object.assign(scope, {
  postMessage: (data) => parentPort.postMessage(data),
  addEventListener: (type, listener) => {
    if (type === 'message') listeners.push(listener);
  },
  removeEventListener: () => undefined,
  onmessage: null,
});
const context = vm.createContext(scope);
scope.self = vm.runInContext('this', context);
parentPort.on('message', (data) => {
  const event = { data };
  if (typeof context.onmessage === 'function') context.onmessage(event);
  for (const l of listeners) l(event);
});
vm.runInContext(fs.readFileSync(workerData.script, 'utf8'), context, { filename: workerData.script });
