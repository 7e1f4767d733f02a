/**
 * Quick fixes: each fix carried in a Gongwen diagnostic's `data` becomes one code action, and a
 * placeholder diagnostic offers to go to the next unfilled placeholder (nothing invents a figure).
 */
import { CodeActionKind, type CodeAction, type CodeActionParams, type Diagnostic } from 'vscode-languageserver/node';
import { PLACEHOLDER_RULE_ID } from '../core/rules/placeholder-unfilled';
import { isGongwenData, SOURCE } from './convert';
import { REVEAL_NEXT_PLACEHOLDER } from './commands';

export function codeActionsFor(params: CodeActionParams): CodeAction[] {
  const actions: CodeAction[] = [];
  const uri = params.textDocument.uri;
  const ours = params.context.diagnostics.filter((d: Diagnostic) => d.source === SOURCE);
  for (const diagnostic of ours) {
    if (isGongwenData(diagnostic.data)) {
      for (const fix of diagnostic.data.fixes) {
        actions.push({
          title: fix.title,
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          isPreferred: diagnostic.data.fixes.length === 1,
          edit: { changes: { [uri]: fix.edits } },
        });
      }
    }
    if (diagnostic.code === PLACEHOLDER_RULE_ID) {
      actions.push({
        title: '转到下一个未填写的占位符',
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        command: { title: '转到下一个未填写的占位符', command: REVEAL_NEXT_PLACEHOLDER, arguments: [uri, diagnostic.range.end] },
      });
    }
  }
  return actions;
}
