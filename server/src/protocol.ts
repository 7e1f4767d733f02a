/**
 * The custom protocol between the Gongwen client and server, declared once: request and
 * notification names, their parameters and results. The server's lsp/ modules implement them; the
 * VS Code client imports this file (names as values, everything else as types), and so may any
 * other client's author read it. Only type imports here, so bundling it into the client pulls in
 * nothing else.
 */
import type { Range } from 'vscode-languageserver-types';
// The core's plain data types only (core/types.ts, the vocabulary project): never its code.
import type { DocType, PositionRange, SectionRole, Severity } from './core/types';

/**
 * Options for the server's node that V8 reads only when the process starts, so the launcher gives
 * them (the VS Code client does; `scripts/bench/lsp.mjs` does for the benchmarks and the soak):
 * young-generation semi-spaces of 8 MB instead of V8's 16. A check allocates a few MB of
 * short-lived objects, which 8 MB semi-spaces hold as well; with a 200,000-character draft open
 * the server's RSS fell 190 → 168 MiB with every family on and 126 → 113 MiB at the default
 * settings, keystroke → diagnostics unchanged within this machine's noise (scripts/bench/memory.mjs
 * and bench:anchors' keystrokes, back to back). Semi-spaces of 4 MB saved nothing more.
 */
export const SERVER_EXEC_ARGV: readonly string[] = ['--max-semi-space-size=8'];

/** `gongwen/structure`: the 公文结构 view's tree. */
export const STRUCTURE_REQUEST = 'gongwen/structure';
/** `gongwen/terms`: every terminology-drift group of a document (术语一致性报告). */
export const TERMS_REQUEST = 'gongwen/terms';
/** `gongwen/documentInfo`: what the status bar shows. */
export const DOCUMENT_INFO_REQUEST = 'gongwen/documentInfo';
/** `gongwen/check`: the 送审前检查 of an open document (the report `gongwen check` prints, as a page). */
export const CHECK_REQUEST = 'gongwen/check';
/** `gongwen/exportDocx`: a draft written as a GB/T 9704 .docx. */
export const EXPORT_DOCX_REQUEST = 'gongwen/exportDocx';
/** `gongwen/annotateDocx`: a copy of a .docx with every finding as a Word comment (作者 公文检查). */
export const ANNOTATE_DOCX_REQUEST = 'gongwen/annotateDocx';
/** `gongwen/lintDocx`: a .docx read and checked. */
export const LINT_DOCX_REQUEST = 'gongwen/lintDocx';
/** server → client: the ignores (忽略此处) of one document changed. */
export const IGNORES_NOTIFICATION = 'gongwen/ignores';
/** client → server: ignores kept from an earlier session. */
export const SET_IGNORES_NOTIFICATION = 'gongwen/setIgnores';
/** Command arguments: [uri, IgnoreEntry, ignore = true]; `false` as the third takes the ignore back. */
export const IGNORE_FINDING = 'gongwen.ignoreFinding';
/** 加入术语表 (lsp/glossary.ts): arguments [uri, chosen form, variant]; writes .gongwenrc.json, so not in the web worker server. */
export const ADD_TO_GLOSSARY = 'gongwen.addToGlossary';
/** 加入词典 (lsp/glossary.ts): arguments [uri, word]; as 加入术语表. */
export const ADD_TO_DICTIONARY = 'gongwen.addToDictionary';

export interface DocumentParams {
  uri: string;
}

export type StructureParams = DocumentParams;

export interface StructureItem {
  /** Stable while typing: the path of sibling indexes, e.g. "1/0/2". */
  id: string;
  kind: 'heading' | 'enumeration';
  title: string;
  numbering: string;
  /** Depth in the tree, 1 for a top-level section. */
  level: number;
  role?: SectionRole;
  roleLabel?: string;
  range: Range;
  selectionRange: Range;
  chars: number;
  placeholders: number;
  children: StructureItem[];
}

export type AddressLabel = '称呼' | '主送';

