import * as assert from 'assert';
import { analyze, DEFAULT_SETTINGS, fixAll, RULES } from '../../server/src/core';
import { ruleTable } from '../support/rule-table';

const md = 'markdown' as const;

ruleTable('punct.halfwidth', {
  invalid: [
    { text: '这些工作⟦,⟧离不开各部门的密切配合⟦.⟧', output: '这些工作，离不开各部门的密切配合。', messages: ['半角逗号“,”', '半角句号“.”'] },
    { text: '同比增长3.5%⟦,⟧高于全省平均水平。', output: '同比增长3.5%，高于全省平均水平。' },
    { text: '时间⟦:⟧10:30⟦,⟧地点⟦:⟧县政府第一会议室。', output: '时间：10:30，地点：县政府第一会议室。' },
    { text: '国内生产总值⟦(⟧GDP⟦)⟧增长6.5%。', output: '国内生产总值（GDP）增长6.5%。' },
    { text: '根据《关于下达2026年高标准农田建设任务的通知》⟦(⟧××农发[2026]3号⟦)⟧要求', output: '根据《关于下达2026年高标准农田建设任务的通知》（××农发[2026]3号）要求' },
    { text: '这项工作真的落实了吗⟦?⟧', output: '这项工作真的落实了吗？', messages: ['半角问号'] },
    { text: '让我们紧密团结⟦!⟧', output: '让我们紧密团结！' },
    { text: '这些工作⟦ , ⟧离不开各部门', output: '这些工作，离不开各部门' },
    { text: '共100人⟦, ⟧其中女性45人⟦;⟧男性55人。', output: '共100人，其中女性45人；男性55人。' },
    { text: '各单位⟦:⟧\r\n特此通知⟦.⟧\r\n', output: '各单位：\r\n特此通知。\r\n' },
    { text: '𠮷祥⟦,⟧如意。', output: '𠮷祥，如意。' },
    { text: '点赞👍⟦,⟧继续努力。', output: '点赞👍，继续努力。' },
    { text: '**注意**⟦:⟧各单位要加强值班。', format: md, output: '**注意**：各单位要加强值班。' },
    { text: '- 第一项⟦:⟧加强巡查', format: md, output: '- 第一项：加强巡查' },
    {
      text: '各乡镇人民政府⟦,⟧县政府各部门⟦:⟧\n为切实做好春节期间安全生产工作⟦,⟧现通知如下⟦:⟧\n一是加强巡查⟦;⟧二是严格值守⟦.⟧',
      output: '各乡镇人民政府，县政府各部门：\n为切实做好春节期间安全生产工作，现通知如下：\n一是加强巡查；二是严格值守。',
    },
    { text: '国内生产总值⟦(⟧GDP）增长较快。', output: '国内生产总值（GDP）增长较快。' },
    { text: '（详见附件⟦)⟧。', output: '（详见附件）。' },
    // A lone ( at a line's end reads as at the text's end (the rule is line-scoped: found by fuzzing).
    { text: '开展“回头看”工作⟦(⟧\r\n下一步工作安排', output: '开展“回头看”工作（\r\n下一步工作安排' },
    { text: '已完成工程量的60%⟦.⟧', output: '已完成工程量的60%。' },
    { text: 'GDP⟦,⟧同比增长。', output: 'GDP，同比增长。' },
    { text: '怎么办⟦?⟧⟦!⟧', output: '怎么办？！' },
    { text: '好⟦.⟧下面我讲三点。', output: '好。下面我讲三点。' },
    { text: '[^1]: 注释内容⟦,⟧说明。', format: md, output: '[^1]: 注释内容，说明。' },
    { text: '要做到⟦:⟧⟦(⟧1⟦)⟧加强领导⟦;⟧⟦(⟧2⟦)⟧强化保障。', output: '要做到：（1）加强领导；（2）强化保障。' },
  ],
  valid: [
    '2025年全区实现旅游收入98.6亿元，同比增长12.3%。',
    '会议于10:30开始，比例为1:2，共1,000人参加。',
    'Hello, world. This is English: fine!',
    '详见 Hello, world 一文。',
    '详见https://www.gov.cn/zhengce/index.htm?id=1&b=2，请查阅。',
    '联系邮箱：office@example.gov.cn，电话：0571-12345678。',
    '请下载附件通知.pdf和实施方案.docx。',
    '1.加强组织领导。',
    '(一)加强组织领导',
    '一.提高思想认识',
    '1)加强领导',
    '第一.加强领导',
    '函数f(x)在区间内连续。',
    'v1.2.3版本已发布。',
    '各单位：\r\n特此通知。\r\n',
    '“这是为什么？”他问道。',
    '列奥纳多.达.芬奇的作品。',
    '《中国大百科全书.物理学》已出版。',
    '工作&nbsp;完成。',
    'D:\\文件\\通知.docx已归档。',
    'Gongwen checks speeches (讲话稿), reports and notices (通知).',
    '（此件公开发布）',
    '关键一环。???',
    { text: '见下图![示意图](images/图1.png)。', format: md },
    { text: '详见[通知全文](https://example.com/a,b.html)。', format: md },
    { text: '详见[通知](通知.md)。', format: md },
    { text: '运行`npm run build:prod,test`命令。', format: md },
    { text: '```\nconsole.log("中文,测试");\n```\n正文。', format: md },
    { text: '<span class="a:b">中文</span>。', format: md },
  ],
});

