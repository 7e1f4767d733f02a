/**
 * Code actions:
 * - each fix carried in a Gongwen diagnostic's `data` (preferred ones marked so);
 * - "fix all of this rule in the document" when there is more than one certain fix of it;
 * - "ignore here", for exactly that finding: kept by the server (lsp/ignores.ts) in plain text and
 *   for every placeholder; in Markdown, an invisible comment above the line naming the one finding;
 * - on a placeholder, go to the next unfilled placeholder (nothing invents a figure);
 * - on a drift finding, 加入术语表; on a typo.* finding, 加入词典 (both write .gongwenrc.json: lsp/glossary.ts);
 * - `source.fixAll.gongwen`: every certain fix in the document as one edit, idempotent.
 */
import { CodeActionKind, type CodeAction, type CodeActionParams, type Diagnostic, type TextEdit } from 'vscode-languageserver/node';
import { findRule, fixAll, type Finding, type Word } from '../core';
import { disableOneComment, occurrenceAt } from '../core';
import { PLACEHOLDER_RULE_ID } from '../core';
import type { DocumentAnalysis } from './analysis';
import { REVEAL_NEXT_PLACEHOLDER } from './commands';
import { ADD_TO_DICTIONARY, ADD_TO_GLOSSARY } from '../protocol';
import { isGongwenData, SOURCE } from './convert';
import { IGNORE_FINDING, ignoreEntryOf } from './ignores';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.gongwen`;

function ruleName(rule: string): string {
  return findRule(rule)?.description ?? rule;
}

function wantsKind(params: CodeActionParams, kind: string): boolean {
  const only = params.context.only;
  if (!only) return kind.startsWith(CodeActionKind.QuickFix);
  return only.some((o) => kind === o || kind.startsWith(`${o}.`));
}

/** One edit turning the analysed text into the text after fix-all (restricted by `include`). */
function fixAllEdit(analysis: DocumentAnalysis, include: (f: Finding) => boolean, wordsFor: WordsFor): { edit: TextEdit; count: number } | undefined {
  const result = fixAll({ text: analysis.text, format: analysis.format, docType: analysis.docType }, analysis.settings, include, wordsFor);
  if (!result.edit) return undefined;
  return { edit: { range: analysis.lines.rangeAt(result.edit.start, result.edit.end), newText: result.edit.newText }, count: result.fixed.length };
}

/** The edits of a deferred fix, from the current analysis's finding at the diagnostic's range. */
function deferredEdits(analysis: DocumentAnalysis | undefined, diagnostic: Diagnostic, title: string): TextEdit[] | undefined {
  if (!analysis) return undefined;
  const start = analysis.lines.offsetAt(diagnostic.range.start);
  const end = analysis.lines.offsetAt(diagnostic.range.end);
  const finding = analysis.findings.find((f) => f.rule === String(diagnostic.code) && f.start === start && f.end === end);
  const fix = finding?.fixes.find((x) => x.title === title);
  return fix?.edits.map((e) => ({ range: analysis.lines.rangeAt(e.start, e.end), newText: e.newText }));
}

/**
 * Ignore exactly the finding of this diagnostic. A plain-text draft gets nothing written into it
 * (it will be printed): the server keeps the ignore. A placeholder is ignored the same way in
 * Markdown too, so that the export still sees it. Any other finding in Markdown gets a comment above
 * its line naming the rule, the finding's text and its occurrence on the line (invisible when rendered).
 */
function ignoreAction(analysis: DocumentAnalysis, diagnostic: Diagnostic, rule: string): CodeAction | undefined {
  const start = analysis.lines.offsetAt(diagnostic.range.start);
  const end = analysis.lines.offsetAt(diagnostic.range.end);
  const finding = analysis.findings.find((f) => f.rule === rule && f.start === start && f.end === end);
  if (!finding) return undefined; // the document changed since: the finding is no longer known
  const title = `忽略此处的“${ruleName(rule)}”检查`;
  if (analysis.format !== 'markdown' || rule === PLACEHOLDER_RULE_ID) {
    const entry = ignoreEntryOf(analysis, finding);
    return { title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], command: { title, command: IGNORE_FINDING, arguments: [analysis.uri, entry] } };
  }
  const line = diagnostic.range.start.line;
  const lineStart = analysis.lines.offsetAt({ line, character: 0 });
  const indent = /^[ \t\u3000]*/.exec(analysis.text.slice(lineStart, lineStart + 200))?.[0] ?? '';
  const eol = analysis.text.includes('\r\n') ? '\r\n' : '\n';
  const found = analysis.text.slice(start, end);
  const comment = disableOneComment(rule, found, occurrenceAt(analysis.text, found, start, lineStart));
  return {
    title,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    edit: { changes: { [analysis.uri]: [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: `${indent}${comment}${eol}` }] } },
  };
}

/**
 * "加入词典" on a typo.* finding: its flagged text goes into the nearest .gongwenrc.json `words`
 * (lsp/glossary.ts), after which no typo.* finding lies inside it. Offered for a word: two
 * characters or more (adding 的 of a 的/得 finding would silence every typo on that character) that
 * the `words` setting accepts.
 */
function addToDictionaryAction(analysis: DocumentAnalysis, diagnostic: Diagnostic, uri: string): CodeAction | undefined {
  const word = analysis.text.slice(analysis.lines.offsetAt(diagnostic.range.start), analysis.lines.offsetAt(diagnostic.range.end));
  if ([...word].length < 2 || word.length > 50 || /[\s\p{P}]/u.test(word)) return undefined;
  const title = `加入词典：“${word}”（写入 .gongwenrc.json，不再按错别字报告）`;
  return { title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], command: { title, command: ADD_TO_DICTIONARY, arguments: [uri, word] } };
}

/** Segmentation of a text if it is ready (from the server's cache), for rules that need words. */
export type WordsFor = (text: string) => readonly Word[] | undefined;

/** Take back the ignores of findings on the lines of the requested range. */
function restoreActions(params: CodeActionParams, analysis: DocumentAnalysis, ignored: readonly Finding[]): CodeAction[] {
  const { start, end } = params.range;
  return ignored
    .filter((f) => {
      const line = analysis.lines.positionAt(f.start).line;
      return line >= start.line && line <= end.line;
    })
    .map((f) => {
      const title = `恢复此处的“${ruleName(f.rule)}”检查（已忽略）`;
      return { title, kind: CodeActionKind.QuickFix, command: { title, command: IGNORE_FINDING, arguments: [analysis.uri, ignoreEntryOf(analysis, f), false] } };
    });
}

export function codeActionsFor(
  params: CodeActionParams,
  analysis: DocumentAnalysis | undefined,
  wordsFor: WordsFor = () => undefined,
  ignored: readonly Finding[] = [],
): CodeAction[] {
  const actions: CodeAction[] = [];
  const uri = params.textDocument.uri;
  if (analysis && ignored.length > 0 && wantsKind(params, CodeActionKind.QuickFix)) actions.push(...restoreActions(params, analysis, ignored));
  if (wantsKind(params, CodeActionKind.QuickFix)) {
    const ours = params.context.diagnostics.filter((d: Diagnostic) => d.source === SOURCE);
    const rulesDone = new Set<string>();
    for (const diagnostic of ours) {
      const rule = String(diagnostic.code ?? '');
      if (isGongwenData(diagnostic.data)) {
        for (const fix of diagnostic.data.fixes) {
          const edits = fix.deferred ? deferredEdits(analysis, diagnostic, fix.title) : fix.edits;
          if (!edits) continue; // the document changed since: the fix is no longer known
          actions.push({
            title: fix.title,
            kind: CodeActionKind.QuickFix,
            diagnostics: [diagnostic],
            isPreferred: fix.preferred === true,
            edit: { changes: { [uri]: edits } },
          });
        }
      }
      if (rule === 'term.inconsistent' && analysis && uri.startsWith('file:')) {
        const chosen = diagnostic.data && isGongwenData(diagnostic.data) ? /^统一为“(.+)”$/.exec(diagnostic.data.fixes[0]?.title ?? '')?.[1] : undefined;
        const variant = analysis.text.slice(analysis.lines.offsetAt(diagnostic.range.start), analysis.lines.offsetAt(diagnostic.range.end));
        if (chosen && variant && chosen !== variant) {
          const title = `加入术语表：以“${chosen}”为准（写入 .gongwenrc.json）`;
          actions.push({ title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], command: { title, command: ADD_TO_GLOSSARY, arguments: [uri, chosen, variant] } });
        }
      }
      if (rule.startsWith('typo.') && analysis && uri.startsWith('file:')) {
        const add = addToDictionaryAction(analysis, diagnostic, uri);
        if (add) actions.push(add);
      }
      if (rule === PLACEHOLDER_RULE_ID) {
        actions.push({
          title: '转到下一个未填写的占位符',
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          command: { title: '转到下一个未填写的占位符', command: REVEAL_NEXT_PLACEHOLDER, arguments: [uri, diagnostic.range.end] },
        });
      }
      if (!analysis || rule === '') continue;
      const fixable = analysis.findings.filter((f) => f.rule === rule && f.fixes.some((x) => x.preferred));
      if (fixable.length > 1 && !rulesDone.has(rule)) {
        rulesDone.add(rule);
        const all = fixAllEdit(analysis, (f) => f.rule === rule, wordsFor);
        if (all) {
          actions.push({
            title: `修复本文档中所有“${ruleName(rule)}”问题（${fixable.length} 处）`,
            kind: CodeActionKind.QuickFix,
            diagnostics: [diagnostic],
            edit: { changes: { [uri]: [all.edit] } },
          });
        }
      }
      const ignore = ignoreAction(analysis, diagnostic, rule);
      if (ignore) actions.push(ignore);
    }
  }
  if (analysis && wantsKind(params, FIX_ALL_KIND) && params.context.only) {
    const all = fixAllEdit(analysis, () => true, wordsFor);
    if (all) actions.push({ title: `修复所有可自动修复的公文问题（${all.count} 处）`, kind: FIX_ALL_KIND, edit: { changes: { [uri]: [all.edit] } } });
  }
  return actions;
}
