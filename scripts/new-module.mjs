// `npm run new:module -- <name> [--label 样例登记] [--label-en "Sample register"]`: writes a working skeleton of a
// business module with one register (docs/adding-a-module.md) and registers it in the composition points, one line
// each. The files come from scripts/templates/module/ (paths and text with __tokens__), and are run through prettier.
// Plain Node: no dependency beyond prettier, which the repository already has.
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const TEMPLATES = join(REPO, 'scripts/templates/module');

/** Names a new module may not take: the platform's and the existing modules' folders and route prefixes. */
const RESERVED = new Set([
  'api',
  'app',
  'audit',
  'auth',
  'enterprise',
  'facts',
  'files',
  'home',
  'jobs',
  'login',
  'messages',
  'module',
  'modules',
  'platform',
  'project',
  'public',
  'rd',
  'security',
  'system',
  'ui',
]);

/** The forms of a kebab-case name the templates use. */
export function namesOf(kebab) {
  if (!/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(kebab)) {
    throw new Error(`module name “${kebab}” must be kebab-case: lower-case letters and digits, words joined by '-'`);
  }
  if (kebab.length > 30) throw new Error(`module name “${kebab}” is longer than 30 characters`);
  if (RESERVED.has(kebab)) throw new Error(`module name “${kebab}” is taken by the platform or an existing module`);
  const words = kebab.split('-');
  const pascal = words.map((w) => w[0].toUpperCase() + w.slice(1)).join('');
  return {
    kebab,
    snake: words.join('_'),
    SNAKE: words.join('_').toUpperCase(),
    Name: pascal,
    name: pascal[0].toLowerCase() + pascal.slice(1),
    words,
  };
}

/** 'YYYYMMDD-HHMM' of a moment in Beijing time (migration names sort by it). */
export function migrationStamp(at = new Date()) {
  const p = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', {
      timeZone: 'Asia/Shanghai',
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    })
      .formatToParts(at)
      .map((x) => [x.type, x.value]),
  );
  return `${p.year}${p.month}${p.day}-${p.hour}${p.minute}`;
}

/** The token → text table of one module. */
export function tokensOf(o) {
  const n = namesOf(o.name);
  const stamp = o.migrationTime ?? migrationStamp();
  if (!/^\d{8}-\d{4}$/.test(stamp)) throw new Error(`--migration-time must be YYYYMMDD-HHMM, not “${stamp}”`);
  const label = o.label ?? `${n.Name}登记`;
  if (!/^[\p{Script=Han}A-Za-z0-9（）·、 ]{1,20}$/u.test(label)) {
    throw new Error(`--label “${label}” must be 1–20 Chinese characters, letters, digits, spaces or （）·、`);
  }
  const labelEn = o.labelEn ?? n.words.map((w, i) => (i === 0 ? w[0].toUpperCase() + w.slice(1) : w)).join(' ');
  if (!/^[A-Za-z0-9 &-]{1,40}$/.test(labelEn)) {
    throw new Error(`--label-en “${labelEn}” must be 1–40 letters, digits, spaces, & or -`);
  }
  return {
    __kebab__: n.kebab,
    __snake__: n.snake,
    __SNAKE__: n.SNAKE,
    __Name__: n.Name,
    __name__: n.name,
    __table__: `${n.snake}_record`,
    __migration__: `${stamp}-${n.kebab}`,
    __labelEn__: labelEn,
    __label__: label,
  };
}

function render(text, tokens) {
  let out = text;
  for (const [token, value] of Object.entries(tokens)) out = out.split(token).join(value);
  const left = /__[A-Za-z]+__/.exec(out);
  if (left) throw new Error(`template token ${left[0]} has no value`);
  return out;
}

function templateFiles(dir = TEMPLATES) {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    return statSync(path).isDirectory() ? templateFiles(path) : path.endsWith('.tmpl') ? [path] : [];
  });
}

// ---- composition points: each edit adds one line (or one list item) and refuses when its anchor is missing ----

const lines = (text) => text.split('\n');

/** Inserts a line after the last line matching `after`. */
function insertAfterLast(text, after, line, what) {
  const ls = lines(text);
  let at = -1;
  ls.forEach((l, i) => {
    if (after.test(l)) at = i;
  });
  if (at < 0) throw new Error(`cannot find where to add ${what}`);
  ls.splice(at + 1, 0, line);
  return ls.join('\n');
}

