/**
 * The 送审前检查 of one draft (pre-submission check), for the CLI (`gongwen check`) and the editor
 * (the 送审前检查 command): pure, from the text and its findings. `ready` when there is no
 * error-level finding, no unfilled placeholder (placeholder.unfilled) and no missing element
 * (ELEMENT_RULE_IDS: 主送机关, 落款, 成文日期, 附件说明, 请示's 联系人和电话, the 版记's 印发 line);
 * otherwise `not-ready`, with the reasons, the structure (parts, their balance, the 认识—问题—举措
 * pattern for a speech), the document type and the findings per family.
 */
import {
  buildDocumentTree,
  DOCTYPE_NAMES,
  ELEMENT_RULE_IDS,
  findTitle,
  formatOf,
  LineIndex,
  PLACEHOLDER_RULE_ID,
  ROLE_LABELS,
  type DocType,
  type Finding,
  type SectionRole,
} from '../core';

/** A place in the file: 1-based line and column (UTF-16 code units, as editors count). */
export interface Place {
  line: number;
  column: number;
}

export interface CheckItem extends Place {
  rule: string;
  message: string;
  /** The text the finding covers (a placeholder: “**”). */
  text: string;
}

export interface CheckPart {
  numbering: string;
  title: string;
  role: SectionRole | null;
  roleName: string | null;
  chars: number;
  placeholders: number;
}

export interface CheckReport {
  file: string;
  verdict: 'ready' | 'not-ready';
  /** Why not ready, in Chinese; empty when ready. */
  reasons: string[];
  docType: DocType;
  docTypeName: string;
  title: string | null;
  chars: number;
  errors: CheckItem[];
  placeholders: CheckItem[];
  missingElements: CheckItem[];
  structure: {
    parts: CheckPart[];
    /** Shortest part's characters over the longest's (0..1); null with fewer than two parts. */
    balance: number | null;
    /** The three-part pattern of the type (认识—问题—举措), if it has one. */
    pattern: string | null;
    /** The pattern's roles not found among the parts. */
    missingRoles: string[];
    /** structure.* findings (an unbalanced or missing part, a part out of order). */
    notes: CheckItem[];
  };
  /** Findings per severity. */
  counts: { error: number; warning: number; information: number; hint: number };
  /** Findings per rule family (punct, number, heading, phrase, doctype, term, structure, typo, placeholder). */
  families: Record<string, number>;
}

const FAMILY_NAMES: Record<string, string> = {
  placeholder: '占位符',
  punct: '标点',
  number: '数字',
  heading: '层次序号',
  phrase: '用语',
  typo: '错别字',
  doctype: '文种要素',
  term: '术语',
  structure: '结构',
  config: '配置',
};

export function familyName(family: string): string {
  return FAMILY_NAMES[family] ?? family;
}

export function verdictText(verdict: CheckReport['verdict']): string {
  return verdict === 'ready' ? '可以送审 ready' : '不宜送审 not-ready';
}

const ELEMENTS = new Set(ELEMENT_RULE_IDS);

/** The check of one text, given its findings (`file` names it and decides plain text or Markdown). */
export function checkText(file: string, text: string, findings: readonly Finding[], docType: DocType): CheckReport {
  const format = formatOf(file);
  const lines = new LineIndex(text);
  const item = (f: Finding): CheckItem => {
    const p = lines.positionAt(f.start);
    return { rule: f.rule, message: f.message, text: text.slice(f.start, f.end), line: p.line + 1, column: p.character + 1 };
  };
  const errors = findings.filter((f) => f.severity === 'error').map(item);
  const placeholders = findings.filter((f) => f.rule === PLACEHOLDER_RULE_ID).map(item);
  const missingElements = findings.filter((f) => ELEMENTS.has(f.rule)).map(item);
  const tree = buildDocumentTree(text, format, { docType, findings });
  const parts: CheckPart[] = tree.sections.map((s) => ({
    numbering: s.numbering,
    title: s.title,
    role: s.role ?? null,
    roleName: s.role && s.role !== 'unknown' ? ROLE_LABELS[s.role] : null,
    chars: s.chars,
    placeholders: s.placeholders,
  }));
  const sizes = parts.map((p) => p.chars).filter((n) => n > 0);
  const balance = sizes.length >= 2 ? Math.round((Math.min(...sizes) / Math.max(...sizes)) * 100) / 100 : null;
  const roles = new Set(parts.map((p) => p.role));
  const missingRoles = tree.scheme && parts.length > 0 ? tree.scheme.roles.filter((r) => !roles.has(r)).map((r) => ROLE_LABELS[r]) : [];
  const counts = { error: 0, warning: 0, information: 0, hint: 0 };
  const families: Record<string, number> = {};
  for (const f of findings) {
    counts[f.severity]++;
    const family = f.rule.split('.')[0] ?? f.rule;
    families[family] = (families[family] ?? 0) + 1;
  }
  const reasons: string[] = [];
  if (errors.length > 0) reasons.push(`${errors.length} 个错误级问题`);
  if (placeholders.length > 0) reasons.push(`${placeholders.length} 处占位符未填写`);
  if (missingElements.length > 0) reasons.push(`缺少 ${missingElements.length} 项要素`);
  const title = tree.title?.text ?? findTitle(text)?.text ?? null;
  return {
    file,
    verdict: reasons.length === 0 ? 'ready' : 'not-ready',
    reasons,
    docType,
    docTypeName: DOCTYPE_NAMES[docType],
    title,
    chars: tree.chars,
    errors,
    placeholders,
    missingElements,
    structure: {
      parts,
      balance,
      pattern: tree.scheme?.name ?? null,
      missingRoles,
      notes: findings.filter((f) => f.rule.startsWith('structure.')).map(item),
    },
    counts,
    families,
  };
}

