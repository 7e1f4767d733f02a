/** Paths of the repository and its built artefacts, for tests compiled into out/tests/. */
import * as path from 'path';

export const ROOT = path.resolve(__dirname, '..', '..', '..');
export const SERVER_JS = path.join(ROOT, 'dist', 'server.js');
export const CLI_BIN = path.join(ROOT, 'bin', 'gongwen.js');
export const FIXTURES = path.join(ROOT, 'tests', 'fixtures');
export const EXAMPLES = path.join(ROOT, 'examples');
