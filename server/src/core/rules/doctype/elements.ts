/**
 * The elements of a 公文 (GB/T 9704-2012 7.2–7.4; 《党政机关公文处理工作条例》第九条) as the
 * element rules read them: the title, the 主送机关 line, the body, the 附件说明, the 发文机关署名
 * (落款), the 成文日期, the 附注 and the 版记 (抄送, 印发机关和印发日期). Read line by line, from
 * the title on; a line is trimmed (spaces, full-width spaces, Markdown # and >) before it is read.
 * Everything after the 成文日期 that is not a 附注 or 版记 line (the 附件 themselves, a forwarded
 * document) is not read as body.
 */
import { overlapsAny } from '../../markdown';
import { lines } from '../../text/chars';
import type { DocType, OffsetRange, RuleContext } from '../../types';
import { documentTitle, insideBookTitle, type Title } from './helpers';

export interface ElementLine extends OffsetRange {
  /** The line's text, trimmed. */
  text: string;
}

export interface AttachmentItem extends ElementLine {
  /** The item's number in the 附件说明 (1. 2. …), when numbered. */
  number?: number;
  /** The attachment's name: the item without its number, 《》 and end punctuation. */
  name: string;
}

export interface Elements {
  title: Title;
  /** The 主送机关 line (ends with ：). */
  recipient?: ElementLine;
  /** The last line of the body (before the 附件说明, 落款 and 成文日期), if any. */
  bodyLast?: ElementLine;
  /** Where the body runs: from the line after the title (or the 主送机关) to the end of bodyLast. */
  body: OffsetRange;
  attachmentNote?: { line: ElementLine; items: AttachmentItem[] };
  signature?: ElementLine;
  date?: ElementLine;
  /** A date in brackets under the title: （2026年3月5日青山县第十届人民代表大会第五次会议通过）. */
  adopted: boolean;
  /** Text after the body: 附注 and 版记 lines (and anything else after the 成文日期). */
  after: ElementLine[];
  /** 抄送 (or 抄报) lines of the 版记. */
  cc: ElementLine[];
  /** The 印发机关和印发日期 line: 青山县人民政府办公室　2026年3月5日印发. */
  imprint?: ElementLine;
  /** References to 附件 in the body: 详见附件, 见附件1, （附件2）. */
  references: ElementLine[];
}

/** The types whose drafts carry a 发文机关署名 and a 成文日期 (GB/T 9704-2012 7.3.5). */
export const SIGNED_TYPES: readonly DocType[] = ['request', 'report', 'reply', 'letter', 'notice', 'opinion', 'decision', 'bulletin'];

