#!/usr/bin/env node
'use strict';
const { main } = require('../dist/cli.js');
process.exitCode = main(process.argv.slice(2), (l) => process.stdout.write(l + '\n'), (l) => process.stderr.write(l + '\n'));
