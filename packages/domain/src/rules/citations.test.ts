import { describe, expect, it } from 'vitest';

// packages/domain compiles without Node types (tsconfig "types": []), so the few Node calls this test needs are
// typed here and loaded by name.
interface DirEntry {
  name: string;
  isDirectory(): boolean;
}
interface NodeFs {
  readFileSync(path: string, encoding: 'utf8'): string;
  readdirSync(path: string, options: { withFileTypes: true }): DirEntry[];
}
const load = (name: string): Promise<unknown> => import(/* @vite-ignore */ name);
const fs = (await load('node:fs')) as NodeFs;
const { fileURLToPath } = (await load('node:url')) as { fileURLToPath(url: string): string };

const THIS_FILE = fileURLToPath((import.meta as unknown as { url: string }).url);
const ROOT = THIS_FILE.slice(0, THIS_FILE.lastIndexOf('/packages/domain/'));
const SCANNED = ['apps', 'packages', 'e2e', 'bench', 'scripts'];
const SKIPPED = new Set(['node_modules', 'dist', 'results', 'data', '.test-tmp']);
const CODE = /\.(ts|tsx|mjs|cjs|js)$/;

/** Every code file of the repository (not dependencies, builds, data or benchmark results), relative to ROOT. */
function codeFiles(dir: string, out: string[] = []): string[] {
  for (const e of fs.readdirSync(`${ROOT}/${dir}`, { withFileTypes: true })) {
    const path = `${dir}/${e.name}`;
    if (e.isDirectory()) {
      if (!SKIPPED.has(e.name) && !e.name.startsWith('data-')) codeFiles(path, out);
    } else if (CODE.test(e.name) && `${ROOT}/${path}` !== THIS_FILE) out.push(path);
  }
  return out;
}

/** The section numbers a markdown file has as headings: `### §1.4 Cycle …` → '1.4'. */
function headings(markdown: string): Set<string> {
  return new Set([...markdown.matchAll(/^#{1,6}\s+§(\d+(?:\.\d+)*)\b/gm)].map((m) => m[1]));
}

/** The sections cited after each mention of `doc`: "rules.md §1.4, §2.4" → ['1.4', '2.4']. */
function citedSections(text: string, doc: string): string[] {
  const re = new RegExp(`${doc.replace(/\./g, '\\.')}((?:[\\s,;、]*(?:and\\s+)?§\\d+(?:\\.\\d+)*)+)`, 'g');
  return [...text.matchAll(re)].flatMap((m) => [...m[1].matchAll(/§(\d+(?:\.\d+)*)/g)].map((s) => s[1]));
}

/** `file: §x` for every cited section of `doc` that `sections` lacks. */
function unresolved(files: Record<string, string>, doc: string, sections: Set<string>): string[] {
  return Object.entries(files).flatMap(([file, text]) =>
    citedSections(text, doc)
      .filter((s) => !sections.has(s))
      .map((s) => `${file}: ${doc} §${s}`),
  );
}

const files = Object.fromEntries(
  SCANNED.flatMap((d) => codeFiles(d)).map((f) => [f, fs.readFileSync(`${ROOT}/${f}`, 'utf8')]),
);
const rulesDoc = fs.readFileSync(`${ROOT}/docs/rules.md`, 'utf8');
const architectureDoc = fs.readFileSync(`${ROOT}/docs/architecture.md`, 'utf8');

describe('citations in the code resolve inside the repository', () => {
  it('scans the code of the repository', () => {
    expect(Object.keys(files)).toContain('packages/domain/src/rules/tables/source.ts');
    expect(Object.keys(files).length).toBeGreaterThan(300);
  });

  it('reports a cited section that is not a heading, and accepts lists of sections', () => {
    const docSections = headings('## §1 A\n### §1.4 B\n#### §5.6.2 C\n');
    expect([...docSections]).toEqual(['1', '1.4', '5.6.2']);
    const text = '// see docs/rules.md §1.4, §5.6.2 and §9.9; also rules.md §1.5';
    expect(unresolved({ 'x.ts': text }, 'rules.md', docSections)).toEqual([
      'x.ts: rules.md §9.9',
      'x.ts: rules.md §1.5',
    ]);
  });

  it('every docs/rules.md §… cited in code is a heading of docs/rules.md', () => {
    const cited = Object.values(files).flatMap((t) => citedSections(t, 'rules.md'));
    expect(cited.length).toBeGreaterThan(10);
    expect(unresolved(files, 'rules.md', headings(rulesDoc))).toEqual([]);
  });

  it('every docs/architecture.md §… cited in code is a heading of docs/architecture.md', () => {
    expect(unresolved(files, 'architecture.md', headings(architectureDoc))).toEqual([]);
  });

  it('every source tag used in code (S1…S88) is listed in docs/rules.md §8.2', () => {
    const listed = new Set([...rulesDoc.matchAll(/^\| (S\d+) \|/gm)].map((m) => m[1]));
    const missing = Object.entries(files).flatMap(([file, text]) =>
      [...text.matchAll(/\[(S\d{1,2})\]|'(S\d{1,2})'/g)]
        .map((m) => m[1] ?? m[2])
        .filter((tag) => !listed.has(tag))
        .map((tag) => `${file}: ${tag}`),
    );
    expect(listed.size).toBeGreaterThan(80);
    expect(missing).toEqual([]);
  });

  it('no code cites a file outside the repository', () => {
    // Written as patterns so that this file does not itself contain the paths it looks for.
    const outside = [
      /\/work\//,
      /\.\.\/shared/,
      /GUIDE\.md/,
      /seed-figures/,
      /house-examples/,
      /ecosystem\.md/,
      /peers\.md/,
    ];
    const found = Object.entries(files).flatMap(([file, text]) =>
      outside.filter((re) => re.test(text)).map((re) => `${file}: ${re.source}`),
    );
    expect(found).toEqual([]);
  });
});
