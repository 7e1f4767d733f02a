/**
 * No import cycles in the sources, type-only imports included. ESLint's import-x/no-cycle (npm run
 * lint) skips `import type`, and the cycles issue 18 found (cli/args ↔ cli/docx, core/terms
 * tokens → lines → punctuation → group → tokens) were closed by type imports alone; this test
 * reads every import of client/src and server/src with the TypeScript scanner and fails on any
 * strongly connected group of modules.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as ts from 'typescript';
import { ROOT } from '../support/paths';

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...sourceFiles(p));
    else if (e.name.endsWith('.ts') && !e.name.endsWith('.d.ts')) out.push(p);
  }
  return out;
}

/** The module a relative specifier names (file.ts or dir/index.ts), or undefined. */
function resolveRelative(from: string, spec: string): string | undefined {
  if (!spec.startsWith('.')) return undefined;
  const base = path.resolve(path.dirname(from), spec);
  for (const candidate of [`${base}.ts`, path.join(base, 'index.ts')]) if (fs.existsSync(candidate)) return candidate;
  return undefined;
}

/** Import graph: module → the modules it imports (relative imports and re-exports, types included). */
export function importGraph(files: readonly string[]): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const info = ts.preProcessFile(fs.readFileSync(file, 'utf8'), true, false);
    const targets = info.importedFiles.map((f) => resolveRelative(file, f.fileName)).filter((t): t is string => t !== undefined);
    graph.set(file, [...new Set(targets)]);
  }
  return graph;
}

/** Strongly connected components with more than one module, or a module importing itself (Tarjan). */
export function cycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string): void => {
    index.set(v, next);
    low.set(v, next);
    next++;
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || (graph.get(v) ?? []).includes(v)) found.push(component.sort());
    }
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return found;
}

describe('import cycles (type-only imports included)', function () {
  it('finds a cycle the way it is written, through a type import', function () {
    const g = new Map<string, string[]>([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a']],
      ['d', ['a']],
    ]);
    assert.deepStrictEqual(cycles(g), [['a', 'b', 'c']]);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-cycles-'));
    try {
      fs.writeFileSync(path.join(dir, 'x.ts'), "import type { Y } from './y';\nexport type X = Y;\n");
      fs.writeFileSync(path.join(dir, 'y.ts'), "import { x } from './x';\nexport type Y = typeof x;\n");
      const files = [path.join(dir, 'x.ts'), path.join(dir, 'y.ts')];
      assert.deepStrictEqual(cycles(importGraph(files)), [files]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  for (const side of ['server/src', 'client/src']) {
    it(`${side} has none`, function () {
      const graph = importGraph(sourceFiles(path.join(ROOT, side)));
      assert.ok(graph.size > 10, `read ${graph.size} modules`);
      const found = cycles(graph).map((c) => c.map((f) => path.relative(ROOT, f)).join(' ↔ '));
      assert.deepStrictEqual(found, []);
    });
  }
});