ruleTable('punct.debris', {
  invalid: [
    { text: '这是全局工作的关键一环。⟦???⟧', output: '这是全局工作的关键一环。', messages: ['乱码'] },
    { text: '咱们必须坚决纠正。⟦?⟧\n三、聚焦重点任务', output: '咱们必须坚决纠正。\n三、聚焦重点任务' },
    { text: '坚决纠正。⟦ ??⟧', output: '坚决纠正。' },
    { text: '这项工作落实了吗？⟦??⟧', output: '这项工作落实了吗？' },
    { text: '特此通知。⟦\uFFFD⟧', output: '特此通知。' },
    { text: '农业⟦\uFFFD⟧村工作', output: '农业\uFFFD村工作' },
    { text: '离不开各部门的密切配合⟦???⟧', output: '离不开各部门的密切配合???' },
    { text: '坚决纠正。⟦??⟧\r\n下一段。', output: '坚决纠正。\r\n下一段。' },
    { text: '关键一环。⟦？？⟧', output: '关键一环。' },
    { text: '𠮷祥。⟦?⟧', output: '𠮷祥。' },
  ],
  valid: [
    '这是为什么？',
    '怎么办？！',
    '这项工作真的落实了吗?',
    '访问https://example.com/?q=1查询。',
    'What?? No way.',
    '是吗？？',
    '请回答：是否同意？\r\n同意。',
    { text: '`a ?? b`是空值合并运算符。', format: md },
    '乘号3×5，问号？😀',
  ],
});

ruleTable('punct.ellipsis', {
  invalid: [
    { text: '加强道路、桥梁⟦...⟧', output: '加强道路、桥梁……', messages: ['“...”'] },
    { text: '各项工作⟦。。。。。。⟧', output: '各项工作……' },
    { text: '原文如此⟦…⟧。', output: '原文如此……。' },
    { text: '道路、桥梁⟦………⟧', output: '道路、桥梁……' },
    { text: '加强道路、桥梁⟦……⟧等基础设施建设', output: '加强道路、桥梁等基础设施建设', messages: ['“等”'] },
    { text: '道路、桥梁⟦……⟧等等', output: '道路、桥梁等等' },
    { text: '道路、桥梁⟦．．．⟧', output: '道路、桥梁……' },
    { text: '道路、桥梁⟦···⟧', output: '道路、桥梁……' },
    { text: '原文如此⟦......⟧\r\n下一段。', output: '原文如此……\r\n下一段。' },
    { text: '道路、桥梁⟦...⟧等设施', output: '道路、桥梁等设施' },
    { text: '𠮷⟦...⟧', output: '𠮷……' },
  ],
  valid: [
    '此处省略……',
    '全文省略…………',
    'Loading...',
    '从1...10依次编号',
    '我们……等待着这一天。',
    'See more... 更多内容',
    '“三个到位”……',
    { text: '代码`...`省略。', format: md },
    '本段结束。😀',
  ],
});

