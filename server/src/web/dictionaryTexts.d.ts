// The segmentation dictionaries (dict/*.utf8) imported as their texts: esbuild's 'text' loader
// (scripts/build-web.mjs) bundles them into the web worker server.
declare module '*.utf8' {
  const text: string;
  export default text;
}
