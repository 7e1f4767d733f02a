/**
 * "插入成文日期" (gongwen.insertIssueDate): today's date as GB/T 9704-2012 7.3.5 writes a 成文日期,
 * 2026年1月5日, at every cursor (replacing the selections). VS Code's snippet variables
 * $CURRENT_MONTH and $CURRENT_DATE zero-pad (01月05日), which the standard forbids.
 */
import * as vscode from 'vscode';
import { issueDate } from './snippetFile';

export async function insertIssueDate(date: Date = new Date()): Promise<boolean> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Open a document to insert the date into.'));
    return false;
  }
  const text = issueDate(date);
  return editor.edit((builder) => {
    for (const selection of editor.selections) builder.replace(selection, text);
  });
}
