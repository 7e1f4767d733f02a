/**
 * Server-side commands, usable from any LSP client: `gongwen.revealNextPlaceholder` moves the
 * editor to the next unfilled placeholder after a position (wrapping) with window/showDocument.
 */
import { MessageType, ShowMessageNotification, type Connection, type Position } from 'vscode-languageserver/node';
import { PLACEHOLDER_RULE_ID } from '../core';
import type { DocumentAnalysis } from './analysis';
import { ADD_TO_DICTIONARY, ADD_TO_GLOSSARY } from '../protocol';

export const REVEAL_NEXT_PLACEHOLDER = 'gongwen.revealNextPlaceholder';
export const SERVER_COMMANDS = [REVEAL_NEXT_PLACEHOLDER, ADD_TO_GLOSSARY, ADD_TO_DICTIONARY];

function isPosition(value: unknown): value is Position {
  const p = value as Position;
  return typeof p === 'object' && p !== null && Number.isInteger(p.line) && Number.isInteger(p.character);
}

/** The next placeholder at or after `from` (UTF-16 offset), wrapping to the first. */
export function nextPlaceholder(analysis: DocumentAnalysis, from: number): { start: number; end: number } | undefined {
  const placeholders = analysis.findings.filter((f) => f.rule === PLACEHOLDER_RULE_ID);
  return placeholders.find((f) => f.start >= from) ?? placeholders[0];
}

export async function revealNextPlaceholder(
  connection: Connection,
  args: unknown[] | undefined,
  analysisFor: (uri: string) => Promise<DocumentAnalysis | undefined>,
): Promise<boolean> {
  const [uri, position] = args ?? [];
  if (typeof uri !== 'string' || !isPosition(position)) return false;
  const analysis = await analysisFor(uri);
  if (!analysis) return false;
  const target = nextPlaceholder(analysis, analysis.lines.offsetAt(position));
  if (!target) {
    void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Info, message: '没有未填写的占位符。' });
    return false;
  }
  const result = await connection.window.showDocument({
    uri,
    takeFocus: true,
    selection: analysis.lines.rangeAt(target.start, target.end),
  });
  return result.success;
}
