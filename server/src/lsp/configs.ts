/**
 * `.gongwenrc.json` files for open documents: cached per file, re-read when the client reports a
 * change, merged over editor settings, and their problems published as diagnostics on the config
 * file itself (the documents are then checked with the valid parts, or defaults). The search for
 * a document's config stops at the client's workspace folder holding it (configFile.ts
 * findConfig), and reading it is bounded (io/readFile.ts), so a hostile file is refused with one
 * diagnostic instead of hanging or crashing the server.
 */
import * as path from 'path';
import { fileURLToPath, pathToFileURL } from 'url';
import { DiagnosticSeverity, type Connection } from 'vscode-languageserver/node';
import { LineIndex, type Settings } from '../core';
import type { ConfigFile, SearchBounds } from '../config/configFile';
import { ConfigLookup } from '../config/lookup';
import { isIgnored, mergeSettings } from '../config/effective';
import { isWithin } from '../io/paths';
import { SOURCE } from './convert';

export const CONFIG_PROBLEM_CODE = 'config.invalid';

export interface Effective {
  settings: Settings;
  /** The document matches the config's ignore globs. */
  ignored: boolean;
}

export class ConfigService {
  private readonly lookup = new ConfigLookup({
    bounds: () => this.bounds,
    onRead: (read) => {
      const config = this.trusted ? read : { ...read, phrases: read.phrases.filter((p) => !p.regex) };
      this.publishProblems(config);
      return config;
    },
  });
  /** The client's workspace folders (paths), innermost first when nested. */
  private folders: string[] = [];
  private merged = new WeakMap<Settings, Map<string, Settings>>();
  private readonly published = new Set<string>();

  /** In an untrusted workspace (VS Code workspace trust) the files' regular expressions are not run. */
  trusted = true;

  constructor(private readonly connection: Connection) {}

  /** Settings for a document: editor settings merged with its nearest config file. */
  effective(uri: string, editor: Settings): Effective {
    const documentPath = toPath(uri);
    if (!documentPath) return { settings: editor, ignored: false };
    const config = this.configFor(documentPath);
    if (!config) return { settings: editor, ignored: false };
    let byConfig = this.merged.get(editor);
    if (!byConfig) this.merged.set(editor, (byConfig = new Map()));
    let settings = byConfig.get(config.path);
    if (!settings) byConfig.set(config.path, (settings = mergeSettings(editor, config)));
    return { settings, ignored: isIgnored(documentPath, config) };
  }

  /** The client's workspace folders (paths, innermost first: lsp/workspaceFolders.ts). Forgets what was found with the old ones. */
  setWorkspaceFolders(paths: readonly string[]): void {
    this.folders = [...paths];
    this.invalidate();
  }

  get workspaceFolders(): readonly string[] {
    return this.folders;
  }

  /** The innermost workspace folder holding the document, if any. */
  workspaceFolderOf(documentPath: string): string | undefined {
    const resolved = path.resolve(documentPath);
    return this.folders.find((f) => isWithin(resolved, f));
  }

  /** Where the search for a config may look (the server has no current directory of the user's). */
  get bounds(): SearchBounds {
    return { workspaceFolders: this.folders };
  }

  /** A config file was created, changed or deleted: forget everything cached. */
  invalidate(): void {
    this.lookup.invalidate();
    this.merged = new WeakMap();
    // Clear what was published; files still broken are published again when next read.
    for (const uri of this.published) void this.connection.sendDiagnostics({ uri, diagnostics: [] });
    this.published.clear();
  }

  private configFor(documentPath: string): ConfigFile | undefined {
    return this.lookup.for(documentPath);
  }

  private publishProblems(config: ConfigFile): void {
    const uri = pathToFileURL(config.path).toString();
    if (config.problems.length === 0 && !this.published.has(uri)) return;
    const lines = new LineIndex(config.text);
    if (config.problems.length > 0) this.published.add(uri);
    else this.published.delete(uri);
    void this.connection.sendDiagnostics({
      uri,
      diagnostics: config.problems.map((p) => ({
        range: lines.rangeAt(p.start, p.end),
        severity: DiagnosticSeverity.Error,
        source: SOURCE,
        code: CONFIG_PROBLEM_CODE,
        message: p.message,
      })),
    });
  }
}

function toPath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}
