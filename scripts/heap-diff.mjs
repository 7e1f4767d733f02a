// node --max-old-space-size=4000 scripts/heap-diff.mjs A.heapsnapshot [B.heapsnapshot]: what a heap
// holds and what grew between two snapshots of the same process (npm run soak explains how to take
// them). Prints the reachable size, shallow sizes by constructor (largest changes first) and the
// retained size held by each property or closure variable name, summed over the objects holding
// it (each holding at least 1 KB), where the sum is over 300 KB (by the dominator
// tree, weak edges left out, as DevTools computes it): per-line caches show as `LineCache.map`,
// module-level ones as `system / Context.NAME` (esbuild may rename NAME to NAME2).
import * as fs from 'node:fs';

function load(file) {
  const s = JSON.parse(fs.readFileSync(file, 'utf8'));
  const m = s.snapshot.meta;
  const NF = m.node_fields.length, EF = m.edge_fields.length;
  const nodeTypes = m.node_types[0], edgeTypes = m.edge_types[0];
  const nodes = s.nodes, edges = s.edges, strings = s.strings;
  const N = nodes.length / NF;
  const fType = m.node_fields.indexOf('type'), fName = m.node_fields.indexOf('name'), fSize = m.node_fields.indexOf('self_size'), fEc = m.node_fields.indexOf('edge_count');
  const firstEdge = new Uint32Array(N + 1);
  for (let i = 0, e = 0; i < N; i++) { firstEdge[i] = e; e += nodes[i * NF + fEc] * EF; firstEdge[i + 1] = e; }
  const type = (i) => nodeTypes[nodes[i * NF + fType]];
  const name = (i) => strings[nodes[i * NF + fName]];
  const size = (i) => nodes[i * NF + fSize];
  const weakT = edgeTypes.indexOf('weak'), shortT = edgeTypes.indexOf('shortcut');
  // successors (no weak)
  const succ = (i, f) => {
    for (let e = firstEdge[i]; e < firstEdge[i + 1]; e += EF) {
      const t = edges[e];
      if (t === weakT || t === shortT) continue;
      f(edges[e + 2] / NF, e);
    }
  };
  // DFS postorder from root 0
  const order = new Int32Array(N).fill(-1);
  const post = [];
  const stack = [0];
  const it = new Uint32Array(N);
  const visited = new Uint8Array(N);
  visited[0] = 1; it[0] = firstEdge[0];
  while (stack.length) {
    const v = stack[stack.length - 1];
    let pushed = false;
    while (it[v] < firstEdge[v + 1]) {
      const e = it[v]; it[v] += EF;
      const t = edges[e]; if (t === weakT || t === shortT) continue;
      const w = edges[e + 2] / NF;
      if (!visited[w]) { visited[w] = 1; it[w] = firstEdge[w]; stack.push(w); pushed = true; break; }
    }
    if (!pushed) { stack.pop(); order[v] = post.length; post.push(v); }
  }
  // predecessors
  const predCount = new Uint32Array(N);
  for (let i = 0; i < N; i++) if (visited[i]) succ(i, (w) => { predCount[w]++; });
  const predStart = new Uint32Array(N + 1);
  for (let i = 0; i < N; i++) predStart[i + 1] = predStart[i] + predCount[i];
  const preds = new Uint32Array(predStart[N]);
  const fill = predStart.slice(0, N);
  for (let i = 0; i < N; i++) if (visited[i]) succ(i, (w) => { preds[fill[w]++] = i; });
  // Cooper-Harvey-Kennedy
  const idom = new Int32Array(N).fill(-1);
  idom[0] = 0;
  const intersect = (a, b) => {
    while (a !== b) {
      while (order[a] < order[b]) a = idom[a];
      while (order[b] < order[a]) b = idom[b];
    }
    return a;
  };
  let changed = true;
  while (changed) {
    changed = false;
    for (let k = post.length - 2; k >= 0; k--) {
      const b = post[k];
      let nd = -1;
      for (let p = predStart[b]; p < predStart[b + 1]; p++) {
        const q = preds[p];
        if (idom[q] === -1) continue;
        nd = nd === -1 ? q : intersect(q, nd);
      }
      if (nd !== -1 && idom[b] !== nd) { idom[b] = nd; changed = true; }
    }
  }
  const retained = new Float64Array(N);
  for (let k = 0; k < post.length; k++) { const v = post[k]; retained[v] += size(v); if (v !== 0) retained[idom[v]] += retained[v]; }
  return { N, NF, EF, nodes, edges, strings, firstEdge, type, name, size, retained, visited, edgeTypes, idom };
}