/** Inserts an import after the file's last import statement. */
function addImport(text, line) {
  const ls = lines(text);
  let last = -1;
  for (let i = 0; i < ls.length; i++) if (/^import\b[\s\S]*from '[^']+';$|^} from '[^']+';$/.test(ls[i])) last = i;
  if (last < 0) throw new Error('cannot find the import block');
  ls.splice(last + 1, 0, line);
  return ls.join('\n');
}

/** Adds an item at the end of the first array literal after `anchor` (single- or multi-line). */
function addToArray(text, anchor, item, what) {
  const start = text.indexOf(anchor);
  if (start < 0) throw new Error(`cannot find ${what} (${anchor})`);
  const open = anchor.endsWith('[') ? start + anchor.length - 1 : text.indexOf('[', start);
  let depth = 0;
  let end = -1;
  for (let i = open; open >= 0 && i < text.length; i++) {
    if (text[i] === '[') depth++;
    if (text[i] === ']' && --depth === 0) {
      end = i;
      break;
    }
  }
  if (end < 0) throw new Error(`cannot find the end of ${what}`);
  const body = text.slice(open + 1, end).replace(/\s+$/, '');
  const next = body.includes('\n')
    ? `${body}${body.endsWith(',') ? '' : ','}\n  ${item},\n`
    : `${body}${body ? ', ' : ''}${item}`;
  return text.slice(0, open + 1) + next + text.slice(end);
}

/** The edits of the composition points, as [path, (text) => text, required, the line that shows it is done]. */
function compositionEdits(t) {
  const { __kebab__: kebab, __name__: name, __SNAKE__: SNAKE } = t;
  return [
    [
      'apps/server/src/modules/index.ts',
      (s) =>
        addToArray(
          addImport(s, `import { ${name}Module } from './${kebab}/index';`),
          'export const MODULES: readonly ServerModule[] = [',
          `${name}Module`,
          'the MODULES list',
        ),
      true,
      `'./${kebab}/index'`,
    ],
    [
      'packages/domain/src/access.ts',
      (s) =>
        addToArray(
          addImport(s, `import { ${SNAKE}_ACCESS } from './${kebab}/${kebab}.access';`),
          'const MODULE_ACCESS = [',
          `${SNAKE}_ACCESS`,
          'the MODULE_ACCESS list',
        ),
      true,
      `'./${kebab}/${kebab}.access'`,
    ],
    [
      'packages/domain/src/index.ts',
      (s) => insertAfterLast(s, /^export \* from '\.\/[^']+';$/, `export * from './${kebab}/index';`, 'the export'),
      true,
      `'./${kebab}/index'`,
    ],
    [
      'apps/web/src/app/routes.tsx',
      (s) =>
        insertAfterLast(
          addImport(s, `import { ${SNAKE}_ROUTES } from '../pages/${kebab}/routes';`),
          /^ {2}\.\.\.[A-Z0-9_]+_ROUTES,$/,
          `  ...${SNAKE}_ROUTES,`,
          'the module routes in SHELL_ROUTES',
        ),
      true,
      `'../pages/${kebab}/routes'`,
    ],
    // The domain's access test lists the declared modules and the menu order; keep it true when it still does.
    [
      'packages/domain/src/access.test.ts',
      (s) => {
        let out = addImport(s, `import { ${SNAKE}_ACCESS } from './${kebab}/${kebab}.access';`);
        // Anchors hold whether prettier kept a list on one line or broke it over several.
        out = addToArray(out, 'const declared = [', `${SNAKE}_ACCESS`, 'the declared list');
        const menu =
          /(expect\(MENU\.map\(\(m\) => m\.key\)\)\.toEqual\(\[[^\]]*?)('system',\s*'security',\s*'audit',?\s*\])/;
        if (!menu.test(out)) throw new Error('cannot find the menu order');
        return out.replace(menu, `$1'${kebab}', $2`);
      },
      false,
      `'./${kebab}/${kebab}.access'`,
    ],
  ];
}

/**
 * Writes the module into `root` (a checkout of this repository): the files of the templates, then one line in each
 * composition point, then prettier over all of them. Refuses (writing nothing) when a file exists, the module is
 * registered already or a required anchor is missing. Answers what it wrote, edited and could not edit.
 */
