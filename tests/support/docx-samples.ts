/** Drafts for the Word export/import tests. */

/** A clean 通知 with every part the exporter lays out: no blank lines, no indentation. */
export const CLEAN_NOTICE = [
  '某某市文化和旅游局关于做好春节期间文化市场安全工作的通知',
  '各区县文化和旅游局，局属各单位：',
  '为切实做好春节期间文化市场安全工作，现将有关事项通知如下（安全检查表见附件1，值班安排表见附件2）。',
  '一、压实安全责任',
  '各单位要严格落实安全生产责任制，春节期间实行领导带班和24小时值班制度。',
  '（一）开展隐患排查',
  '对辖区内营业性演出场所开展一次全面排查，建立问题清单，逐项整改到位。',
  '1.完善应急预案。各单位要结合实际修订应急预案，明确处置流程和联系人。',
  '（1）一般事件在1小时内报告。',
  '附件：1.春节期间文化市场安全检查表',
  '2.春节期间值班安排表',
  '某某市人民政府',
  '2026年1月5日',
  '附件1',
  '春节期间文化市场安全检查表',
  '检查结束后报市局市场管理处。',
].join('\n');

/** A faulty 请示 draft (placeholders, half-width punctuation, redundancy), with blank lines and indentation. */
export const FAULTY_REQUEST = `××县农业农村局关于申请拨付高标准农田建设补助资金的请示报告

县人民政府：
    根据《关于下达2026年高标准农田建设任务的通知》(××农发[2026]3号)要求，我局今年承担高标准农田建设任务1.2万亩，总投资约3000万元左右。截止到目前为止，已完成工程量的60%。
    为确保项目按期完工，特申请拨付县级配套资金**万元。同时，建议将园区道路硬化项目一并纳入今年计划。
    妥否，请示。

××县农业农村局
2026年2月3日
`;

/** The same faults without blank lines and indentation, so that positions survive the round trip. */
export const FAULTY_FLAT = FAULTY_REQUEST.split('\n')
  .map((l) => l.trim())
  .filter((l) => l !== '')
  .join('\n');
