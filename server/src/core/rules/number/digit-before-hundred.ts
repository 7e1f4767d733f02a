/**
 * number.digit-before-hundred — an Arabic figure with 百 or 千 as its unit: 3千 → 3000 or 三千,
 * 5百万 → 500万. 万 and 亿 may follow Arabic figures (3.45亿元); 千米, 千克, 千瓦, 千公顷 and the like
 * are units, not numerals (see UNIT_AFTER). Two fixes are offered (Arabic or Chinese); neither is
 * preferred, as the writer chooses the form.
 */
import type { Rule, RuleContext, RuleFinding } from '../../types';
import { matches, replaceFinding } from './helpers';

const ID = 'number.digit-before-hundred';

/**
 * Units whose name begins with 千 or 百 (SI kilo-, hecto-, and 千公顷 of the statistical yearbooks):
 * 千米 千克 千瓦 千瓦时 千帕 千卡 千伏 千伏安 千赫 千焦 千兆 千字节 千比特 千公顷 千立方米,
 * 百帕 百公顷, and 百分点/百分之/百分比. A figure before them is right: 3776.4千公顷, 2.3千瓦时.
 */
const UNIT_AFTER = '米|克|瓦|帕|卡|伏|赫|焦|兆|字节|比特|公顷|立方米|分[点之比率]|[A-Za-z]';
const FIGURE = new RegExp(`(?<![0-9０-９.．A-Za-z_/\\\\:#-])([0-9]+(?:\\.[0-9]+)?)([百千])(?!${UNIT_AFTER})`, 'g');
const CN = '〇一二三四五六七八九';

/** 3 × 10^places as a plain decimal string, without floating-point error: 1.5, 3 → 1500. */
function shift(figure: string, places: number): string {
  const [int = '', frac = ''] = figure.split('.');
  const digits = int + frac.padEnd(places, '0');
  const cut = int.length + places;
  const whole = digits.slice(0, cut).replace(/^0+(?=[0-9])/, '');
  const rest = digits.slice(cut).replace(/0+$/, '');
  return rest ? `${whole}.${rest}` : whole;
}

export const digitBeforeHundred: Rule = {
  id: ID,
  scope: 'line',
  description: '阿拉伯数字与“百”“千”混用（如“3千”）',
  descriptionEn: 'Arabic digits mixed with 百 or 千 (e.g. 3千)',
  defaultSeverity: 'warning',
  docs: {
    summary: '除“万”“亿”外，阿拉伯数字不与汉字数字“百”“千”连用：“3千”应写作“3000”或“三千”；“3.45亿元”“1.2万亩”是规范写法。',
    source: 'GB/T 15835-2011 5.3（阿拉伯数字与汉字数字同时使用：4000可以写作“四千”，不写作“4千”）',
    bad: '新增就业3千人；世界5百强',
    good: '新增就业3000人；世界500强',
  },
  check(context: RuleContext): RuleFinding[] {
    const findings: RuleFinding[] = [];
    for (const m of matches(context, FIGURE)) {
      const [whole, figure = '', unit = ''] = m;
      const arabic = shift(figure, unit === '千' ? 3 : 2);
      const fixes = [{ title: `改为“${arabic}”`, newText: arabic }];
      if (/^[1-9]$/.test(figure)) {
        const chinese = `${figure === '2' && unit === '千' ? '两' : CN.charAt(Number(figure))}${unit}`;
        fixes.push({ title: `改为“${chinese}”`, newText: chinese });
      }
      const options = fixes.map((f) => `“${f.newText}”`).join('或');
      findings.push(
        replaceFinding(ID, m.index, m.index + whole.length, `“${whole}”混用了阿拉伯数字和“${unit}”，应写作${options}。`, fixes),
      );
    }
    return findings;
  },
};
