/**
 * Keeps a Gongwen scaffold checked in a new untitled file. Ctrl+N opens an untitled file whose
 * language nobody chose; VS Code's language auto-detection then looks at its text about a second
 * after each change and, for a 讲话稿/通知/请示 skeleton, guesses Ini (lines such as “一、…”). The
 * document stops being plaintext, so the language server, the status item and the Outline drop it.
 *
 * VS Code offers no way to keep detection off for one document other than choosing its language,
 * and choosing the language it already has changes nothing. So: an untitled document that receives
 * Chinese prose (a Gongwen snippet, pasted draft text) while in a checked language is remembered, and
 * if its language then changes to one that is not checked while its text still reads as Chinese
 * prose, it is set back — once per document. That choice counts as explicit, which ends
 * auto-detection for the document; a writer who then picks another language keeps it.
 *
 * Wire-up (client/src/extension.ts, in activate): registerDraftLanguageGuard(context, languages);
 */
import * as vscode from 'vscode';

const HAN = /[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]/g;

/** Chinese prose: at least 10 Han characters or full-width marks, and at least a third of the non-space characters. */
export function readsAsChineseProse(text: string): boolean {
  const han = text.match(HAN)?.length ?? 0;
  const all = text.replace(/\s+/g, '').length;
  return han >= 10 && han * 3 >= all;
}

export function registerDraftLanguageGuard(context: vscode.ExtensionContext, checkedLanguages: () => string[]): void {
  // Keyed by the document object: a language change keeps it (a close and reopen makes a new one),
  // so a later untitled file that reuses the name Untitled-1 starts afresh.
  /** Untitled drafts → the checked language they had when Chinese prose arrived. */
  const drafts = new WeakMap<vscode.TextDocument, string>();
  const restored = new WeakSet<vscode.TextDocument>();
  const remember = (document: vscode.TextDocument, text?: string): void => {
    if (!document.isUntitled || drafts.has(document) || !checkedLanguages().includes(document.languageId)) return;
    if (readsAsChineseProse(text ?? document.getText())) drafts.set(document, document.languageId);
  };
  // Drafts that got their text before the extension started.
  vscode.workspace.textDocuments.forEach((d) => remember(d));
  context.subscriptions.push(
    vscode.workspace.onDidChangeTextDocument((e) => {
      if (!e.document.isUntitled || drafts.has(e.document)) return;
      for (const c of e.contentChanges) remember(e.document, c.text);
      remember(e.document);
    }),
    // A language change reaches extensions as a close and an open of the same document object.
    vscode.workspace.onDidOpenTextDocument(async (document) => {
      const language = drafts.get(document);
      if (!language) {
        remember(document);
        return;
      }
      if (restored.has(document) || checkedLanguages().includes(document.languageId) || !readsAsChineseProse(document.getText())) return;
      restored.add(document);
      try {
        await vscode.languages.setTextDocumentLanguage(document, language);
      } catch {
        // The document closed meanwhile.
      }
    }),
  );
}
