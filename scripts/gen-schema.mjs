// Writes schemas/gongwenrc.schema.json, the gongwen.rules properties in package.json and
// docs/rules.md from the rule registry (compiled into out/ by `tsc -p .`).
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';

const require = createRequire(import.meta.url);
const { configSchema, ruleProperties } = require('../out/server/src/config/schema.js');
const { rulesMarkdown } = require('../out/server/src/config/ruleDocs.js');

mkdirSync(new URL('../schemas/', import.meta.url), { recursive: true });
writeFileSync(new URL('../schemas/gongwenrc.schema.json', import.meta.url), JSON.stringify(configSchema(), null, 2) + '\n');
writeFileSync(new URL('../docs/rules.md', import.meta.url), rulesMarkdown());

const pkgUrl = new URL('../package.json', import.meta.url);
const pkg = JSON.parse(readFileSync(pkgUrl, 'utf8'));
pkg.contributes.configuration.properties['gongwen.rules'].properties = ruleProperties();
writeFileSync(pkgUrl, JSON.stringify(pkg, null, 2) + '\n');
console.log('schemas/gongwenrc.schema.json, docs/rules.md and package.json gongwen.rules updated');
