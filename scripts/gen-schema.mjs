// Writes schemas/gongwenrc.schema.json and the gongwen.rules properties in package.json from the
// rule registry (compiled into out/ by `tsc -p .`).
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';

const require = createRequire(import.meta.url);
const { configSchema, ruleProperties } = require('../out/server/src/config/schema.js');

mkdirSync(new URL('../schemas/', import.meta.url), { recursive: true });
writeFileSync(new URL('../schemas/gongwenrc.schema.json', import.meta.url), JSON.stringify(configSchema(), null, 2) + '\n');

const pkgUrl = new URL('../package.json', import.meta.url);
const pkg = JSON.parse(readFileSync(pkgUrl, 'utf8'));
pkg.contributes.configuration.properties['gongwen.rules'].properties = ruleProperties();
writeFileSync(pkgUrl, JSON.stringify(pkg, null, 2) + '\n');
console.log('schemas/gongwenrc.schema.json and package.json gongwen.rules updated');
