// The artefacts generated from the rule registry (compiled into out/ by `tsc -p .`), in one list:
// `npm run gen:schema` (scripts/gen-schema.mjs) writes them, `npm run check:generated`
// (scripts/check-generated.mjs) fails when a committed one differs from what it would write.
// Each artefact turns the file's current text into the text it should have; package.json is only
// partly generated (contributes.configuration.properties['gongwen.rules'].properties), so it is
// compared as JSON and its hand-written rest is kept.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

function compiled() {
  const { configSchema, ruleProperties } = require('../out/server/src/config/schema.js');
  const { rulesMarkdown } = require('../out/server/src/config/ruleDocs.js');
  return { configSchema, ruleProperties, rulesMarkdown };
}

/** @returns {{ file: string, compare: 'text' | 'json', generate: (current: string | undefined) => string }[]} */
export function artefacts() {
  const { configSchema, ruleProperties, rulesMarkdown } = compiled();
  return [
    { file: 'schemas/gongwenrc.schema.json', compare: 'text', generate: () => JSON.stringify(configSchema(), null, 2) + '\n' },
    { file: 'docs/rules.md', compare: 'text', generate: () => rulesMarkdown() },
    {
      file: 'package.json',
      compare: 'json',
      generate: (current) => {
        if (current === undefined) throw new Error('package.json is missing');
        const pkg = JSON.parse(current);
        pkg.contributes.configuration.properties['gongwen.rules'].properties = ruleProperties();
        return JSON.stringify(pkg, null, 2) + '\n';
      },
    },
  ];
}
