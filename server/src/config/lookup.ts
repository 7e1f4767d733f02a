/**
 * Which `.gongwenrc.json` applies to a document, for the language server and the CLI alike: the
 * search (configFile.ts findConfig) is made once per folder and each file is read once, until
 * `invalidate`. What each side does with a file just read (publish its problems as diagnostics,
 * or report them and warn on stderr) is the `onRead` callback.
 */
import * as path from 'path';
import { findConfig, readConfig, type ConfigFile, type ConfigSearch, type SearchBounds } from './configFile';

export interface ConfigLookupOptions {
  /** Where the search may look (the editor's workspace folders, or the CLI's current directory). */
  bounds: () => SearchBounds;
  /** A config named by the user (the CLI's --config): used for every document, no search. */
  explicit?: string;
  /** Called once for each file read (until invalidate), with what was read; may change what is used (e.g. drop regular expressions). */
  onRead?: (config: ConfigFile) => ConfigFile;
}

export class ConfigLookup {
  private readonly files = new Map<string, ConfigFile>();
  private readonly located = new Map<string, ConfigSearch>();

  constructor(private readonly options: ConfigLookupOptions) {}

  /** The config that applies to a document, if any. */
  for(documentPath: string): ConfigFile | undefined {
    const { configPath, top } = this.locate(documentPath);
    if (!configPath) return undefined;
    let config = this.files.get(configPath);
    if (!config) {
      const read = readConfig(configPath, top);
      config = this.options.onRead ? this.options.onRead(read) : read;
      this.files.set(configPath, config);
    }
    return config;
  }

  /** A config file changed, or the bounds did: forget what was found and read. */
  invalidate(): void {
    this.files.clear();
    this.located.clear();
  }

  private locate(documentPath: string): ConfigSearch {
    if (this.options.explicit !== undefined) return { configPath: this.options.explicit, top: undefined };
    const dir = path.dirname(path.resolve(documentPath));
    let found = this.located.get(dir);
    if (!found) this.located.set(dir, (found = findConfig(documentPath, this.options.bounds())));
    return found;
  }
}
