/**
 * The 公文结构 view (Explorer, view id `gongwen.structure`): the parts of the active document with
 * their role badges (认识/问题/举措 …), sub-headings and enumerations, character count, estimated
 * speaking time (gongwen.speakingRate characters a minute) and unfilled placeholders per part.
 * Clicking an item reveals it. The data comes from the server (`gongwen/structure`); this file only
 * renders it. It follows the active editor and refreshes after typing stops (debounced); items keep
 * their ids, so expansion and selection survive a refresh without flicker.
 */
import * as vscode from 'vscode';
// The Node and the browser client alike (extension.ts, browserClient.ts).
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
// The request's types come from the server (type-only: nothing of the server is bundled here).
import { STRUCTURE_REQUEST, type StructureItem, type StructureResult } from '../../server/src/protocol';

export const STRUCTURE_VIEW = 'gongwen.structure';
export const REVEAL_COMMAND = 'gongwen.structure.reveal';
export const REFRESH_COMMAND = 'gongwen.structure.refresh';
/** For tests: returns the view's tree as plain data. */
export const SNAPSHOT_COMMAND = 'gongwen.structure.snapshot';

export type { StructureItem, StructureResult };
type LspRange = StructureItem['range'];

export interface SnapshotNode {
  id: string;
  label: string;
  description: string;
  tooltip: string;
  children: SnapshotNode[];
}

const ROLE_ICONS: Record<string, string> = {
  understanding: 'lightbulb',
  problems: 'warning',
  measures: 'rocket',
  achievements: 'star-full',
  plans: 'calendar',
  situation: 'info',
  suggestions: 'comment-discussion',
};

export function speakingRate(): number {
  const rate = vscode.workspace.getConfiguration('gongwen').get<number>('speakingRate', 220);
  return typeof rate === 'number' && rate > 0 ? rate : 220;
}

/** 约1.5分钟 / 约40秒 for a number of characters at the configured rate. */
export function speakingTime(chars: number, rate = speakingRate()): string {
  const seconds = Math.round((chars / rate) * 60);
  if (seconds < 60) return `约${Math.max(seconds, 1)}秒`;
  const minutes = Math.round((seconds / 60) * 10) / 10;
  return `约${minutes}分钟`;
}

function toVsRange(r: LspRange): vscode.Range {
  return new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);
}

function labelOf(item: StructureItem): string {
  const numbering = item.numbering.startsWith('#') ? '' : item.numbering;
  return item.kind === 'enumeration' ? `${numbering} ${item.title}` : `${numbering}${item.title}`;
}

function descriptionOf(item: StructureItem, rate: number, spoken: boolean): string {
  const parts: string[] = [];
  if (item.roleLabel && item.role !== 'unknown') parts.push(`【${item.roleLabel}】`);
  parts.push(`${item.chars}字`);
  if (spoken && item.level === 1 && item.kind === 'heading') parts.push(speakingTime(item.chars, rate));
  if (item.placeholders > 0) parts.push(`${item.placeholders}处待填`);
  return parts.join(' · ');
}

function tooltipOf(item: StructureItem, rate: number, spoken: boolean): string {
  const lines = [labelOf(item)];
  if (item.roleLabel) lines.push(`部分：${item.role === 'unknown' ? '未能识别（标题和正文中没有明确的提示词）' : item.roleLabel}`);
  lines.push(spoken ? `字数：${item.chars}（按每分钟${rate}字，讲话时长${speakingTime(item.chars, rate)}）` : `字数：${item.chars}`);
  if (item.placeholders > 0) lines.push(`未填写的占位符：${item.placeholders}处`);
  return lines.join('\n');
}

class StructureProvider implements vscode.TreeDataProvider<StructureItem> {
  private readonly changed = new vscode.EventEmitter<StructureItem | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  result: StructureResult | undefined;
  document: vscode.TextDocument | undefined;
  private parents = new Map<string, StructureItem | undefined>();
  /** What the tree shows (result, document, speaking rate), to refresh only when it changes. */
  private shown = '';

  /**
   * Shows `result`. The tree is refreshed only when what it shows changed: every refresh makes VS
   * Code drop the tree's items and ask for them again, and a refresh that lands while the workbench
   * is still asking for the children of an expanded item (the view just became visible, or the
   * previous refresh) makes the extension host log `No tree item with id … found`.
   */
  set(result: StructureResult | undefined, document: vscode.TextDocument | undefined): void {
    const shown = JSON.stringify([result ?? null, document?.uri.toString() ?? null, speakingRate()]);
    if (shown === this.shown && document === this.document) return;
    this.shown = shown;
    this.result = result;
    this.document = document;
    this.parents = new Map();
    const walk = (items: StructureItem[], parent: StructureItem | undefined): void => {
      for (const i of items) {
        this.parents.set(i.id, parent);
        walk(i.children, i);
      }
    };
    walk(result?.items ?? [], undefined);
    this.changed.fire(undefined);
  }

