/**
 * Node's `url` for the web worker server, which esbuild substitutes for it (scripts/build-web.mjs):
 * fileURLToPath only, which lsp/check.ts uses to name a file: URI in the 送审前检查 report (a
 * POSIX path; in the web, documents rarely have file: URIs anyway).
 */
export function fileURLToPath(uri: string): string {
  const url = new URL(uri);
  if (url.protocol !== 'file:') throw new TypeError(`不是 file: URI：${uri}`);
  return decodeURIComponent(url.pathname);
}
