/**
 * What the server does with documents it should not fully check: binary content (NUL bytes) is
 * not checked; nor is a non-UTF-8 file (GBK, GB 18030 — common for Chinese documents) that the
 * editor decoded as UTF-8, whose Chinese arrives as replacement characters (U+FFFD): findings on
 * mojibake are noise, and a fix applied to it would be saved over the writer's real text; a
 * document longer than `maxDocumentChars` skips the expensive rules (those that need
 * segmentation); ten times longer, it is not checked at all. Each case is told once per
 * document, in Chinese, with the setting that changes it.
 */
import { RULES, type Settings } from '../core';

export type Limit = 'binary' | 'misdecoded' | 'large' | 'huge';

/** How much of the start of a text is read for NUL bytes and replacement characters. */
const SAMPLE = 65536;

/** Replacement characters in the first 64k characters that mark a misdecoded file: 10, and 2 % of them. */
function misdecoded(text: string): boolean {
  const length = Math.min(text.length, SAMPLE);
  let bad = 0;
  for (let i = text.indexOf('\uFFFD'); i >= 0 && i < length; i = text.indexOf('\uFFFD', i + 1)) bad++;
  return bad >= 10 && bad * 50 >= length;
}

/** Asked before every check: the text is read in place, not copied (a slice of 64k characters each keystroke). */
export function limitOf(text: string, settings: Settings): Limit | undefined {
  const nul = text.indexOf('\u0000');
  if (nul >= 0 && nul < SAMPLE) return 'binary';
  if (misdecoded(text)) return 'misdecoded';
  if (text.length > settings.maxDocumentChars * 10) return 'huge';
  if (text.length > settings.maxDocumentChars) return 'large';
  return undefined;
}

const withoutExpensive = new WeakMap<Settings, Settings>();

/** The same settings with every rule that needs segmentation turned off (same object each time). */
export function cheapSettings(settings: Settings): Settings {
  let cheap = withoutExpensive.get(settings);
  if (!cheap) {
    const off = Object.fromEntries(RULES.filter((r) => r.needsWords).map((r) => [r.id, 'off' as const]));
    cheap = { ...settings, rules: { ...settings.rules, ...off } };
    withoutExpensive.set(settings, cheap);
  }
  return cheap;
}

export function limitMessage(limit: Limit, chars: number, settings: Settings): string {
  switch (limit) {
    case 'binary':
      return 'Gongwen：此文件含有二进制内容（NUL 字符），不是文本草稿，未作检查。';
    case 'misdecoded':
      return 'Gongwen：此文件似乎不是 UTF-8 编码（可能是 GBK / GB 18030），按 UTF-8 读出的中文成了乱码（�），未作检查，也不提供自动修复。请在状态栏的编码处选择“通过编码重新打开”→ GB 18030，或将文件另存为 UTF-8。';
    case 'huge':
      return `Gongwen：文档过大（${chars} 字符，超过 gongwen.maxDocumentChars 的十倍 ${settings.maxDocumentChars * 10}），未作检查。`;
    case 'large':
      return `Gongwen：文档较大（${chars} 字符，超过 gongwen.maxDocumentChars = ${settings.maxDocumentChars}），为保证编辑流畅，已暂停术语一致性等需要分词的检查；其他检查照常。`;
  }
}
