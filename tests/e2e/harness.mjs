// What the end-to-end scripts share: logging with a tag, screenshots, polling a probe, steps that
// stop at the first failure (the later ones are reported as not run), and the closing
// `N passed, N failed` line the CI sums.

import path from 'node:path';

export function harness({ tag, root, artifacts, wait, pollMs, failureShot, page }) {
  const results = [];
  const log = (msg) => console.log(`[${tag}] ${msg}`);

  async function shot(name) {
    const file = path.join(artifacts, name);
    await page().screenshot({ path: file, timeout: 15000 });
    log(`screenshot: ${path.relative(root, file)}`);
    return file;
  }

  /** Polls `probe` until it returns a truthy value (not `{ ok: false }`); fails with `what` and the last value seen. */
  async function waitFor(what, probe, timeoutMs = wait) {
    const deadline = Date.now() + timeoutMs;
    let last;
    for (;;) {
      try {
        last = await probe();
        if (last && !(typeof last === 'object' && 'ok' in last && !last.ok)) return last;
      } catch (e) {
        last = `error: ${e.message.split('\n')[0]}`;
      }
      if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs / 1000}s waiting for ${what}; last seen: ${JSON.stringify(last)}`);
      await new Promise((r) => setTimeout(r, pollMs));
    }
  }

  async function step(name, fn) {
    if (results.some((r) => !r.ok)) {
      results.push({ name, ok: false, error: 'not run: an earlier step failed' });
      console.log(`  ✗ ${name} (not run: an earlier step failed)`);
      return;
    }
    const t0 = Date.now();
    try {
      await fn();
      results.push({ name, ok: true });
      console.log(`  ✔ ${name} (${Date.now() - t0}ms)`);
    } catch (e) {
      results.push({ name, ok: false, error: e.message });
      console.log(`  ✗ ${name}\n      ${e.message.replace(/\n/g, '\n      ')}`);
      if (page()) await shot(`${failureShot}-${results.length}.png`).catch(() => {});
    }
  }

  /** The counts of the steps run: { passed, failed }. */
  function counts() {
    const passed = results.filter((r) => r.ok).length;
    return { passed, failed: results.length - passed };
  }

  return { results, log, shot, waitFor, step, counts };
}