ruleTable('punct.dash', {
  invalid: [
    { text: '关键在于一个字⟦--⟧干。', output: '关键在于一个字——干。' },
    { text: '对⟦ -- ⟧错', output: '对——错' },
    { text: '他说⟦—⟧“好”。', output: '他说——“好”。' },
    { text: '原因是⟦—⟧\n下一段', output: '原因是——\n下一段' },
    { text: '这是⟦———⟧结果', output: '这是——结果' },
    { text: '工作⟦──⟧规范', output: '工作——规范' },
    { text: '主要有两条⟦一一⟧。', output: '主要有两条——。', messages: ['一一'] },
    { text: '工作⟦－－⟧规范', output: '工作——规范' },
    { text: '工作⟦ — ⟧规范', output: '工作 — 规范' },
    { text: '原因是⟦--⟧\r\n下一段', output: '原因是——\r\n下一段' },
    { text: '𠮷⟦--⟧祥', output: '𠮷——祥' },
    // A closing mark before a dash that ends the line or meets a mark is no connector.
    { text: '青山（白河）⟦—⟧\n下一段', output: '青山（白河）——\n下一段' },
    { text: '青山（白河）⟦—⟧，好', output: '青山（白河）——，好' },
  ],
  valid: [
    '京津冀—长三角联动',
    '北京—上海',
    '2021—2025年',
    '做到一一对应、一一落实。',
    '逐项一一落实到位。',
    '命令 --help 参数',
    '<!-- 注释 -->',
    '2021--2025年',
    '|---|---|',
    '第一部分------第二部分',
    '— 加强领导',
    'GB/T 9704-2012规定，电话0571-12345678。',
    'COVID-19疫情',
    '——这是破折号。',
    { text: '---\ntitle: 测试--标题\n---\n正文。', format: md },
    // A name ending in a closing mark joined to the next name: a 连接号.
    '青山（白河）—东盟合作论坛',
    '《青山宣言》—白河行动',
    '“青山”—白河联动机制',
  ],
});

ruleTable('punct.unpaired', {
  invalid: [
    { text: '根据⟦《⟧关于下达建设任务的通知要求，抓好落实。', messages: ['书名号不成对'] },
    { text: '详见附件⟦）⟧。' },
    { text: '有的同志下基层⟦“⟧走马观花，差不多就行。' },
    { text: '根据标准⟦》⟧规定执行。' },
    { text: '“三农”和⟦“⟧乡村振兴。' },
    { text: '国发⟦〔⟧2026]3号' },
    { text: '第一行⟦“⟧引文\n\n第二段⟦”⟧。', format: md },
    { text: '他说⟦“⟧好。\r\n下一段。' },
    { text: '𠮷⟦（⟧祥。' },
    { text: '他说：“第一段\n⟦“⟧第二段。' },
    // A blank line however the lines break (\r\r, \r\n\r\n) ends the paragraph; so does a Markdown heading, indented or not.
    { text: '第一行⟦“⟧引文\r\r第二段⟦”⟧。' },
    { text: '第一行⟦“⟧引文\r\n\r\n第二段⟦”⟧。' },
    { text: '第一段⟦“⟧引文\n# 标题\n后文⟦”⟧。', format: md },
    { text: '第一段⟦“⟧引文\n  ## 标题\n后文⟦”⟧。', format: md },
  ],
  valid: [
    '“三农”工作',
    // A line of spaces is not a blank line, and a line ending mid-sentence runs on.
    '第一行“引文，\n　　\n继续”。',
    '第一行“引文\r\n继续”。',
    { text: '第一段“引文\n#标题\n后文”。', format: md },
    '（一）加强领导\n（二）强化保障',
    '1）加强领导\n2）强化保障',
    '一）加强领导',
    'a）第一项\nb）第二项',
    'China’s economy 经济',
    '《关于〈条例〉的说明》',
    '“开头，\n继续”。',
    '他说：“第一段。\n“第二段。”',
    '【重要】国发〔2026〕3号',
    { text: '符号`（`不检查。', format: md },
    '“𠮷祥”😀',
  ],
});

