/**
 * Where the server gets settings: per resource through workspace/configuration when the client
 * supports it, otherwise the `gongwen` section of didChangeConfiguration or initializationOptions.
 * Missing or null values mean defaults; invalid values are reported once and replaced by defaults.
 */
import { MessageType, ShowMessageNotification, type Connection } from 'vscode-languageserver/node';
import { normalizeSettings, type Settings } from '../core';

export class SettingsStore {
  private readonly perResource = new Map<string, Promise<Settings>>();
  private global: Settings;
  private readonly reported = new Set<string>();
  /** Each document's debounce delay, once its settings have come (scheduling does not wait for the client). */
  private readonly debounce = new Map<string, number>();

  constructor(
    private readonly connection: Connection,
    private readonly pullConfiguration: boolean,
    initial: unknown,
  ) {
    this.global = this.normalize(initial);
  }

  /** Called on workspace/didChangeConfiguration. */
  changed(settingsPayload: unknown): void {
    this.perResource.clear();
    this.debounce.clear();
    if (!this.pullConfiguration) {
      const section = isRecord(settingsPayload) ? settingsPayload.gongwen : undefined;
      this.global = this.normalize(section);
    }
  }

  forget(uri: string): void {
    this.perResource.delete(uri);
    this.debounce.delete(uri);
  }

  /** The document's own debounce delay (gongwen.debounceMs for its resource), or the global one until its settings have come. */
  debounceMs(uri: string): number {
    return this.debounce.get(uri) ?? this.global.debounceMs;
  }

  get(uri: string): Promise<Settings> {
    if (!this.pullConfiguration) return Promise.resolve(this.global);
    let pending = this.perResource.get(uri);
    if (!pending) {
      pending = this.connection.workspace
        .getConfiguration({ scopeUri: uri, section: 'gongwen' })
        .then((raw: unknown) => this.normalize(raw), () => this.global)
        .then((settings) => {
          this.debounce.set(uri, settings.debounceMs);
          return settings;
        });
      this.perResource.set(uri, pending);
    }
    return pending;
  }

  private normalize(raw: unknown): Settings {
    const { settings, problems } = normalizeSettings(raw);
    for (const problem of problems) {
      if (this.reported.has(problem)) continue;
      this.reported.add(problem);
      // A notification, not window/showMessageRequest: nothing to answer, and no client blocks on it.
      void this.connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message: `Gongwen 设置有误：${problem}` });
    }
    return settings;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
