/**
 * Code actions. A diagnostic carries no fixes (lsp/convert.ts): its finding is found again in the
 * server's analysis of the document, by rule and range, and the actions come from it. A client
 * that resolves code actions (codeAction/resolve with `edit` in resolveSupport, as VS Code does)
 * gets them without their edits, which are computed when one is chosen (resolveCodeAction): a
 * rule's fix-all runs the whole fixing pass, which the light bulb need not wait for.
 * - each fix of the finding (preferred ones marked so);
 * - "fix all of this rule in the document" when there is more than one certain fix of it;
 * - "ignore here", for exactly that finding: kept by the server (lsp/ignores.ts) in plain text and
 *   for every placeholder; in Markdown, an invisible comment above the line naming the one finding;
 * - on a placeholder, go to the next unfilled placeholder (nothing invents a figure);
 * - on a drift finding, 加入术语表; on a typo.* finding, 加入词典 (both write .gongwenrc.json: lsp/glossary.ts);
 * - `source.fixAll.gongwen`: every certain fix of an error or warning in the document as one edit,
 *   idempotent (core/fixes.ts fixedByFixAll).
 */
import { CodeActionKind, type CodeAction, type CodeActionParams, type Diagnostic, type TextEdit } from 'vscode-languageserver/node';
import { findRule, fixAll, fixedByFixAll, type Finding, type Word } from '../core';
import { disableOneComment, occurrenceAt } from '../core';
import { PLACEHOLDER_RULE_ID } from '../core';
import type { DocumentAnalysis } from './analysis';
import { REVEAL_NEXT_PLACEHOLDER } from './commands';
import { ADD_TO_DICTIONARY, ADD_TO_GLOSSARY } from '../protocol';
import { editsOf, findingAt, findingOf, SOURCE } from './convert';
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

/** The client resolves code actions' edits (its initialize capabilities): fixes can go out without them. */
export function resolvesEdits(capabilities: { textDocument?: { codeAction?: { resolveSupport?: { properties: string[] } } } }): boolean {
  return capabilities.textDocument?.codeAction?.resolveSupport?.properties.includes('edit') === true;
}

/** What an action sent without its edit carries, to compute the edit on codeAction/resolve. */
export type ResolveData =
  | { uri: string; version: number; kind: 'fix'; rule: string; start: number; end: number; message: string; fix: number }
  | { uri: string; version: number; kind: 'fixRule'; rule: string };

function isResolveData(value: unknown): value is ResolveData {
  if (typeof value !== 'object' || value === null) return false;
  const d = value as Record<string, unknown>;
  if (typeof d.uri !== 'string' || typeof d.version !== 'number' || typeof d.rule !== 'string') return false;
  if (d.kind === 'fixRule') return true;
  return d.kind === 'fix' && typeof d.start === 'number' && typeof d.end === 'number' && typeof d.message === 'string' && typeof d.fix === 'number';
}

/**
 * The edit of an action sent without it, from the analysis of the same version of the document.
 * If the document changed since, the action comes back without an edit (nothing is applied):
 * offsets of the old version could land anywhere in the new one.
 */
export function resolveCodeAction(action: CodeAction, analysis: DocumentAnalysis | undefined, wordsFor: WordsFor = () => undefined): CodeAction {
  const data = action.data;
  if (!isResolveData(data) || !analysis || analysis.uri !== data.uri || analysis.version !== data.version) return action;
  if (data.kind === 'fixRule') {
    const all = fixAllEdit(analysis, (f) => f.rule === data.rule, wordsFor);
    return all ? { ...action, edit: { changes: { [data.uri]: [all.edit] } } } : action;
  }
  const finding = findingAt(analysis.findings, data.rule, data.start, data.end, data.message);
  const fix = finding?.fixes[data.fix];
  return fix ? { ...action, edit: { changes: { [data.uri]: editsOf(fix, analysis.lines) } } } : action;
}

/**
 * Ignore exactly the finding of this diagnostic. A plain-text draft gets nothing written into it
 * (it will be printed): the server keeps the ignore. A placeholder is ignored the same way in
 * Markdown too, so that the export still sees it. Any other finding in Markdown gets a comment above
 * its line naming the rule, the finding's text and its occurrence on the line (invisible when rendered).
 */
function ignoreAction(analysis: DocumentAnalysis, diagnostic: Diagnostic, rule: string, finding: Finding): CodeAction {
  const { start, end } = finding;
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

/**
 * `resolve`: the client resolves code actions' edits (codeAction/resolve): fixes go out without
 * their edits, which resolveCodeAction computes for the one chosen.
 */
export function codeActionsFor(
  params: CodeActionParams,
  analysis: DocumentAnalysis | undefined,
  wordsFor: WordsFor = () => undefined,
  ignored: readonly Finding[] = [],
  resolve = false,
): CodeAction[] {
  const actions: CodeAction[] = [];
  const uri = params.textDocument.uri;
  if (analysis && ignored.length > 0 && wantsKind(params, CodeActionKind.QuickFix)) actions.push(...restoreActions(params, analysis, ignored));
  if (wantsKind(params, CodeActionKind.QuickFix)) {
    const ours = params.context.diagnostics.filter((d: Diagnostic) => d.source === SOURCE);
    const rulesDone = new Set<string>();
    for (const diagnostic of ours) {
      const rule = String(diagnostic.code ?? '');
      // Undefined when the document changed since the diagnostic was made: its fixes are no longer known.
      const finding = analysis ? findingOf(analysis.findings, analysis.lines, diagnostic) : undefined;
      if (analysis && finding) {
        finding.fixes.forEach((fix, index) => {
          const action: CodeAction = { title: fix.title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], isPreferred: fix.preferred === true };
          if (resolve) {
            const data: ResolveData = { uri, version: analysis.version, kind: 'fix', rule, start: finding.start, end: finding.end, message: finding.message, fix: index };
            action.data = data;
          } else {
            action.edit = { changes: { [uri]: editsOf(fix, analysis.lines) } };
          }
          actions.push(action);
        });
      }
      if (rule === 'term.inconsistent' && analysis && finding && uri.startsWith('file:')) {
        const chosen = /^统一为“(.+)”$/.exec(finding.fixes[0]?.title ?? '')?.[1];
        const variant = analysis.text.slice(finding.start, finding.end);
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
      if (!rulesDone.has(rule)) {
        rulesDone.add(rule);
        let fixable = 0;
        for (const f of analysis.findings) if (f.rule === rule && f.fixes.some((x) => x.preferred)) fixable++;
        const title = `修复本文档中所有“${ruleName(rule)}”问题（${fixable} 处）`;
        if (fixable > 1 && resolve) {
          const data: ResolveData = { uri, version: analysis.version, kind: 'fixRule', rule };
          actions.push({ title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], data });
        } else if (fixable > 1) {
          const all = fixAllEdit(analysis, (f) => f.rule === rule, wordsFor);
          if (all) actions.push({ title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], edit: { changes: { [uri]: [all.edit] } } });
        }
      }
      if (finding) actions.push(ignoreAction(analysis, diagnostic, rule, finding));
    }
  }
  if (analysis && wantsKind(params, FIX_ALL_KIND) && params.context.only) {
    const all = fixAllEdit(analysis, fixedByFixAll, wordsFor);
    if (all) actions.push({ title: `修复所有可自动修复的公文错误和警告（${all.count} 处）`, kind: FIX_ALL_KIND, edit: { changes: { [uri]: [all.edit] } } });
  }
  return actions;
}
