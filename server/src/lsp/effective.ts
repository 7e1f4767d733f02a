/** Effective settings of a document: the client's settings, then its nearest .gongwenrc.json. */
import type { EffectiveSettings } from './analysis';
import type { ConfigService } from './configs';
import type { SettingsStore } from './settings';

export class EffectiveSettingsResolver {
  constructor(
    private readonly store: SettingsStore,
    private readonly configs: ConfigService,
  ) {}

  async get(uri: string): Promise<EffectiveSettings> {
    return this.configs.effective(uri, await this.store.get(uri));
  }

  get lastDebounceMs(): number {
    return this.store.lastDebounceMs;
  }
}
