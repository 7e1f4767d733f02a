/**
 * Writing commands: "新建公文…", "插入成文日期" and the walkthrough's "打开示例公文".
 * Next / previous placeholder live in ../placeholders.ts.
 *
 * Wire-up (client/src/extension.ts, in activate): registerWritingCommands(context);
 */
import * as vscode from 'vscode';
import { insertIssueDate } from './insertDate';
import { newDocument } from './newDocument';
import { openSample } from './openSample';

export function registerWritingCommands(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('gongwen.newDocument', (type?: unknown) => newDocument(context.extensionUri, type)),
    vscode.commands.registerCommand('gongwen.insertIssueDate', () => insertIssueDate()),
    vscode.commands.registerCommand('gongwen.openSample', () => openSample(context.extensionUri)),
  );
}
