/**
 * Next / previous unfilled placeholder in the active editor, from the diagnostics the server
 * published (no second analysis in the client). Wraps around the document.
 */
import * as vscode from 'vscode';

const RULE = 'placeholder.unfilled';

function placeholderRanges(document: vscode.TextDocument): vscode.Range[] {
  return vscode.languages
    .getDiagnostics(document.uri)
    .filter((d) => d.source === 'gongwen' && (d.code === RULE || (typeof d.code === 'object' && d.code.value === RULE)))
    .map((d) => d.range)
    .sort((a, b) => a.start.compareTo(b.start));
}

function move(direction: 1 | -1): void {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return;
  const ranges = placeholderRanges(editor.document);
  if (ranges.length === 0) {
    void vscode.window.showInformationMessage(vscode.l10n.t('No unfilled placeholders.'));
    return;
  }
  const here = editor.selection.active;
  const target =
    direction === 1
      ? ranges.find((r) => r.start.isAfter(here)) ?? ranges[0]
      : [...ranges].reverse().find((r) => r.start.isBefore(editor.selection.start)) ?? ranges[ranges.length - 1];
  if (!target) return;
  editor.selection = new vscode.Selection(target.start, target.end);
  editor.revealRange(target, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

export function registerPlaceholderNavigation(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('gongwen.nextPlaceholder', () => move(1)),
    vscode.commands.registerCommand('gongwen.previousPlaceholder', () => move(-1)),
  );
}