function summary(h) {
  const byCtor = new Map();
  let total = 0;
  for (let i = 0; i < h.N; i++) {
    if (!h.visited[i]) continue;
    const t = h.type(i);
    const key = t === 'object' || t === 'closure' ? `${t}:${h.name(i)}` : t === 'native' ? `native:${h.name(i).slice(0, 40)}` : t;
    const c = byCtor.get(key) ?? { n: 0, self: 0 };
    c.n++; c.self += h.size(i); total += h.size(i);
    byCtor.set(key, c);
  }
  // interesting instances: edges named like caches
  const inst = new Map();
  for (let i = 0; i < h.N; i++) {
    if (!h.visited[i]) continue;
    for (let e = h.firstEdge[i]; e < h.firstEdge[i + 1]; e += h.EF) {
      const et = h.edgeTypes[h.edges[e]];
      if (et !== 'property' && et !== 'context') continue;
      const nm = h.strings[h.edges[e + 1]];
      const w = h.edges[e + 2] / h.NF;
      if (h.retained[w] < 1_000) continue;
      const key = `${h.type(i) === 'object' ? h.name(i) : h.type(i)}.${nm} -> ${h.name(w).slice(0, 30)}`;
      inst.set(key, (inst.get(key) ?? 0) + h.retained[w]);
    }
  }
  return { byCtor, total, inst };
}

const files = process.argv.slice(2);
const sums = files.map((f) => { const h = load(f); const s = summary(h); console.log(f, 'total', (s.total / 2 ** 20).toFixed(1), 'MiB reachable'); return s; });
const a = sums[0], b = sums[sums.length - 1];
const keys = new Set([...a.byCtor.keys(), ...b.byCtor.keys()]);
const rows = [...keys].map((k) => ({ k, a: a.byCtor.get(k)?.self ?? 0, b: b.byCtor.get(k)?.self ?? 0, na: a.byCtor.get(k)?.n ?? 0, nb: b.byCtor.get(k)?.n ?? 0 }));
rows.sort((x, y) => Math.abs(y.b - y.a) - Math.abs(x.b - x.a) || y.b - x.b);
console.log('\nshallow by constructor (top 30 by change, or size):');
for (const r of (files.length > 1 ? rows : rows.sort((x, y) => y.b - x.b)).slice(0, 30)) console.log(`${(r.a / 1024).toFixed(0).padStart(8)} KiB ${String(r.na).padStart(8)} -> ${(r.b / 1024).toFixed(0).padStart(8)} KiB ${String(r.nb).padStart(8)}  ${r.k}`);
console.log('\nretained by holder.property, summed over the holders (>300 KB):');
const ik = new Set([...a.inst.keys(), ...b.inst.keys()]);
const irows = [...ik].map((k) => ({ k, a: a.inst.get(k) ?? 0, b: b.inst.get(k) ?? 0 })).sort((x, y) => y.b - x.b);
for (const r of irows.filter((x) => Math.max(x.a, x.b) >= 300_000).slice(0, 50)) console.log(`${(r.a / 2 ** 20).toFixed(2).padStart(8)} -> ${(r.b / 2 ** 20).toFixed(2).padStart(8)} MiB  ${r.k}`);