  getTreeItem(item: StructureItem): vscode.TreeItem {
    const rate = speakingRate();
    const spoken = isSpoken(this.result);
    const t = new vscode.TreeItem(labelOf(item), item.children.length > 0 ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.None);
    // Stable across refreshes (path of sibling indexes + document): expansion state survives typing.
    t.id = `${this.result?.uri ?? ''}#${item.id}`;
    t.description = descriptionOf(item, rate, spoken);
    t.tooltip = tooltipOf(item, rate, spoken);
    t.iconPath = new vscode.ThemeIcon(
      item.kind === 'enumeration' ? 'list-ordered' : (item.role && ROLE_ICONS[item.role]) || (item.level === 1 ? 'symbol-namespace' : 'symbol-class'),
      item.placeholders > 0 && item.level === 1 ? new vscode.ThemeColor('list.warningForeground') : undefined,
    );
    t.contextValue = item.kind;
    if (this.document) t.command = { command: REVEAL_COMMAND, title: '转到此处', arguments: [this.document.uri, item.selectionRange] };
    return t;
  }

  getChildren(item?: StructureItem): StructureItem[] {
    return item ? item.children : (this.result?.items ?? []);
  }

  getParent(item: StructureItem): StructureItem | undefined {
    return this.parents.get(item.id);
  }

  snapshot(): SnapshotNode[] {
    const rate = speakingRate();
    const spoken = isSpoken(this.result);
    const walk = (items: StructureItem[]): SnapshotNode[] =>
      items.map((i) => ({ id: i.id, label: labelOf(i), description: descriptionOf(i, rate, spoken), tooltip: tooltipOf(i, rate, spoken), children: walk(i.children) }));
    return walk(this.result?.items ?? []);
  }
}

/** A speaking time is shown only for what the server marks as spoken (a speech with text). */
function isSpoken(result: StructureResult | undefined): boolean {
  return result?.spoken === true;
}

function isDraft(document: vscode.TextDocument): boolean {
  return ['plaintext', 'markdown'].includes(document.languageId) && ['file', 'untitled', 'vscode-remote'].includes(document.uri.scheme);
}

export function registerStructureView(context: vscode.ExtensionContext, client: () => LanguageClient | undefined): void {
  const provider = new StructureProvider();
  const view = vscode.window.createTreeView(STRUCTURE_VIEW, { treeDataProvider: provider, showCollapseAll: true });
  let timer: NodeJS.Timeout | undefined;
  let generation = 0;
  let pending: Promise<void> = Promise.resolve();

  const describe = (result: StructureResult | undefined): void => {
    if (!result) {
      view.description = undefined;
      view.message = '打开一份公文草稿（.txt 或 .md）即可查看其结构。';
      return;
    }
    view.description = [result.docTypeName, `${result.chars}字`, ...(isSpoken(result) ? [speakingTime(result.chars)] : [])].join(' · ');
    const missing = result.scheme && result.missingRoles.length > 0 ? `缺少“${result.missingRoles.map((r) => result.scheme?.roles.find((x) => x.role === r)?.label ?? r).join('”“')}”部分。` : '';
    view.message =
      result.items.length === 0
        ? '未找到标题（一、（一）1.（1）或 Markdown #）。'
        : result.scheme
          ? `${result.docTypeName}一般按“${result.scheme.name}”组织。${missing}`.trim()
          : undefined;
  };

  const update = async (): Promise<void> => {
    const mine = ++generation;
    const editor = vscode.window.activeTextEditor;
    const c = client();
    if (!editor || !isDraft(editor.document)) {
      // Keep showing the last draft while focus is elsewhere (e.g. in this view or the Output panel).
      if (!provider.result) describe(undefined);
      return;
    }
    if (!c || !c.isRunning()) return;
    try {
      const result = await c.sendRequest<StructureResult | null>(STRUCTURE_REQUEST, { uri: editor.document.uri.toString() });
      if (mine !== generation) return; // a newer request is under way
      provider.set(result ?? undefined, result ? editor.document : undefined);
      describe(result ?? undefined);
    } catch {
      // The server restarts or the document closed: keep what is shown.
    }
  };
  const schedule = (delay = 300): void => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      pending = update();
    }, delay);
  };

  context.subscriptions.push(
    view,
    vscode.commands.registerCommand(REVEAL_COMMAND, async (uri: vscode.Uri, range: LspRange) => {
      const document = await vscode.workspace.openTextDocument(uri);
      const editor = await vscode.window.showTextDocument(document, { preserveFocus: false, preview: false });
      const r = toVsRange(range);
      editor.selection = new vscode.Selection(r.start, r.end);
      editor.revealRange(r, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    }),
    vscode.commands.registerCommand(REFRESH_COMMAND, () => update()),
    vscode.commands.registerCommand(SNAPSHOT_COMMAND, async () => {
      // Answers for the current state: a scheduled refresh is run first.
      if (timer) {
        clearTimeout(timer);
        timer = undefined;
        pending = update();
      }
      await pending;
      return { uri: provider.result?.uri, title: provider.result?.title?.text, docTypeName: provider.result?.docTypeName, description: view.description, message: view.message, items: provider.snapshot() };
    }),
    vscode.window.onDidChangeActiveTextEditor(() => schedule(50)),
    vscode.languages.onDidChangeDiagnostics((e) => {
      // The server has analysed the new text (placeholder counts come with it).
      const active = vscode.window.activeTextEditor?.document.uri.toString();
      if (active && e.uris.some((u) => u.toString() === active)) schedule();
    }),
    vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.document === vscode.window.activeTextEditor?.document && e.contentChanges.length > 0) schedule(500);
    }),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('gongwen.speakingRate')) provider.set(provider.result, provider.document);
      if (e.affectsConfiguration('gongwen')) schedule();
    }),
    view.onDidChangeVisibility((e) => e.visible && schedule(0)),
    { dispose: () => timer && clearTimeout(timer) },
  );
  describe(undefined);
  schedule(0);
}