export async function generateModule(o) {
  const root = resolve(o.root ?? REPO);
  const t = tokensOf(o);
  const files = templateFiles().map((path) => {
    const rel = render(relative(TEMPLATES, path).split(sep).join('/'), t).replace(/\.tmpl$/, '');
    return { rel, text: render(readFileSync(path, 'utf8'), t) };
  });
  const existing = files.filter((f) => existsSync(join(root, f.rel))).map((f) => f.rel);
  if (existing.length) throw new Error(`module “${t.__kebab__}” exists already: ${existing.join(', ')}`);

  const edits = [];
  const skipped = [];
  for (const [rel, edit, required, marker] of compositionEdits(t)) {
    const path = join(root, rel);
    try {
      if (!existsSync(path)) throw new Error(`${rel} does not exist`);
      const before = readFileSync(path, 'utf8');
      if (before.includes(marker)) throw new Error(`${rel} registers ${t.__kebab__} already`);
      edits.push({ rel, text: edit(before) });
    } catch (e) {
      if (required) throw new Error(`${rel}: ${e.message}`, { cause: e });
      skipped.push(`${rel}: ${e.message}`);
    }
  }

  const out = [...files, ...edits];
  if (o.format !== false) {
    const prettier = await import('prettier');
    for (const f of out) {
      const options = (await prettier.resolveConfig(join(REPO, f.rel))) ?? {};
      f.text = await prettier.format(f.text, { ...options, filepath: join(REPO, f.rel) });
    }
  }
  if (!o.dryRun) {
    for (const f of out) {
      mkdirSync(dirname(join(root, f.rel)), { recursive: true });
      writeFileSync(join(root, f.rel), f.text);
    }
  }
  return {
    tokens: t,
    written: files.map((f) => f.rel),
    edited: edits.map((f) => f.rel),
    skipped,
    contents: Object.fromEntries(out.map((f) => [f.rel, f.text])),
  };
}

const USAGE = `npm run new:module -- <name> [--label 样例登记] [--label-en "Sample register"] [--dry-run]

  <name>           kebab-case module name (tech-platform): folder, route prefix, permission keys <name>:read|write|import
  --label          the register's Chinese name in the menu, titles and messages (default: <Name>登记)
  --label-en       its English menu label (default: from the name)
  --migration-time YYYYMMDD-HHMM of the migration's name (default: now, Beijing time)
  --root DIR       the checkout to write into (default: this repository)
  --dry-run        print what would be written, write nothing
  --no-format      skip prettier`;

function parseArgs(argv) {
  const o = {};
  const rest = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      if (i + 1 >= argv.length) throw new Error(`${a} needs a value`);
      return argv[++i];
    };
    if (a === '--label') o.label = value();
    else if (a === '--label-en') o.labelEn = value();
    else if (a === '--migration-time') o.migrationTime = value();
    else if (a === '--root') o.root = value();
    else if (a === '--dry-run') o.dryRun = true;
    else if (a === '--no-format') o.format = false;
    else if (a === '-h' || a === '--help') o.help = true;
    else if (a.startsWith('-')) throw new Error(`unknown option ${a}`);
    else rest.push(a);
  }
  if (!o.help && rest.length !== 1) throw new Error('give exactly one module name');
  o.name = rest[0];
  return o;
}

async function main() {
  let o;
  try {
    o = parseArgs(process.argv.slice(2));
  } catch (e) {
    console.error(`${e.message}\n\n${USAGE}`);
    process.exit(2);
  }
  if (o.help) {
    console.log(USAGE);
    return;
  }
  try {
    const r = await generateModule(o);
    const t = r.tokens;
    const verb = o.dryRun ? 'would write' : 'wrote';
    console.log(`${verb} module ${t.__kebab__} (“${t.__label__}”, table ${t.__table__}):`);
    for (const f of r.written) console.log(`  + ${f}`);
    console.log(`${o.dryRun ? 'would register' : 'registered'} it in:`);
    for (const f of r.edited) console.log(`  ~ ${f}`);
    for (const s of r.skipped) console.log(`  ! not edited, do it by hand: ${s}`);
    console.log(`
Next (docs/adding-a-module.md):
  npm run check
  npx vitest run --project server-pglite apps/server/src/modules/${t.__kebab__}/${t.__kebab__}.test.ts
  npm run build:web && npx vitest run --project e2e e2e/${t.__kebab__}.test.ts
then turn the skeleton into the module: its fields, rules (docs/rules.md), states, dictionaries, timeline, facts, demo data.`);
  } catch (e) {
    console.error(`new:module: ${e.message}`);
    process.exit(1);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
