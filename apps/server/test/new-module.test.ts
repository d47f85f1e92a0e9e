import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ESLint } from 'eslint';
import * as prettier from 'prettier';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateModule, namesOf, REPO, type GenerateResult } from '../../../scripts/new-module.mjs';
import { TEST_TMP } from './test-db';

// Keeps `npm run new:module` honest without a database: the generator writes a two-word module into a copy of the
// source trees, and what it wrote and edited must type-check against that copy and pass lint and prettier as the
// repository's own files would. It fails when a template or a composition point drifts from the code it builds on.
// The generated module's own API and browser tests run in a scratch clone (docs/adding-a-module.md).

const COPIED = ['packages/domain/src', 'apps/server/src', 'apps/server/test', 'apps/web/src', 'e2e'];
let root: string;
let result: GenerateResult;

beforeAll(async () => {
  mkdirSync(TEST_TMP, { recursive: true });
  root = mkdtempSync(join(TEST_TMP, 'new-module-'));
  for (const dir of COPIED) {
    cpSync(join(REPO, dir), join(root, dir), {
      recursive: true,
      filter: (src) => !/[/\\](node_modules|dist)([/\\]|$)/.test(src),
    });
  }
  result = await generateModule({
    root,
    name: 'gen-check',
    label: '生成检查',
    labelEn: 'Generator check',
    migrationTime: '20990101-0000',
  });
});

afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

/** Every file the generator wrote or edited, relative to the root. */
const touched = () => [...result.written, ...result.edited];

describe.skipIf(process.env.KC_TEST_DB === 'postgres')('npm run new:module (scripts/new-module.mjs)', () => {
  it('derives the names of a kebab-case module and refuses a bad or taken one', () => {
    expect(namesOf('tech-platform')).toMatchObject({
      kebab: 'tech-platform',
      snake: 'tech_platform',
      SNAKE: 'TECH_PLATFORM',
      Name: 'TechPlatform',
      name: 'techPlatform',
    });
    expect(() => namesOf('TechPlatform')).toThrow(/kebab-case/);
    expect(() => namesOf('tech_platform')).toThrow(/kebab-case/);
    expect(() => namesOf('enterprise')).toThrow(/taken/);
  });

  it('writes one register across domain, server, web and e2e, and registers it in one line per composition point', () => {
    expect(result.written).toEqual(
      expect.arrayContaining([
        'packages/domain/src/gen-check/gen-check.access.ts',
        'packages/domain/src/gen-check/gen-check.contract.ts',
        'apps/server/src/modules/gen-check/index.ts',
        'apps/server/src/modules/gen-check/records.routes.ts',
        'apps/server/src/modules/gen-check/migrations/20990101-0000-gen-check.ts',
        'apps/server/src/modules/gen-check/gen-check.test.ts',
        'apps/web/src/modules/gen-check/GenCheckRecordTable.tsx',
        'apps/web/src/pages/gen-check/routes.ts',
        'e2e/gen-check.test.ts',
      ]),
    );
    expect(result.skipped).toEqual([]);
    const added = (rel: string) => {
      const before = readFileSync(join(REPO, rel), 'utf8').split('\n');
      return result.contents[rel].split('\n').filter((l) => !before.includes(l));
    };
    expect(added('apps/server/src/modules/index.ts')).toEqual([
      "import { genCheckModule } from './gen-check/index';",
      '  genCheckModule,',
    ]);
    expect(added('packages/domain/src/index.ts')).toEqual(["export * from './gen-check/index';"]);
    expect(added('apps/web/src/app/routes.tsx')).toEqual([
      "import { GEN_CHECK_ROUTES } from '../pages/gen-check/routes';",
      '  ...GEN_CHECK_ROUTES,',
    ]);
    expect(added('packages/domain/src/access.ts')).toEqual(
      expect.arrayContaining(["import { GEN_CHECK_ACCESS } from './gen-check/gen-check.access';"]),
    );
    expect(result.contents['packages/domain/src/access.ts']).toMatch(/MODULE_ACCESS = \[[^\]]*GEN_CHECK_ACCESS/);
  });

  it('refuses to write a module twice', async () => {
    await expect(generateModule({ root, name: 'gen-check', dryRun: true })).rejects.toThrow(/exists already/);
  });

  it('writes code that type-checks against the code it builds on', () => {
    const options: ts.CompilerOptions = {
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      strict: true,
      noImplicitOverride: true,
      noFallthroughCasesInSwitch: true,
      esModuleInterop: true,
      skipLibCheck: true,
      resolveJsonModule: true,
      isolatedModules: true,
      noEmit: true,
      jsx: ts.JsxEmit.ReactJSX,
      lib: ['lib.es2022.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
      types: ['node', 'vite/client'],
      // The copy's domain, which the generator registered the module in (not the repository's).
      paths: {
        '@kechuang/domain': [join(root, 'packages/domain/src/index.ts')],
        '@kechuang/domain/*': [join(root, 'packages/domain/src/*')],
      },
    };
    const files = touched().map((rel) => join(root, rel));
    const program = ts.createProgram(files, options);
    const where = (d: ts.Diagnostic) =>
      d.file
        ? `${d.file.fileName.slice(root.length + 1)}:${d.file.getLineAndCharacterOfPosition(d.start ?? 0).line + 1} `
        : '';
    const text = (d: ts.Diagnostic) => `${where(d)}${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`;
    const problems = [...program.getOptionsDiagnostics(), ...program.getGlobalDiagnostics()].map(text);
    for (const f of files) {
      const source = program.getSourceFile(f);
      if (!source) {
        problems.push(`${f}: not in the program`);
        continue;
      }
      const found = [...program.getSyntacticDiagnostics(source), ...program.getSemanticDiagnostics(source)];
      problems.push(...found.map(text));
    }
    expect(problems).toEqual([]);
  });

  it('writes code that lint and prettier accept where it lands', async () => {
    const eslint = new ESLint({ cwd: REPO });
    const problems: string[] = [];
    for (const rel of touched()) {
      const text = result.contents[rel];
      const filepath = join(REPO, rel);
      const [linted] = await eslint.lintText(text, { filePath: filepath });
      for (const m of linted.messages) problems.push(`${rel}:${m.line} ${m.ruleId}: ${m.message}`);
      const options = (await prettier.resolveConfig(filepath)) ?? {};
      if (!(await prettier.check(text, { ...options, filepath }))) problems.push(`${rel}: not prettier-formatted`);
    }
    expect(problems).toEqual([]);
  });
});
