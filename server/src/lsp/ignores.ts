/**
 * "Ignore here" kept by the server, outside the text: a plain-text draft will be printed, so nothing
 * is written into it; a placeholder is never ignored by a comment in any format (see below).
 *
 * An ignore names exactly one finding: its rule, a hash of its line's text, the finding's text and
 * which occurrence of that text on the line it is (overlapping ones counted, as the Markdown
 * directive counts them). It follows the line when lines are added above it; when the line itself
 * is edited the finding comes back, to be looked at again.
 *
 * The server keeps the ignores per document for the session. It tells the client each change
 * (`gongwen/ignores` { uri, ignores }); the VS Code client keeps them in its workspace state and
 * gives them back when it starts the server (initializationOptions.ignores, or the notification
 * `gongwen/setIgnores` { ignores: { [uri]: IgnoreEntry[] } }). Other LSP clients get them for the
 * session.
 *
 * An ignored finding can be taken back: on its line the quick fixes offer 恢复此处的“…”检查.
 *
 * What an ignore changes: the diagnostic and its hover go. What it does not: an ignored placeholder is
 * still an unfilled placeholder — documentInfo counts it (and says how many are ignored), the Word
 * export still refuses it unless forced, and `gongwen check` still reports it (the file carries no
 * ignore). Fix-all (an explicit command) still applies certain fixes to ignored findings.
 */
import { createHash } from 'crypto';
import type { Finding } from '../core';
import { occurrenceAt } from '../core';
import type { IgnoreEntry } from '../protocol';
import type { DocumentAnalysis } from './analysis';

export { IGNORE_FINDING, IGNORES_NOTIFICATION, SET_IGNORES_NOTIFICATION } from '../protocol';
export type { IgnoreEntry } from '../protocol';

/** Ignores kept per document; beyond this, the oldest go. */
export const MAX_IGNORES_PER_DOCUMENT = 500;
/** Documents whose ignores are accepted from a client at once. */
export const MAX_DOCUMENTS = 2000;
const MAX_TEXT = 200;

function hashLine(line: string): string {
  return createHash('sha256').update(line).digest('hex').slice(0, 16);
}

/** The ignore that names `finding` in `analysis`. */
export function ignoreEntryOf(analysis: Pick<DocumentAnalysis, 'text' | 'lines'>, finding: Pick<Finding, 'rule' | 'start' | 'end'>): IgnoreEntry {
  const { text, lines } = analysis;
  const lineNo = lines.positionAt(finding.start).line;
  const lineStart = lines.offsetAt({ line: lineNo, character: 0 });
  const eol = /\r\n|\r|\n/g;
  eol.lastIndex = lineStart;
  const lineEnd = eol.exec(text)?.index ?? text.length;
  const found = text.slice(finding.start, Math.min(finding.end, finding.start + MAX_TEXT));
  return {
    rule: finding.rule,
    line: hashLine(text.slice(lineStart, lineEnd)),
    text: found,
    occurrence: occurrenceAt(text, found, finding.start, lineStart),
  };
}

const keyOf = (e: IgnoreEntry): string => `${e.rule}\u0000${e.line}\u0000${e.occurrence}\u0000${e.text}`;

export function isIgnoreEntry(value: unknown): value is IgnoreEntry {
  const e = value as IgnoreEntry;
  return (
    typeof e === 'object' &&
    e !== null &&
    typeof e.rule === 'string' &&
    e.rule.length <= 100 &&
    typeof e.line === 'string' &&
    /^[0-9a-f]{16}$/.test(e.line) &&
    typeof e.text === 'string' &&
    e.text.length <= MAX_TEXT &&
    Number.isInteger(e.occurrence) &&
    e.occurrence >= 1
  );
}

export class IgnoreStore {
  private readonly byUri = new Map<string, IgnoreEntry[]>();
  private readonly keys = new Map<string, Set<string>>();
  /** Which findings of an analysis are ignored, computed once per analysis and store version. */
  private readonly cache = new WeakMap<DocumentAnalysis, { version: number; ignored: Set<Finding> }>();
  private version = 0;

  /** Ignores from a client (initializationOptions.ignores or gongwen/setIgnores): malformed entries are dropped. */
  load(record: unknown): void {
    if (typeof record !== 'object' || record === null) return;
    let documents = 0;
    for (const [uri, entries] of Object.entries(record as Record<string, unknown>)) {
      if (++documents > MAX_DOCUMENTS) break;
      if (!Array.isArray(entries)) continue;
      this.set(uri, entries.filter(isIgnoreEntry).slice(-MAX_IGNORES_PER_DOCUMENT));
    }
  }

  private set(uri: string, entries: IgnoreEntry[]): void {
    const unique = new Map(entries.map((e) => [keyOf(e), { rule: e.rule, line: e.line, text: e.text, occurrence: e.occurrence }]));
    if (unique.size === 0) {
      this.byUri.delete(uri);
      this.keys.delete(uri);
    } else {
      this.byUri.set(uri, [...unique.values()]);
      this.keys.set(uri, new Set(unique.keys()));
    }
    this.version++;
  }

  /** Adds one ignore; false when it was there already. */
  add(uri: string, entry: IgnoreEntry): boolean {
    if (this.keys.get(uri)?.has(keyOf(entry))) return false;
    this.set(uri, [...(this.byUri.get(uri) ?? []), entry].slice(-MAX_IGNORES_PER_DOCUMENT));
    return true;
  }

  /** Removes one ignore; false when it was not there. */
  remove(uri: string, entry: IgnoreEntry): boolean {
    const key = keyOf(entry);
    if (!this.keys.get(uri)?.has(key)) return false;
    this.set(uri, (this.byUri.get(uri) ?? []).filter((e) => keyOf(e) !== key));
    return true;
  }

  /** Forgets every ignore of a document. */
  clear(uri: string): boolean {
    if (!this.byUri.has(uri)) return false;
    this.set(uri, []);
    return true;
  }

  entries(uri: string): IgnoreEntry[] {
    return [...(this.byUri.get(uri) ?? [])];
  }

  private ignoredIn(analysis: DocumentAnalysis): Set<Finding> {
    const cached = this.cache.get(analysis);
    if (cached && cached.version === this.version) return cached.ignored;
    const ignored = new Set<Finding>();
    const keys = this.keys.get(analysis.uri);
    if (keys) for (const f of analysis.findings) if (keys.has(keyOf(ignoreEntryOf(analysis, f)))) ignored.add(f);
    this.cache.set(analysis, { version: this.version, ignored });
    return ignored;
  }

  /** Whether a finding of the analysis is shown (not ignored). */
  visible(analysis: DocumentAnalysis): (f: Finding) => boolean {
    const ignored = this.ignoredIn(analysis);
    return (f) => !ignored.has(f);
  }

  /** The findings of the analysis that are ignored. */
  ignored(analysis: DocumentAnalysis): Finding[] {
    return [...this.ignoredIn(analysis)];
  }
}
