/**
 * The Node globals the shared server code uses, for the web worker server (esbuild `inject` in
 * scripts/build-web.mjs replaces the free identifiers `process` and `setImmediate` in the bundle):
 * the core writes a failing rule's stack to process.stderr (core/incremental.ts), and the pull
 * diagnostics handler defers work with setImmediate (lsp/diagnostics.ts). Nothing here becomes a
 * global of the worker.
 */
export const process = {
  env: {} as Record<string, string | undefined>,
  stderr: {
    write(text: string): boolean {
      console.error(text);
      return true;
    },
  },
};

export function setImmediate(callback: () => void): ReturnType<typeof setTimeout> {
  return setTimeout(callback, 0);
}
