'use strict';
// Preloaded with `node --require` (through NODE_OPTIONS, so every child process gets it too: the
// editor's extension host, the language server, the segmentation process): nodejieba cannot be
// loaded. Node's module resolver answers `require('nodejieba')` with the MODULE_NOT_FOUND error it
// gives where the optional dependency was not installed (its build failed, or a package without it),
// so Gongwen's automatic choice of the portable backend is what is exercised, not a forced one.
// Each refused require is recorded in the file named by GONGWEN_NODEJIEBA_LOG, one JSON line each,
// so that a test can tell that nodejieba was asked for and refused.
const fs = require('fs');
const Module = require('module');

const logFile = process.env.GONGWEN_NODEJIEBA_LOG;
const resolve = Module._resolveFilename;
Module._resolveFilename = function resolveWithoutNodejieba(request, parent, ...rest) {
  if (request === 'nodejieba' || request.startsWith('nodejieba/') || /[\\/]nodejieba\.node$/.test(request)) {
    if (logFile) fs.appendFileSync(logFile, JSON.stringify({ request, pid: process.pid, from: parent && parent.filename }) + '\n');
    const error = new Error(`Cannot find module '${request}'`);
    error.code = 'MODULE_NOT_FOUND';
    throw error;
  }
  return resolve.call(this, request, parent, ...rest);
};
