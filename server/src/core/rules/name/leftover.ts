/**
 * name.leftover — a place left behind in a document copied from another unit (“简单改个地名”): the
 * document's own unit is read from its title (青山县人民政府办公室关于…), else its signature (落款)
 * or 印发 line (青山县人民政府办公室 → 青山县, a 县); another place of the same level standing in
 * the document's own role is a leftover:
 *  - the signature or the 印发机关 names another county (warning);
 *  - instructions to another county's units or people: 白河县各乡镇、白河县县直各单位、白河县全县上下
 *    (warning);
 *  - another county as the acting organ (白河县委、县政府高度重视) or in a sentence of 我县/全县/本县
 *    (information).
 * A place in a relation is not one: a neighbour, partner or model (与白河县签订合作协议, 参照白河县
 * 的做法, 到白河县调研, 毗邻白河县), a cited title 《…》. Place names are read from their suffix (县、
 * 区、市、镇、乡、街道、旗) and the 行政区划 list, so fictional names work; a document of two issuers
 * (联合行文: 青山县、白河县…) is not read.
 */
import { overlapsAny } from '../../markdown';
import { detach, lines } from '../../text/chars';
import { LineCache } from '../../text/lineCache';
import type { OffsetRange, Rule, RuleContext, RuleFinding } from '../../types';
import { readElements } from '../doctype/elements';
import { REGIONS } from './data/regions';
import { clauseBefore, insideBookTitle, isHanChar, placeEndingAt, sentenceFinder, type Place, type PlaceLevel, type Sentences } from './helpers';

const ID = 'name.leftover';

const LEVELS: readonly PlaceLevel[] = ['街道', '省', '市', '县', '区', '旗', '州', '盟', '镇', '乡'];
const SUFFIX_CHARS = '省市县区旗州盟镇乡';

let knownNames: Set<string> | undefined;
/** Every province, prefecture and county name of the 行政区划 list. */
function known(): Set<string> {
  if (knownNames) return knownNames;
  const set = new Set<string>();
  for (const line of REGIONS) {
    const [province = '', rest = ''] = line.split('|');
    set.add(province);
    for (const part of rest.split(';')) {
      const [prefecture = '', list = ''] = part.split(':');
      if (prefecture) set.add(prefecture);
      for (const c of list.split(' ')) if (c) set.add(c);
    }
  }
  knownNames = set;
  return set;
}

function levelOf(name: string): PlaceLevel | undefined {
  return LEVELS.find((l) => name.endsWith(l));
}

/**
 * The places an organ's name starts with, in order (青山县白河镇人民政府 → 青山县, 白河镇): each
 * a known name, or two to four characters and a level suffix not followed by another suffix
 * character (杭州市, not 杭州).
 */
function leadingPlaces(text: string, from: number, to: number): Place[] {
  const out: Place[] = [];
  let p = from;
  const lead = /^(?:中国共产党|中共)/.exec(text.slice(p, to));
  if (lead) p += lead[0].length;
  const names = known();
  for (;;) {
    let found: Place | undefined;
    for (let n = 7; n >= 2 && !found; n--) {
      const end = p + n;
      if (end > to) continue;
      const name = text.slice(p, end);
      if (names.has(name)) {
        const level = levelOf(name);
        if (level) found = { start: p, end, name, level };
      }
    }
    for (let n = 3; n <= 5 && !found; n++) {
      const end = p + n;
      if (end > to) break;
      const name = text.slice(p, end);
      const level = levelOf(name);
      if (!level || SUFFIX_CHARS.includes(text.charAt(end))) continue;
      const place = placeEndingAt(text, end, level, new Set([name]));
      if (place && place.start === p && [...name].every(isHanChar)) found = place;
    }
    if (!found) return out;
    out.push(found);
    p = found.end;
  }
}

/** The lowest-level place an organ's line starts with, or 'joint' when it names two of one level (联合行文). */
function ownPlaceOf(text: string, range: OffsetRange): Place | 'joint' | undefined {
  const places = leadingPlaces(text, range.start, range.end);
  const last = places[places.length - 1];
  if (!last) return undefined;
  // Another place of the same level further on the line: two issuers.
  const rest = text.slice(last.end, range.end);
  const other = new RegExp(`[、，,\\s\\u3000](?:中共)?[\\u4e00-\\u9fff]{2,4}${last.level}`).exec(rest);
  if (other && !other[0].includes(last.name)) return 'joint';
  return last;
}

/** After another place: its units or its people addressed as the document's own (白河县各乡镇). */
function ownRoleTail(level: PlaceLevel): RegExp {
  const l = level === '街道' ? '街道' : level;
  return new RegExp(`^(?:各乡镇|各乡（镇）|各乡\\(镇\\)|各镇|各街道|各部门|各单位|各级各部门|各级各单位|各有关部门|各有关单位|各村|各社区|${l}直各|${l}直有关|${l}直单位|全${l}|上下)`);
}

