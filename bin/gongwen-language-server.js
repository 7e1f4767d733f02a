#!/usr/bin/env node
'use strict';
// Standalone language server for any LSP client: `gongwen-language-server --stdio`.
if (!process.argv.some((a) => a === '--stdio' || a.startsWith('--node-ipc') || a.startsWith('--socket') || a.startsWith('--pipe'))) {
  process.argv.push('--stdio');
}
require('../dist/server.js');
