import { resolve } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');
const eslint = new ESLint({ cwd: ROOT });

/** The house-rule messages lint gives a piece of code placed at a path of the repository. */
async function lintAt(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: resolve(ROOT, path) });
  return result.messages.filter((m) => m.ruleId === 'no-restricted-syntax').map((m) => m.message);
}

const ROUTE_WITH_SQL = `
import type { App } from '../../platform/http/types';
export async function sampleRoutes(app: App): Promise<void> {
  app.get('/samples', { config: { access: 'signed-in' } }, async () => app.db.selectFrom('sample').selectAll().execute());
}
`;
const PERMISSION_IN_USE_CASE = `
import type { AuthContext } from '../../platform/http/types';
export function canEdit(auth: AuthContext): boolean {
  return auth.permissions.has('enterprise:write');
}
`;

const PLATFORM_IMPORTING_A_MODULE = `
import { enterpriseScope } from '../../modules/enterprise/enterprise.policy';
export const scope = enterpriseScope;
`;

/** The messages lint gives for restricted imports at a path. */
async function importRulesAt(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: resolve(ROOT, path) });
  return result.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('house rules enforced by lint (docs/architecture.md)', () => {
  it('refuses an import of a module from the platform, and allows it from the composition root', async () => {
    expect(await importRulesAt('apps/server/src/platform/auth/sample.ts', PLATFORM_IMPORTING_A_MODULE)).toEqual([
      expect.stringContaining('The platform never imports a module (docs/architecture.md).'),
    ]);
    expect(await importRulesAt('apps/server/src/sample.ts', PLATFORM_IMPORTING_A_MODULE)).toEqual([]);
  });

  it('refuses SQL in a route file', async () => {
    expect(await lintAt('apps/server/src/modules/sample/samples.routes.ts', ROUTE_WITH_SQL)).toEqual([
      'No SQL in a route file: call a use case or a repository (docs/architecture.md).',
    ]);
  });

  it('allows the same query in a repository', async () => {
    expect(await lintAt('apps/server/src/modules/sample/sample.repository.ts', ROUTE_WITH_SQL)).toEqual([]);
  });

  it('refuses a permission check outside a policy, and allows it in one', async () => {
    expect(await lintAt('apps/server/src/modules/sample/edit-sample.ts', PERMISSION_IN_USE_CASE)).toEqual([
      'Permission checks belong in the module policy (*.policy.ts): ask the policy, not auth.permissions.',
    ]);
    expect(await lintAt('apps/server/src/modules/sample/sample.policy.ts', PERMISSION_IN_USE_CASE)).toEqual([]);
  });
});
