#!/usr/bin/env node
'use strict';
const { main } = require('../dist/cli.js');
// main returns a promise when it reads or writes Word files (gongwen export, gongwen lint FILE.docx).
Promise.resolve(main(process.argv.slice(2), (l) => process.stdout.write(l + '\n'), (l) => process.stderr.write(l + '\n'))).then((code) => {
  process.exitCode = code;
});