ruleTable('punct.straight-quote', {
  invalid: [
    { text: '实行⟦"月调度、季通报"⟧。', output: '实行“月调度、季通报”。' },
    { text: '他说：“要落实⟦"三个到位"⟧要求。”', output: '他说：“要落实‘三个到位’要求。”', messages: ['单引号'] },
    { text: '⟦“三个到位"⟧要求', output: '“三个到位”要求' },
    { text: '⟦"三个到位”⟧要求', output: '“三个到位”要求' },
    { text: '他说⟦"OK"⟧。', output: '他说“OK”。' },
    { text: "不要搞⟦'一刀切'⟧。", output: '不要搞‘一刀切’。' },
    { text: '缺一个⟦"⟧引号', output: '缺一个"引号' },
    { text: '⟦"乡村振兴"⟧和⟦"共同富裕"⟧', output: '“乡村振兴”和“共同富裕”' },
    { text: '实行⟦"月调度"⟧。\r\n实行⟦"季通报"⟧。', output: '实行“月调度”。\r\n实行“季通报”。' },
    { text: '𠮷⟦"祥"⟧😀', output: '𠮷“祥”😀' },
  ],
  valid: [
    '"Hello," he said.',
    "don't 中文",
    '尺寸为30"屏幕',
    "身高5'10\"的人",
    '“三个到位”',
    'print("hello")',
    { text: '<a href="x">链接</a>', format: md },
    { text: '[链接](http://a.com "标题")中文', format: md },
    { text: '代码`"abc"`中文', format: md },
  ],
});

ruleTable('punct.doubled', {
  invalid: [
    { text: '任务艰巨⟦，，⟧责任重大⟦。。⟧', output: '任务艰巨，责任重大。' },
    { text: '这项工作真的落实了吗⟦？？⟧', output: '这项工作真的落实了吗？' },
    { text: '好⟦！！⟧', output: '好！' },
    { text: '要求⟦；；⟧', output: '要求；' },
    { text: '如下⟦：：⟧', output: '如下：' },
    { text: '公安⟦、、⟧交通', output: '公安、交通' },
    { text: '任务艰巨⟦，，，⟧责任重大', output: '任务艰巨，责任重大' },
    { text: '工作⟦，。⟧', output: '工作，。', messages: ['两个点号连用'] },
    { text: '要求⟦：，⟧', output: '要求：，' },
    { text: '责任重大⟦。。⟧\r\n下一段。', output: '责任重大。\r\n下一段。' },
    { text: '𠮷祥⟦，，⟧如意', output: '𠮷祥，如意' },
  ],
  valid: ['怎么办？！', '真的吗！？', '特此通知。。。', '他说：“好。”', '此处省略……。', '1,,2', '（一）加强领导。😀', '各单位：\r\n“三农”工作。', { text: '代码`，，`不检查。', format: md }],
});

