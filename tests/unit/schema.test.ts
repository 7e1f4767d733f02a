import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { rulesMarkdown } from '../../server/src/config/ruleDocs';
import { configSchema, ruleProperties } from '../../server/src/config/schema';
import { RULES, RULE_IDS } from '../../server/src/core';
import { ROOT } from '../support/paths';

describe('rule registry, schema and settings stay in step', () => {
  it('rule ids are unique, dotted and lower case', () => {
    assert.strictEqual(new Set(RULE_IDS).size, RULE_IDS.length);
    for (const id of RULE_IDS) assert.match(id, /^[a-z]+\.[a-z0-9-]+$/, id);
  });

  it('every rule has Chinese docs citing a source', () => {
    for (const rule of RULES) {
      assert.ok(rule.docs, `${rule.id} has docs`);
      assert.match(rule.docs.summary, /[\u4e00-\u9fff]/, rule.id);
      assert.ok(rule.docs.source.length > 0, rule.id);
      assert.match(rule.description, /[\u4e00-\u9fff]/, rule.id);
    }
  });

  it('schemas/gongwenrc.schema.json is generated from the registry (npm run gen:schema)', () => {
    const onDisk = JSON.parse(fs.readFileSync(path.join(ROOT, 'schemas', 'gongwenrc.schema.json'), 'utf8'));
    assert.deepStrictEqual(onDisk, JSON.parse(JSON.stringify(configSchema())));
  });

  it('package.json lists every rule under gongwen.rules (npm run gen:schema)', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    assert.deepStrictEqual(pkg.contributes.configuration.properties['gongwen.rules'].properties, JSON.parse(JSON.stringify(ruleProperties())));
  });

  it('docs/rules.md is generated from the registry (npm run gen:schema)', () => {
    assert.strictEqual(fs.readFileSync(path.join(ROOT, 'docs', 'rules.md'), 'utf8'), rulesMarkdown());
  });
});
