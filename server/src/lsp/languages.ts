/**
 * The language ids editors send for plain text and Markdown. VS Code says `plaintext`; Neovim sends
 * the buffer's filetype (`text`, `markdown`, or a compound one such as `markdown.pandoc`), Helix the
 * language's name (`text` for a `[[language]] name = "text"`, `markdown`), Emacs eglot the major
 * mode without `-mode` (`text`, `markdown`, `gfm`), Sublime LSP `plaintext` and `markdown`.
 *
 * `gongwen.languages` keeps its meaning: a document is checked when its own id is listed, or the
 * id it stands for (`plaintext` or `markdown`). The default list thus covers every editor above;
 * without `markdown` in it, no Markdown is checked whatever the editor calls it; an id added to
 * the list that is no alias (`org`) is checked as plain text.
 */
import type { AnalysisInput } from '../core';

const ALIASES: ReadonlyMap<string, AnalysisInput['format']> = new Map([
  ['plaintext', 'plaintext'],
  ['text', 'plaintext'],
  ['markdown', 'markdown'],
  ['gfm', 'markdown'],
]);

/** `plaintext` or `markdown` for an id that stands for one of them, otherwise the id itself. */
export function canonicalLanguageId(languageId: string): string {
  const id = languageId.toLowerCase();
  // A Vim compound filetype names its main type first: markdown.pandoc is Markdown.
  return ALIASES.get(id) ?? ALIASES.get(id.replace(/\..*/s, '')) ?? languageId;
}

/** Whether `gongwen.languages` asks for documents with this language id to be checked. */
export function isCheckedLanguage(languageId: string, languages: readonly string[]): boolean {
  return languages.includes(languageId) || languages.includes(canonicalLanguageId(languageId));
}
