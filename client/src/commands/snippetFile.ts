/**
 * Reading Gongwen's .code-snippets files (JSON with comments), shared by the "新建公文…" command
 * and the unit tests. No VS Code API here, so the tests can load it in plain Node.
 */
import { parse, printParseErrorCode, type ParseError } from 'jsonc-parser';

export interface SnippetEntry {
  /** The key in the file, e.g. `讲话稿 Speech`. */
  name: string;
  prefixes: string[];
  body: string;
  description: string;
}

/** The snippet file of whole documents: one entry per document type, the source of "新建公文…". */
export const DOCUMENTS_FILE = 'snippets/documents.code-snippets';
/** Parts of documents (headings, enumerations, closing blocks). */
export const PARTS_FILE = 'snippets/gongwen.code-snippets';

export function parseSnippetFile(source: string, fileName = 'snippets'): SnippetEntry[] {
  const errors: ParseError[] = [];
  const json: unknown = parse(source, errors, { allowTrailingComma: true });
  if (errors.length > 0) {
    const first = errors[0] as ParseError;
    throw new Error(`${fileName}: ${printParseErrorCode(first.error)} at offset ${first.offset}`);
  }
  if (!json || typeof json !== 'object' || Array.isArray(json)) throw new Error(`${fileName}: not an object of snippets`);
  return Object.entries(json as Record<string, unknown>).map(([name, value]) => {
    const v = value as { prefix?: unknown; body?: unknown; description?: unknown };
    const prefixes = typeof v.prefix === 'string' ? [v.prefix] : Array.isArray(v.prefix) ? v.prefix.filter((p): p is string => typeof p === 'string') : [];
    const body = typeof v.body === 'string' ? v.body : Array.isArray(v.body) ? v.body.map(String).join('\n') : undefined;
    if (body === undefined) throw new Error(`${fileName}: snippet "${name}" has no body`);
    return { name, prefixes, body, description: typeof v.description === 'string' ? v.description : '' };
  });
}

/** The Chinese prefix of a snippet (讲话稿), which is also its label in the quick pick. */
export function chineseLabel(entry: SnippetEntry): string {
  return entry.prefixes.find((p) => /[\u4e00-\u9fff]/.test(p)) ?? entry.name;
}

/** The snippet a "新建公文…" argument names: its Chinese label, a prefix (jhg) or its key. */
export function findDocumentSnippet(entries: readonly SnippetEntry[], wanted: string): SnippetEntry | undefined {
  const w = wanted.trim();
  return entries.find((e) => e.name === w || chineseLabel(e) === w || e.prefixes.includes(w));
}

/**
 * A 成文日期 as GB/T 9704-2012 7.3.5 writes it: Arabic numerals, year in full, month and day
 * without zero padding (2026年1月5日). VS Code's $CURRENT_MONTH / $CURRENT_DATE pad, so the
 * command uses this instead.
 */
export function issueDate(date: Date): string {
  return `${date.getFullYear()}年${date.getMonth() + 1}月${date.getDate()}日`;
}
