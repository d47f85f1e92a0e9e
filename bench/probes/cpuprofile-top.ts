/**
 * Summarises a V8 .cpuprofile (from BENCH_PRODUCT_NODE_ARGS='--cpu-prof --cpu-prof-dir=DIR' npm run bench …):
 * self time by package (node_modules/<pkg>, the product's own code by folder, node internals) and the top functions.
 *   node --import tsx bench/probes/cpuprofile-top.ts DIR/xxx.cpuprofile [--top 25]
 */
import { readFileSync } from 'node:fs';
import { num, parseArgs } from '../lib/args';

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: Node[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

const file = process.argv.slice(2).find((a) => !a.startsWith('--'));
if (!file) throw new Error('usage: cpuprofile-top.ts file.cpuprofile [--top 25]');
const top = num(parseArgs(process.argv.slice(2)), 'top', 25);
const p = JSON.parse(readFileSync(file, 'utf8')) as Profile;
const byId = new Map(p.nodes.map((n) => [n.id, n]));
const self = new Map<number, number>();
p.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (p.timeDeltas[i] ?? 0)));
const total = [...self.values()].reduce((a, b) => a + b, 0);

const groupOf = (url: string, fn: string): string => {
  if (!url) return fn.startsWith('(') ? fn : '(native)';
  const nm = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (nm) return nm[1];
  const own = /\/work\/main\/(apps\/server\/src\/[^/]+\/[^/]+|packages\/domain\/src\/[^/]+|bench\/[^/]+)/.exec(url);
  if (own) return own[1];
  if (url.startsWith('node:')) return 'node:' + url.slice(5).split('/')[0];
  return url
    .replace(/^file:\/\//, '')
    .split('/')
    .slice(-2)
    .join('/');
};
const groups = new Map<string, number>();
const fns = new Map<string, number>();
for (const [id, t] of self) {
  const n = byId.get(id)!;
  const g = groupOf(n.callFrame.url, n.callFrame.functionName);
  groups.set(g, (groups.get(g) ?? 0) + t);
  const key = `${n.callFrame.functionName || '(anonymous)'}  ${n.callFrame.url.replace(/^file:\/\/\/work\/main\//, '')}:${n.callFrame.lineNumber + 1}`;
  fns.set(key, (fns.get(key) ?? 0) + t);
}
const pct = (t: number) => `${((t / total) * 100).toFixed(1).padStart(5)} %`;
console.log(
  `profile ${file}: ${(total / 1e6).toFixed(1)} s sampled (${((p.endTime - p.startTime) / 1e6).toFixed(1)} s wall)\n\nself time by package / folder:`,
);
for (const [g, t] of [...groups].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${pct(t)}  ${g}`);
console.log('\ntop functions (self time):');
for (const [f, t] of [...fns].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${pct(t)}  ${f}`);
