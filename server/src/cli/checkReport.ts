/** What `gongwen check` reports on a file (check.ts builds it; text, JSON and HTML print it). */
import type { DocType, SectionRole } from '../core';

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


