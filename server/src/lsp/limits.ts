/**
 * What the server does with documents it should not fully check: binary content (NUL bytes) is
 * not checked; a document longer than `maxDocumentChars` skips the expensive rules (those that
 * need segmentation); ten times longer, it is not checked at all. Each case is told once per
 * document, in Chinese, with the setting that changes it.
 */
import { RULES, type Settings } from '../core';

export type Limit = 'binary' | 'large' | 'huge';

export function limitOf(text: string, settings: Settings): Limit | undefined {
  if (text.slice(0, 65536).includes('\u0000')) return 'binary';
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
    case 'huge':
      return `Gongwen：文档过大（${chars} 字符，超过 gongwen.maxDocumentChars 的十倍 ${settings.maxDocumentChars * 10}），未作检查。`;
    case 'large':
      return `Gongwen：文档较大（${chars} 字符，超过 gongwen.maxDocumentChars = ${settings.maxDocumentChars}），为保证编辑流畅，已暂停术语一致性等需要分词的检查；其他检查照常。`;
  }
}
