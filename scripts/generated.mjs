// The artefacts generated from the settings table (server/src/core/settingsTable.ts) and the rule
// registry (compiled into out/ by `tsc -b`), in one list: `npm run gen:schema`
// (scripts/gen-schema.mjs) writes them, `npm run check:generated` (scripts/check-generated.mjs)
// fails when a committed one differs from what it would write. Each artefact turns the file's
// current text into the text it should have. package.json and the nls files are only partly
// generated (the settings: contributes.configuration.properties, the untrusted-workspace list and
// the config.* text), so they are compared as JSON and their hand-written rest is kept.
import { createRequire } from 'node:module';
import { CHAR_DATA_FILE, charDataText } from './typo/char-data.mjs';

const require = createRequire(import.meta.url);

function compiled() {
  const schema = require('../out/server/src/config/schema.js');
  const { rulesMarkdown } = require('../out/server/src/config/ruleDocs.js');
  const { settingsMarkdown } = require('../out/server/src/config/settingsDocs.js');
  return { ...schema, rulesMarkdown, settingsMarkdown };
}

/** True for the nls keys the settings table owns (config.title is the settings page's hand-written heading). */
const isSettingText = (key) => key.startsWith('config.') && key !== 'config.title';

/** The nls table with its settings text replaced by `generated`, placed where the old settings text began. */
function withSettingsText(current, generated) {
  const out = {};
  let placed = false;
  for (const [key, value] of Object.entries(current)) {
    if (isSettingText(key)) {
      if (!placed) Object.assign(out, generated);
      placed = true;
    } else out[key] = value;
  }
  if (!placed) Object.assign(out, generated);
  return out;
}

/** @returns {{ file: string, compare: 'text' | 'json', generate: (current: string | undefined) => string }[]} */
export function artefacts() {
  const { configSchema, rulesMarkdown, settingsMarkdown, vscodeProperties, restrictedSettings, settingsNls } = compiled();
  const json = (file, edit) => ({
    file,
    compare: 'json',
    generate: (current) => {
      if (current === undefined) throw new Error(`${file} is missing`);
      return JSON.stringify(edit(JSON.parse(current)), null, 2) + '\n';
    },
  });
  return [
    { file: 'schemas/gongwenrc.schema.json', compare: 'text', generate: () => JSON.stringify(configSchema(), null, 2) + '\n' },
    { file: 'docs/rules.md', compare: 'text', generate: () => rulesMarkdown() },
    { file: 'docs/settings.md', compare: 'text', generate: () => settingsMarkdown() },
    json('package.json', (pkg) => {
      pkg.contributes.configuration.properties = vscodeProperties();
      pkg.capabilities.untrustedWorkspaces.restrictedConfigurations = restrictedSettings();
      return pkg;
    }),
    json('package.nls.json', (nls) => withSettingsText(nls, settingsNls('en'))),
    json('package.nls.zh-cn.json', (nls) => withSettingsText(nls, settingsNls('zh'))),
    // typo.char's data, from nodejieba's dictionary and pinyin-pro (scripts/typo/char-data.mjs).
    { file: CHAR_DATA_FILE, compare: 'text', generate: () => charDataText() },
  ];
}
