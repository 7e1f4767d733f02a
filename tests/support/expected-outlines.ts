/**
 * The outline every structure test expects of the shared speech draft (tests/fixtures/structure,
 * the same text as the in-host workspace's 讲话稿结构.txt): as the LSP document symbols, the core
 * tree and the 公文结构 view show it, two spaces of indent a level.
 */
export const SPEECH_DRAFT_OUTLINE: readonly string[] = [
  '在全县农业农村工作会议上的讲话',
  '  同志们：',
  '  一、提高政治站位，充分认识做好农业农村工作的重要意义',
  '  二、正视问题短板，清醒认识当前工作中的薄弱环节',
  '    一是项目推进偏慢',
  '    二是资金使用不够规范',
  '    三是作风不够扎实',
  '  三、聚焦重点任务，扎实推进农业农村现代化',
  '    （一）抓好粮食生产',
  '    （二）、做强特色产业',
  '    （四）加强组织保障',
];
