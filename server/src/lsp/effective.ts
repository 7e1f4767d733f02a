/**
 * Effective settings of a document: the client's settings, then its nearest .gongwenrc.json,
 * then the size limits (binary, large and huge documents; see limits.ts), told once per document.
 */
import type { EffectiveSettings } from './analysis';
import type { ConfigService } from './configs';
import { cheapSettings, limitMessage, limitOf, type Limit } from './limits';
import type { SettingsStore } from './settings';

export class EffectiveSettingsResolver {
  private readonly told = new Map<string, Limit>();

  constructor(
    private readonly store: SettingsStore,
    /** .gongwenrc.json (ConfigService), or none in the web worker server. */
    private readonly configs: Pick<ConfigService, 'effective'>,
    private readonly tell: (message: string) => void,
  ) {}

  /** Settings for a document; with its text, size limits apply too. */
  async get(uri: string, text?: string): Promise<EffectiveSettings> {
    const effective = this.configs.effective(uri, await this.store.get(uri));
    if (text === undefined) return effective;
    const limit = limitOf(text, effective.settings);
    if (!limit) {
      this.told.delete(uri);
      return effective;
    }
    if (this.told.get(uri) !== limit) {
      this.told.set(uri, limit);
      this.tell(limitMessage(limit, text.length, effective.settings));
    }
    return limit === 'large' ? { settings: cheapSettings(effective.settings), ignored: effective.ignored } : { settings: effective.settings, ignored: true };
  }

  forget(uri: string): void {
    this.told.delete(uri);
  }

  /** The document's debounce delay (push diagnostics). */
  debounceMs(uri: string): number {
    return this.store.debounceMs(uri);
  }
}