const TRIM_START = /^[\s\u3000>#]*/;
const DATE_PART = '(?:\\d{4}|[〇○零一二三四五六七八九]{4}|[×X＊*]{2,4}|\\d{2}[×X＊*]{2})年[\\d一二三四五六七八九十×X＊*○〇]{1,3}月[\\d一二三四五六七八九十×X＊*○〇]{1,3}日';
/** A 成文日期 alone on its line, or after the signature on the same line; placeholders (2026年×月×日) count. */
const DATE = new RegExp(`^(?:(.{2,40}?)[\\s\\u3000]+)?(${DATE_PART})$`);
const ADOPTED = new RegExp(`^[（(].*${DATE_PART}.*[）)]$`);
/** Names of organs end like this (a signature, a 主送机关). */
export const ORGAN_END = /(?:政府|委员会|党委|委|局|厅|部|院|办|办公室|中心|处|科|室|会|署|行|司|所|站|队|社|团|校|馆|公司|集团|单位|部门|机构|组|街道|镇|乡|村|县|市|省|区|州|盟|旗|国务院|中央|人大|政协|法院|检察院|大学|学院|医院|银行|团体|企业|机关|组织|协会|联合会|工委|党组)$/;
/** A 主送 that is a person (a letter to a leader or a deputy): 马××副主席：. */
const PERSON_END = /(?:主席|书记|总理|部长|省长|市长|县长|区长|主任|局长|厅长|委员|代表|同志|先生|女士)$/;
const ADDRESS = /^(?:同志们|各位|尊敬的|女士们|朋友们|亲爱的|大家好)/;
const NOT_SIGNATURE = /[。；;，,：:！!？?]|^(?:附件|特此|此复|妥否|当否|以上|现将|抄送|抄报|[（(]|\d+[.．、]|[一二三四五六七八九十]+、)/;
const CC = /^(抄送|抄报)[：:]/;
const IMPRINT = new RegExp(`${DATE_PART}印发$`);
const ATTACHMENT_NOTE = /^附件\d*[：:][\s\u3000]*(.*)$/;
const ITEM = /^(\d+)[.．、][\s\u3000]*(.*)$/;
const REFERENCE = /(?:详见|参见|见|如|按|按照|附|填报|填写|报送)?附件[\s\u3000]*(?:\d+|[一二三四五六七八九十]+)?/g;

/** The trimmed non-empty lines of the text from `from` on, skipping lines in ignored ranges. */
function elementLines(context: Pick<RuleContext, 'text' | 'ignored'>, from: number): ElementLine[] {
  const out: ElementLine[] = [];
  for (const line of lines(context.text)) {
    if (line.end <= from) continue;
    const lead = TRIM_START.exec(line.text)?.[0].length ?? 0;
    // trimEnd drops what /[\s\u3000]+$/ does (\s is WhiteSpace and LineTerminator, as trim's), without a regex over the line.
    const text = line.text.slice(lead).trimEnd();
    if (text === '') continue;
    const start = line.start + lead;
    const end = start + text.length;
    if (overlapsAny(context.ignored, start, end)) continue;
    out.push({ start, end, text });
  }
  return out;
}

/** IMPRINT ends with 印发 (anchored): the pattern runs only on lines that do. */
function isImprint(text: string): boolean {
  return text.endsWith('印发') && IMPRINT.test(text);
}

function isSignature(line: ElementLine | undefined): boolean {
  return line !== undefined && line.text.length <= 40 && !NOT_SIGNATURE.test(line.text);
}

function isRecipient(text: string): boolean {
  if (!/[：:]$/.test(text) || text.length > 150 || ADDRESS.test(text)) return false;
  const name = text.slice(0, -1);
  return name.length >= 2 && !/[。！？!?；;]|如下|以下|附件/.test(name) && (ORGAN_END.test(name) || PERSON_END.test(name));
}

function attachmentName(text: string): string {
  return text.replace(/^《|[。；;，,]$/g, '').replace(/》$/, '').replace(/[（(]共?\d+[项页份个]?[）)]$/, '').trim();
}

/**
 * The last text's elements: the analyser's document facts and ten doctype.* and name.* rules read
 * them for the same text and ignored ranges (the same objects within one analysis, whatever
 * context object each rule was handed), once.
 */
let last: { text: string; ignored: readonly OffsetRange[]; elements: Elements | undefined } | undefined;

/** The elements of the document, or undefined when it has no title (read once per text and ignored ranges). */
export function readElements(context: Pick<RuleContext, 'text' | 'ignored'>): Elements | undefined {
  if (last && last.text === context.text && last.ignored === context.ignored) return last.elements;
  const elements = elementsOfText(context);
  last = { text: context.text, ignored: context.ignored, elements };
  return elements;
}

function elementsOfText(context: Pick<RuleContext, 'text' | 'ignored'>): Elements | undefined {
  const { text } = context;
  const title = documentTitle(text);
  if (!title) return undefined;
  const all = elementLines(context, title.start);
  // The header: the title's lines, the 发文字号, the 主送机关; it ends at the first sentence.
  let recipientIndex = -1;
  let adopted = false;
  for (let i = 1; i < Math.min(all.length, 8); i++) {
    const t = all[i]!.text;
    if (i <= 4 && ADOPTED.test(t)) adopted = true;
    if (isRecipient(t)) {
      recipientIndex = i;
      break;
    }
    if (/[。！？]/.test(t) || t.length > 60) break;
  }
  const headerEnd = recipientIndex >= 0 ? recipientIndex : 0;
  // The 成文日期: the first date line after the header.
  let dateIndex = -1;
  let signatureOnDateLine: ElementLine | undefined;
  let date: ElementLine | undefined;
  for (let i = headerEnd + 1; i < all.length; i++) {
    const line = all[i]!;
    // DATE ends with 日 (anchored): most lines are not tried.
    if (!line.text.endsWith('日')) continue;
    const m = DATE.exec(line.text);
    if (!m) continue;
    if (m[1] !== undefined && NOT_SIGNATURE.test(m[1])) continue;
    dateIndex = i;
    date = { start: line.end - (m[2] ?? '').length, end: line.end, text: m[2] ?? '' };
    if (m[1] !== undefined) signatureOnDateLine = { start: line.start, end: line.start + m[1].length, text: m[1] };
    break;
  }
  // The 版记 and 附注 (after the body): 抄送, 印发, bracketed notes.
  const cc = all.filter((l, i) => i > headerEnd && CC.test(l.text));
  const imprint = all.find((l, i) => i > headerEnd && isImprint(l.text));
  // Where the body's closing part ends: the date, else the first 版记 line or bracketed note at the end.
  let closingEnd = dateIndex >= 0 ? dateIndex : all.length;
  if (dateIndex < 0) {
    while (closingEnd - 1 > headerEnd) {
      const t = all[closingEnd - 1]!.text;
      if (CC.test(t) || isImprint(t) || /^[（(].*[）)]$/.test(t)) closingEnd--;
      else break;
    }
  }
  let signature: ElementLine | undefined = signatureOnDateLine;
  let lastIndex = closingEnd - 1;
  if (!signature && lastIndex > headerEnd) {
    const candidate = all[lastIndex];
    // Without a date, only a line that names an organ is read as the signature.
    if (isSignature(candidate) && (dateIndex >= 0 || ORGAN_END.test(candidate!.text.replace(/[\s\u3000]+/g, '')))) {
      signature = candidate;
      lastIndex--;
    }
  }
  // The 附件说明: 附件：… and its numbered items, between the body and the signature.
  let attachmentNote: Elements['attachmentNote'];
  for (let i = headerEnd + 1; i <= lastIndex; i++) {
    const m = ATTACHMENT_NOTE.exec(all[i]!.text);
    if (!m) continue;
    const line = all[i]!;
    const items: AttachmentItem[] = [];
    const rest = m[1] ?? '';
    const restStart = line.end - rest.length;
    const first = ITEM.exec(rest);
    if (first) {
      items.push({ start: restStart, end: line.end, text: rest, number: Number(first[1]), name: attachmentName(first[2] ?? '') });
      for (let j = i + 1; j <= lastIndex; j++) {
        const item = ITEM.exec(all[j]!.text);
        if (!item) break;
        items.push({ ...all[j]!, number: Number(item[1]), name: attachmentName(item[2] ?? '') });
      }
    } else if (rest !== '') {
      items.push({ start: restStart, end: line.end, text: rest, name: attachmentName(rest) });
    }
    attachmentNote = { line, items };
    lastIndex = i - 1;
    break;
  }
  const bodyLast = lastIndex > headerEnd ? all[lastIndex] : undefined;
  const bodyStart = all[headerEnd + 1]?.start ?? title.end;
  const body = { start: bodyStart, end: bodyLast ? bodyLast.end : bodyStart };
  const references: ElementLine[] = [];
  for (let i = headerEnd + 1; i <= lastIndex; i++) {
    const line = all[i]!;
    if (!line.text.includes('附件')) continue; // every REFERENCE match has it
    REFERENCE.lastIndex = 0;
    for (let m = REFERENCE.exec(line.text); m; m = REFERENCE.exec(line.text)) {
      const start = line.start + m.index;
      if (insideBookTitle(text, start)) continue;
      // 附件 as a plain noun needs a verb before it (见附件) or a number after it (附件1).
      if (!/^(?:详见|参见|见|如|按|按照|附|填报|填写|报送)|附件[\s\u3000]*[\d一二三四五六七八九十]/.test(m[0])) continue;
      references.push({ start, end: start + m[0].length, text: m[0] });
    }
  }
  const after = dateIndex >= 0 ? all.slice(dateIndex + 1) : all.slice(closingEnd);
  return {
    title,
    ...(recipientIndex >= 0 ? { recipient: all[recipientIndex]! } : {}),
    ...(bodyLast ? { bodyLast } : {}),
    body,
    ...(attachmentNote ? { attachmentNote } : {}),
    ...(signature ? { signature } : {}),
    ...(date ? { date } : {}),
    adopted,
    after,
    cc,
    ...(imprint ? { imprint } : {}),
    references,
  };
}

/** Where a missing element is reported: the given line, else the body's last line, else the title. */
export function anchor(elements: Elements, ...candidates: Array<ElementLine | undefined>): OffsetRange {
  const line = candidates.find((c) => c !== undefined) ?? elements.bodyLast ?? elements.title;
  return { start: line.start, end: line.end };
}