ruleTable('punct.enumeration-comma', {
  invalid: [
    { text: '认真学习《条例》⟦、⟧《规定》', output: '认真学习《条例》《规定》' },
    { text: '学习《条例》⟦、⟧《规定》⟦、⟧《办法》', output: '学习《条例》《规定》《办法》' },
    { text: '落实“三个到位”⟦、⟧“四个不放过”', output: '落实“三个到位”“四个不放过”', messages: ['通常不用顿号'] },
    // In a quotation: reported, but fix-all does not rewrite a quotation.
    { text: '他说：“要做到‘三个到位’⟦、⟧‘四个不放过’。”', output: '他说：“要做到‘三个到位’、‘四个不放过’。”', messages: ['引文'] },
    { text: '《条例》⟦、⟧《规定》\r\n下一段。', output: '《条例》《规定》\r\n下一段。' },
    { text: '𠮷《A》⟦、⟧《B》', output: '𠮷《A》《B》' },
    { text: '**重点**学习《条例》⟦、⟧《规定》', format: md, output: '**重点**学习《条例》《规定》' },
    { text: '“好”⟦、⟧“行”😀', output: '“好”“行”😀' },
    // Words after the last item and before the first are the sentence's.
    { text: '开展“青山杯”⟦、⟧“白河行”⟦、⟧“乡村夜话”等活动。', output: '开展“青山杯”“白河行”“乡村夜话”等活动。' },
    { text: '落实“放管服”⟦、⟧“最多跑一次”要求。', output: '落实“放管服”“最多跑一次”要求。' },
    // A quoted item may hold a comma.
    { text: '明确“项目负责人可以自主，按规定组建团队”⟦、⟧“经费包干使用”等要求。', output: '明确“项目负责人可以自主，按规定组建团队”“经费包干使用”等要求。' },
    // 等 closes the list: the 、 after it joins other, unmarked items.
    { text: '推广“稻渔共生”⟦、⟧“林下种养”等生态循环、种养结合的模式。', output: '推广“稻渔共生”“林下种养”等生态循环、种养结合的模式。' },
    { text: '依据《青山县条例》⟦、⟧《白河县办法》等法规、规章办理。', output: '依据《青山县条例》《白河县办法》等法规、规章办理。' },
    // Two marked lists joined by 和.
    { text: '学习《条例》⟦、⟧《规定》和“三个到位”⟦、⟧“四个不放过”要求', output: '学习《条例》《规定》和“三个到位”“四个不放过”要求' },
    { text: '“甲”⟦、⟧“乙”和“丙”等', output: '“甲”“乙”和“丙”等' },
  ],
  valid: [
    '《条例》（2024年修订）、《规定》',
    '《条例》（2024年修订）、《规定》、《办法》',
    '“三农”、《规定》',
    '《条例》和《规定》',
    '《条例》《规定》',
    '“A”“B”',
    '公安、交通',
    '“三农”工作、乡村振兴',
    '《条例》、第三条',
    { text: '代码`》、《`不检查。', format: md },
    // Mixed lists: an unmarked item, or an item with other words, keeps every 、.
    '坚持“两个不变”、“三个优先”、乡村全面振兴的方针。',
    '贯彻“青山之治”、“白河之策”、因地制宜的方针。',
    '坚持因地制宜和“两个不变”、“三个优先”。',
    '落实“两个不变”、“三个优先”和因地制宜的要求。',
    '举办“青山之夏”消费季、“白河之秋”、“乡村夜话”等活动。',
    '举办“青山之夏”、“白河之秋”消费季、“乡村夜话”等活动。',
    // A title is cited as issued.
    '印发《关于“两个不变”、“三个优先”的实施意见》。',
    '“甲”等、“乙”',
  ],
});

describe('punct.enumeration-comma is soft (GB/T 15834-2011 4.5.3.5: 通常不用)', () => {
  it('is information by default, also when the rule is set to warning', () => {
    const text = '落实“三个到位”、“四个不放过”要求。';
    for (const rules of [{}, { 'punct.enumeration-comma': 'warning' }] as Array<Record<string, 'warning'>>) {
      const found = analyze({ text, format: 'plaintext' }, { ...DEFAULT_SETTINGS, rules }).filter((f) => f.rule === 'punct.enumeration-comma');
      assert.deepStrictEqual(found.map((f) => f.severity), ['information']);
    }
  });
  it('fix-all never edits a mixed list, a title or a quotation', () => {
    const text = '坚持“两个不变”、“三个优先”、乡村全面振兴的方针。印发《关于“甲”、“乙”的意见》。他说：“要做到‘甲’、‘乙’。”';
    assert.strictEqual(fixAll({ text, format: 'plaintext' }, DEFAULT_SETTINGS, (f) => f.rule === 'punct.enumeration-comma').text, text);
  });
});

ruleTable('punct.approximate-comma', {
  invalid: [
    { text: '预计需要三⟦、⟧四天', output: '预计需要三四天' },
    { text: '来了七⟦、⟧八个人', output: '来了七八个人' },
    { text: '约有二⟦、⟧三十人', output: '约有二三十人' },
    { text: '每隔三⟦、⟧五天', output: '每隔三五天' },
    { text: '只需一⟦、⟧两天', output: '只需一两天' },
    { text: '年龄在十五⟦、⟧六岁', output: '年龄在十五六岁' },
    { text: '出版了八⟦、⟧九部作品', output: '出版了八九部作品' },
    { text: '需要四⟦、⟧五个小时\r\n下一段', output: '需要四五个小时\r\n下一段' },
    { text: '𠮷需要三⟦、⟧四天', output: '𠮷需要三四天' },
  ],
  valid: [
    '分为一、二、三级。',
    '这是一、二级医院。',
    '第三、四季度完成。',
    '三、四年级学生参加。',
    '今年五、六月完成。',
    '三、四个方面的问题',
    '进入前三、四名。',
    '三、四十年代的建筑',
    '一、提高认识\n二、加强领导',
    '二、四天不等😀',
    '有三、四部门参加。',
    '合计三、四层。',
    '共设二、三等奖。',
  ],
});