export interface StructureResult {
  uri: string;
  version: number;
  docType: DocType;
  docTypeName: string;
  /** The role pattern of the type, e.g. 认识—问题—举措; absent for types without one. */
  scheme?: { name: string; roles: Array<{ role: SectionRole; label: string }> };
  title?: { text: string; range: Range };
  address?: { text: string; range: Range };
  /** What the address line is: 称呼 (同志们：) in a spoken document, 主送 (the addressed organs) otherwise. */
  addressLabel?: AddressLabel;
  /** Han characters and full-width punctuation in the whole document. */
  chars: number;
  /**
   * The document is delivered aloud (a speech, a report to a congress) and has text: only then does
   * a speaking time (约N分钟) mean anything. 通知, 请示, 函 and the rest are read, not spoken.
   */
  spoken: boolean;
  placeholders: number;
  /** Top-level sections (with their sub-headings and enumerations), in text order. */
  items: StructureItem[];
  /** Roles expected by the scheme that no top-level section has (empty when some role is unknown). */
  missingRoles: SectionRole[];
}

export type TermsParams = DocumentParams;

export interface TermsReport {
  /** False while segmentation is not ready (try again shortly). */
  ready: boolean;
  groups: Array<{
    canonical: string;
    relation: string;
    relationName: string;
    certain: boolean;
    forms: Array<{ text: string; count: number; ranges: Range[] }>;
  }>;
}

export type DocumentInfoParams = DocumentParams;

export type CheckParams = DocumentParams;

export interface CheckResult {
  /** ready: no error-level finding, no unfilled placeholder, no missing element (主送机关, 落款, 成文日期…). */
  verdict: 'ready' | 'not-ready';
  /** Why not ready, in Chinese; empty when ready. */
  reasons: string[];
  /** The segmentation was not ready: rules that need words (drift, some typos) did not run. */
  pendingWords: boolean;
  /** The segmentation backend that served (nodejieba or portable), when one did. */
  segmenter?: string;
  /** The report as one self-contained page (inline style, no script, a Content-Security-Policy). */
  html: string;
}

export interface DocumentInfo {
  docType: DocType;
  docTypeName: string;
  /** Han characters and full-width punctuation, as writers count length. */
  characters: number;
  /** Every unfilled placeholder, ignored ones included: the export still refuses them. */
  placeholders: number;
  /** Of those, the ones the writer chose to ignore here (no squiggle). */
  ignored: number;
}

export interface ExportDocxParams {
  /** The draft: an open document's URI, or a file URI inside a workspace folder. */
  uri: string;
  /** Where to write: a file URI or an absolute path, ending in .docx. */
  target: string;
  force?: boolean;
  /** The user chose `target` in a save dialog: it may lie outside the workspace folders. */
  chosenByUser?: boolean;
  /** The user confirmed replacing an existing `target` (the save dialog asked, or the client did). */
  overwrite?: boolean;
}

export interface DocxFinding {
  rule: string;
  severity: Severity;
  message: string;
  range: PositionRange;
  /** 第N段第M字 (lintDocx) or 第N行第M字 (exportDocx). */
  label: string;
}

export interface ExportDocxResult {
  ok: boolean;
  /** The path written (ok only). */
  written?: string;
  /** Error-level findings and unfilled placeholders: why the export was refused, or what `force` overrode. */
  blocking: DocxFinding[];
  /** A failure other than findings: unreadable or refused draft, refused or unwritable target. */
  error?: string;
  /** The target exists and `overwrite` was not given: the client may ask the user and send again with it. */
  targetExists?: boolean;
}

export type LintDocxParams = DocumentParams;

export interface AnnotateDocxParams {
  /** The .docx to check (a file URI or an absolute path); it is never written. */
  uri: string;
  /** Where the annotated copy goes: a file URI or an absolute path, ending in .docx, not the input. */
  target: string;
  /** The user chose the target in a save dialog (else it must be inside a workspace folder). */
  chosenByUser?: boolean;
  /** The user confirmed replacing an existing target. */
  overwrite?: boolean;
}

export interface AnnotateDocxResult {
  ok: boolean;
  /** The path written (ok only). */
  written?: string;
  /** Comments written, and findings whose place was not found in the document (no comment). */
  comments?: number;
  unanchored?: number;
  error?: string;
  /** The target exists and `overwrite` was not given. */
  targetExists?: boolean;
}

export interface LintDocxResult {
  text: string;
  findings: DocxFinding[];
  /** mammoth's notes on content it could not read. */
  warnings: string[];
}

/** One ignored finding (忽略此处), kept outside the text. */
export interface IgnoreEntry {
  rule: string;
  /** sha256 of the finding's line (hex, first 16 characters). */
  line: string;
  /** The text of the finding. */
  text: string;
  /** Which occurrence of `text` on the line (1-based). */
  occurrence: number;
}

/** `gongwen/ignores` and `gongwen/setIgnores`. */
export interface IgnoresParams {
  uri: string;
  ignores: IgnoreEntry[];
}
