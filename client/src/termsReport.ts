/**
 * "术语一致性报告": every group of a term written several ways in the active document, in a quick
 * pick; choosing one selects its first minority occurrence. The groups come from the server.
 */
import * as vscode from 'vscode';
// The Node and the browser client alike (extension.ts, browserClient.ts).
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import { TERMS_REQUEST, type TermsReport } from '../../server/src/protocol';

export const TERMS_REPORT_COMMAND = 'gongwen.termsReport';

export function registerTermsReport(context: vscode.ExtensionContext, client: () => LanguageClient | undefined): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(TERMS_REPORT_COMMAND, async (): Promise<TermsReport | undefined> => {
      const editor = vscode.window.activeTextEditor;
      const c = client();
      if (!editor || !c) return undefined;
      const report = await c.sendRequest<TermsReport | null>(TERMS_REQUEST, { uri: editor.document.uri.toString() });
      if (!report) return undefined;
      if (!report.ready) {
        void vscode.window.showInformationMessage(vscode.l10n.t('Word segmentation is still loading; try again in a few seconds.'));
        return report;
      }
      if (report.groups.length === 0) {
        void vscode.window.showInformationMessage(vscode.l10n.t('No term is written in more than one way in this document.'));
        return report;
      }
      const items = report.groups.map((g) => ({
        label: `${g.certain ? '$(warning)' : '$(info)'} ${vscode.l10n.t('Use “{0}”', g.canonical)}`,
        description: `[${g.relationName}]`,
        detail: g.forms.map((f) => `“${f.text}” ×${f.count}`).join('  '),
        group: g,
      }));
      const picked = await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Terminology consistency report'), matchOnDetail: true });
      const minority = picked?.group.forms.find((f) => f.text !== picked.group.canonical) ?? picked?.group.forms[0];
      const range = minority?.ranges[0];
      if (range) {
        const r = new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
        editor.selection = new vscode.Selection(r.start, r.end);
        editor.revealRange(r, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
      }
      return report;
    }),
  );
}