/** After another place: the place acting as the document's issuer (白河县委、县政府, 白河县人民政府). */
const ACTING_TAIL = /^(?:委|人民政府|政府)(?:、|和|高度重视|研究决定|决定|要求|部署|印发|召开)/;

/** What may follow a place name that stands as a word (not 推进区域, 开拓市场). */
const WORD_END = /^(?:[、，,。；;：:的要将已在把和及与（(]|委|人民|政府|各|全|上下|共|有|是|位于|地处)/;

/** Words before a place (in its clause) that make it a neighbour, partner or model. */
const RELATION_BEFORE = /与|和|同|跟|向|到|赴|去|往|来自|对口|参照|借鉴|学习|对标|比照|结对|帮扶|协作|合作|联合|携手|毗邻|相邻|邻近|接壤|交界|周边|兄弟|支援|援助|考察|调研|相比|比较|对比|除|以外|包括|等|邀请|陪同|带领|组织|在|经|由|原/;
/** Words anywhere in the sentence that put the other place in a relation. */
const RELATION_SENTENCE = /合作|协议|协作|参照|借鉴|学习|考察|调研|对口|帮扶|毗邻|相邻|接壤|交界|邻|经验|做法|先进|兄弟|相比|对比|比较|携手|签订|交流|互访|来我|观摩|取经|对接|共建|共同|联合|两地|两县|两区|两市|周边|区域|一体化|排名|位居|位于|地处|东部|西部|南部|北部|以东|以西|以南|以北|东邻|西邻|南邻|北邻|之间|超过|低于|高于|多于|少于|领先|落后/;

/** A place of the document's own level standing in its own role, found in the body. */
interface BodyHit {
  place: Place;
  message: string;
  soft: boolean;
}

/** No body lines read yet, for the issuer `key`: bounded like the other per-line caches. */
function bodyFor(key: string): { key: string; lines: LineCache<BodyHit[]> } {
  return { key, lines: new LineCache<BodyHit[]>(150_000, 4_000) };
}

/** The body lines read for one issuer (its name, level and where it was read), by line text: offsets relative to the line. */
let BODY = bodyFor('');

/** Forgets the body lines read (with the other per-line caches: a from-scratch analysis). */
export function clearLeftoverLines(): void {
  BODY = bodyFor('');
}

/** Places of the own level in the own role, in `text` from `from` to `to` (the whole body, or one line of it as its own text). */
function bodyHits(text: string, from: number, to: number, own: Place, where: string): BodyHit[] {
  const hits: BodyHit[] = [];
  // The known names and the document's own (a lookup, not a copy of the thousands of known names per check).
  const all = known();
  const names = { has: (name: string): boolean => name === own.name || all.has(name) };
  const tail = ownRoleTail(own.level);
  const sameLevelWords = new RegExp(`[我本全]${own.level}`);
  let sentences: Sentences | undefined;
  const relatedSentences = new Map<number, boolean>();
  for (let k = text.indexOf(own.level, from); k >= 0 && k < to; k = text.indexOf(own.level, k + 1)) {
    const end = k + own.level.length;
    const place = placeEndingAt(text, end, own.level, names);
    if (!place || place.name === own.name || insideBookTitle(text, place.start)) continue;
    const before = clauseBefore(text, place.start);
    if (RELATION_BEFORE.test(before)) continue;
    const after = text.slice(end, end + 12);
    const ownRole = tail.exec(after)?.[0];
    const acting = !ownRole && (ACTING_TAIL.test(after) || WORD_END.test(after));
    if (!ownRole && !acting) continue;
    const sentence = (sentences ??= sentenceFinder(text))(place.start, place.end);
    let related = relatedSentences.get(sentence.start);
    if (related === undefined) relatedSentences.set(sentence.start, (related = RELATION_SENTENCE.test(sentence.text)));
    if (related) continue;
    if (ownRole) {
      hits.push({ place, message: `本文件是${own.name}的文件（见${where}），“${place.name}${ownRole}”可能是照抄其他单位文件时漏改的地名。`, soft: false });
    } else if (ACTING_TAIL.test(after) || sameLevelWords.test(sentence.text)) {
      hits.push({ place, message: `本文件是${own.name}的文件（见${where}），此处的“${place.name}”可能是照抄其他单位文件时漏改的地名，请核对。`, soft: true });
    }
  }
  return hits;
}

export const nameLeftover: Rule = {
  id: ID,
  description: '照抄其他单位文件遗留的地名（青山县的文件里写“白河县各乡镇”）',
  descriptionEn: 'Place name left over from another office\'s document (白河县各乡镇 in a 青山县 document)',
  defaultSeverity: 'warning',
  docs: {
    summary:
      '从标题、落款和印发机关读出本文件的发文单位（青山县人民政府办公室→青山县）；同级的其他地方出现在本单位的位置上（落款、印发机关、“白河县各乡镇”“白河县委、县政府高度重视”），多是照抄其他单位的文件时漏改的地名。作为邻县、合作方或学习对象出现（与白河县签订合作协议、参照白河县的做法、到白河县调研）不报。',
    source: '《党政机关公文处理工作条例》第十九条（文字准确）；本工具约定',
    bad: '青山县人民政府关于……的通知 ……白河县各乡镇要……',
    good: '青山县人民政府关于……的通知 ……各乡镇要……',
  },
  examples: {
    invalid: [
      { text: '青山县人民政府关于做好秋季防火工作的通知\n各乡镇人民政府，县直各单位：\n⟦白河县⟧各乡镇要落实防火责任。\n青山县人民政府\n2026年3月5日' },
      { text: '青山县人民政府关于做好秋季防火工作的通知\n各乡镇人民政府，县直各单位：\n各乡镇要落实防火责任。😀\n⟦白河县⟧人民政府\n2026年3月5日' },
    ],
    valid: [
      '青山县人民政府关于做好秋季防火工作的通知\n各乡镇人民政府，县直各单位：\n各乡镇要参照白河县的做法，与白河县签订联防协议，组织人员到白河县调研。毗邻白河县各乡镇的村要加强巡查。\n青山县人民政府\n2026年3月5日',
      '青山县人民政府 白河县人民政府关于联合开展防火工作的通知\n两县各乡镇：\n青山县各乡镇、白河县各乡镇要加强协作。\n青山县人民政府　　白河县人民政府\n2026年3月5日',
      '青山市人民政府关于做好秋季防火工作的通知\n各县（区）人民政府：\n白河县各乡镇要落实防火责任。\n青山市人民政府\n2026年3月5日',
      '青山县人民政府关于做好秋季防火工作的通知\n各乡镇人民政府，县直各单位：\n要认真落实县委、县政府部署，督促县各部门抓好落实，城区各街道要配合。\n青山县人民政府\n2026年3月5日',
    ],
  },
  check(context: RuleContext): RuleFinding[] {
    const { text } = context;
    const elements = readElements(context);
    if (!elements) return [];
    const issuer = elements.title.core.includes('关于') ? { start: elements.title.start, end: elements.title.start + elements.title.core.indexOf('关于') } : undefined;
    const fromTitle = issuer ? ownPlaceOf(text, issuer) : undefined;
    const fromSignature = elements.signature ? ownPlaceOf(text, elements.signature) : undefined;
    const fromImprint = elements.imprint ? ownPlaceOf(text, elements.imprint) : undefined;
    if (fromTitle === 'joint' || fromSignature === 'joint' || fromImprint === 'joint') return [];
    const own = fromTitle ?? fromSignature ?? fromImprint;
    if (!own) return [];
    const findings: RuleFinding[] = [];
    const where = fromTitle ? '标题中的发文机关' : '落款';
    const report = (place: Place, message: string, soft: boolean): void => {
      if (overlapsAny(context.ignored, place.start, place.end)) return;
      if (findings.some((f) => f.start === place.start)) return;
      findings.push({
        rule: ID,
        start: place.start,
        end: place.end,
        message,
        fixes: [{ title: `改为“${own.name}”`, edits: [{ start: place.start, end: place.end, newText: own.name }] }],
        ...(soft ? { soft: true } : {}),
      });
    };
    // The signature and the 印发 line name the issuer: another place of the same level there is a leftover.
    for (const [found, role] of [[fromSignature, '落款'], [fromImprint, '印发机关']] as const) {
      if (found && found.level === own.level && found.name !== own.name && found.start !== own.start) {
        report(found, `${role}写的是“${found.name}”，与${where}“${own.name}”不一致，可能是照抄其他单位文件时漏改的地名。`, false);
      }
    }
    // The body: another place of the own level in the own role, line by line (everything a place
    // is read with stops at its line: the clause, the sentence, a title, the words after it); a
    // line wholly in the body is read once for this issuer and kept (BODY).
    const from = elements.body.start;
    const to = elements.body.end;
    const key = `${own.name}\u0000${own.level}\u0000${where}`;
    if (BODY.key !== key) BODY = bodyFor(key);
    const textLines = lines(text);
    BODY.lines.fit(text.length, textLines.length);
    for (const line of textLines) {
      if (line.end <= from || line.start >= to || !line.text.includes(own.level)) continue;
      if (line.start >= from && line.end <= to) {
        let hits = BODY.lines.get(line.text);
        if (!hits) {
          // A copy: the cache must not keep a version of the document alive.
          const copy = detach(line.text);
          hits = bodyHits(copy, 0, copy.length, own, where);
          BODY.lines.set(copy, hits);
        }
        for (const hit of hits) report({ ...hit.place, start: hit.place.start + line.start, end: hit.place.end + line.start }, hit.message, hit.soft);
      } else {
        for (const hit of bodyHits(text, Math.max(from, line.start), Math.min(to, line.end), own, where)) report(hit.place, hit.message, hit.soft);
      }
    }
    return findings;
  },
};
