/**
 * Units and measure words (量词) that follow a figure in 公文, grouped by what the figure is.
 * Used to tell a figure slot (总投资**亿元) from other text, and to name what a slot is missing.
 * Longest forms first within the table so that 万亩 wins over 万.
 */

export type QuantityKind =
  | '金额'
  | '面积'
  | '重量'
  | '长度'
  | '比例'
  | '年份'
  | '月份'
  | '日期'
  | '时间'
  | '倍数'
  | '数量';

const TABLE: ReadonlyArray<readonly [QuantityKind, readonly string[]]> = [
  ['金额', ['亿美元', '万美元', '亿元', '万元', '千元', '美元', '元']],
  ['面积', ['平方公里', '平方千米', '平方米', '万亩', '公顷', '亩']],
  ['重量', ['万吨', '公斤', '千克', '吨', '斤']],
  ['长度', ['公里', '千米', '延米', '米']],
  ['比例', ['个百分点', '百分点', '%', '％', '‰']],
  ['年份', ['年度', '年']],
  ['月份', ['月份', '月']],
  ['日期', ['日', '号']],
  ['时间', ['小时', '分钟', '时', '天', '周']],
  ['倍数', ['倍']],
  [
    '数量',
    [
      '万人次', '人次', '万户', '万人', '余家', '多家', '余个', '多个', '余人', '多人', '余项', '多项',
      '亿', '万', '千', '百',
      '家', '个', '件', '所', '场', '篇', '次', '项', '人', '名', '户', '座', '台', '辆', '条', '处', '批',
      '期', '位', '支', '种', '套', '间', '栋', '张', '份', '部', '本', '册', '艘', '头', '只', '株', '棵',
      '岁', '级', '连', '届', '轮', '类', '起', '宗', '笔', '例', '床', '所', '吨', '余', '多',
    ],
  ],
];

/** Words that begin with a measure character but are not a figure's unit (个人, 项目, 年轻). */
const NOT_UNITS: readonly string[] = [
  '个人', '个体', '个别', '个性', '个案', '家庭', '家长', '家属', '家乡', '家风', '家园', '家政', '家具',
  '人民', '人员', '人才', '人口', '人大', '人事', '人社', '人力', '人文', '人居', '人工', '人们', '人身',
  '名单', '名称', '名录', '名义', '名誉', '名牌', '项目', '场所', '场景', '场地', '所有', '所在', '所属',
  '所以', '所得', '条件', '条例', '条款', '处理', '处置', '处室', '处长', '期间', '期限', '期待', '期望',
  '批准', '批复', '批示', '次要', '件事', '台账', '户籍', '位置', '种植', '种养', '种类', '种子', '部门',
  '部署', '部分', '部长', '份额', '年轻', '年龄', '年会', '月度', '月亮', '日常', '日益', '日报', '时候',
  '时期', '时代', '时间', '时刻', '天然', '天气', '级别', '类型', '类别', '起来', '起步', '起草', '例如',
  '支持', '支部', '支撑', '本身', '本级', '本地', '套餐', '间隔', '张贴', '万物', '千方百计', '百姓',
  '多元', '多样', '余额', '元素', '元旦', '米粮', '周边', '周年', '倍增', '倍加', '亿万', '头部', '只有',
  '册封', '连续', '连接', '连同', '连带', '连线', '号召', '号码', '轮流', '笔记', '床位', '宗旨', '多措并举', '多方', '多次', '多种', '多项',
];

const ENTRIES: ReadonlyArray<readonly [string, QuantityKind]> = TABLE.flatMap(([kind, units]) =>
  units.map((u) => [u, kind] as const),
).sort((a, b) => b[0].length - a[0].length);

export interface UnitMatch {
  unit: string;
  kind: QuantityKind;
}

/**
 * The unit or measure word that starts `text` at `offset`, if any. A word in NOT_UNITS is not a
 * unit (项目 is not 项 + 目) unless the caller knows better from context.
 */
/** ENTRIES by their first character (longest first, as in ENTRIES), so a lookup tries only a few. */
const BY_FIRST = new Map<string, Array<readonly [string, QuantityKind]>>();
for (const entry of ENTRIES) {
  const first = entry[0].charAt(0);
  const list = BY_FIRST.get(first) ?? [];
  list.push(entry);
  BY_FIRST.set(first, list);
}

export function unitAt(text: string, offset: number): UnitMatch | undefined {
  const candidates = BY_FIRST.get(text.charAt(offset));
  if (!candidates) return undefined;
  for (const [unit, kind] of candidates) {
    if (text.startsWith(unit, offset)) {
      if (NOT_UNITS.some((w) => w.length > unit.length && text.startsWith(w, offset))) return undefined;
      return { unit, kind };
    }
  }
  return undefined;
}
