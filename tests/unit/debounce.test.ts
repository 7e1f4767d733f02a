import * as assert from 'assert';
import { adaptivePause, SLOW_CHECK_MS } from '../../server/src/lsp/diagnostics';

describe('adaptive debounce (lsp/diagnostics adaptivePause)', () => {
  it('adds nothing after a check faster than SLOW_CHECK_MS', () => {
    assert.strictEqual(adaptivePause({ duration: SLOW_CHECK_MS, end: 1000 }, 1000), 0);
  });

  it('after a slow check, waits until twice its duration has passed since it ended', () => {
    assert.strictEqual(adaptivePause({ duration: 100, end: 1000 }, 1000), 200);
    assert.strictEqual(adaptivePause({ duration: 100, end: 1000 }, 1150), 50);
  });

  it('does not delay an edit made after a pause (a slow first check of a big document long ago)', () => {
    assert.strictEqual(adaptivePause({ duration: 400, end: 1000 }, 4000), 0);
  });
});