ruleTable('punct.space', {
  invalid: [
    { text: '这些工作⟦ ⟧，离不开', output: '这些工作，离不开' },
    { text: '密切配合。⟦ ⟧下面', output: '密切配合。下面' },
    { text: '（⟦ ⟧一⟦ ⟧）', output: '（一）' },
    { text: '“⟦ ⟧三农⟦ ⟧”', output: '“三农”' },
    { text: '工作⟦\u3000⟧，', output: '工作，' },
    { text: '工作⟦\t⟧，离不开', output: '工作，离不开' },
    { text: '工作⟦ ⟧，\r\n下一段。', output: '工作，\r\n下一段。' },
    { text: '请说Hello⟦ ⟧，世界', output: '请说Hello，世界' },
    { text: '𠮷⟦ ⟧，祥', output: '𠮷，祥' },
    { text: '密切配合。⟦   ⟧下面', output: '密切配合。下面' },
  ],
  valid: [
    '\u3000\u3000各单位：',
    '    各单位：',
    '特此通知。  ',
    { text: '- “三农”工作', format: md },
    { text: '| “a” | “b” |', format: md },
    { text: '> “引用”', format: md },
    '汉字 123 汉字',
    '2025 年',
    '合计（万元）     100',
    'GB/T 9704-2012 《党政机关公文格式》 — layout and numbering.',
    '同志们：\n\u3000\u3000今天😀',
  ],
});

describe('punct rule pack', () => {
  it('every rule has an id, Chinese docs and a source', () => {
    const punct = RULES.filter((r) => r.id.startsWith('punct.'));
    assert.strictEqual(punct.length, 10);
    for (const r of punct) {
      assert.match(r.id, /^punct\.[a-z-]+$/);
      assert.match(r.description, /[\u4e00-\u9fff]/);
      assert.ok(r.docs?.source.includes('GB/T 15834-2011'), r.id);
      assert.ok(r.docs?.bad && r.docs.good, r.id);
    }
  });

  it('fixes a pasted web page in one fix-all', () => {
    const text = [
      '各乡镇人民政府,县政府各部门:',
      '为切实做好春节期间安全生产工作,现就有关事项通知如下:',
      '一是加强巡查(重点路段);二是严格值守.要落实"三个到位"要求!',
      '各单位要高度重视,,确保各项措施落到实处。???',
    ].join('\n');
    const settings = { ...DEFAULT_SETTINGS };
    const result = fixAll({ text, format: 'plaintext' }, settings, (f) => f.rule.startsWith('punct.'));
    assert.strictEqual(
      result.text,
      [
        '各乡镇人民政府，县政府各部门：',
        '为切实做好春节期间安全生产工作，现就有关事项通知如下：',
        '一是加强巡查（重点路段）；二是严格值守。要落实“三个到位”要求！',
        '各单位要高度重视，确保各项措施落到实处。',
      ].join('\n'),
    );
    const left = analyze({ text: result.text, format: 'plaintext' }, settings).filter((f) => f.rule.startsWith('punct.'));
    assert.deepStrictEqual(left, []);
  });

  it('reports nothing on a clean 公文 paragraph', () => {
    const text =
      '\u3000\u3000根据《关于下达2026年高标准农田建设任务的通知》（××农发〔2026〕3号）要求，我局今年承担建设任务1.2万亩，' +
      '总投资约3000万元。截至目前，已完成工程量的60%。实行“月调度、季通报”，做到一一对应、一一落实，2021—2025年累计投入98.6亿元。\n';
    const found = analyze({ text, format: 'plaintext' }).filter((f) => f.rule.startsWith('punct.'));
    assert.deepStrictEqual(found.map((f) => `${f.rule}: ${text.slice(f.start, f.end)}`), []);
  });
});
