import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KyselyPlugin } from 'kysely';
import type { PermissionKey } from '@kechuang/domain';
import { createTestApp, type TestApp } from '../../../test/harness';
import type { UseCaseContext } from '../../platform/http/types';
import { updateEnterprise } from './update-enterprise';

let t: TestApp;
let ctx: UseCaseContext;
beforeAll(async () => {
  t = await createTestApp();
  const staff = await t.db
    .selectFrom('app_user')
    .select(['id', 'username', 'region_code'])
    .where('username', '=', 'staff')
    .executeTakeFirstOrThrow();
  const permissions: PermissionKey[] = ['enterprise:read', 'enterprise:write'];
  ctx = {
    auth: {
      sessionId: 'test',
      csrfToken: 'test',
      userId: staff.id,
      username: staff.username,
      displayName: '业务人员',
      regionCode: staff.region_code,
      scopePrefix: staff.region_code,
      enterpriseId: null,
      roles: ['staff'],
      permissions: new Set(permissions),
      mustChangePassword: false,
    },
    actor: { id: staff.id, name: staff.username, ip: '127.0.0.1' },
  };
});
afterAll(() => t?.close());

const current = (name: string) =>
  t.db
    .selectFrom('enterprise')
    .select(['id', 'version', 'industry_code'])
    .where('name', 'like', `%${name}%`)
    .executeTakeFirstOrThrow();

/** The database with a counter of the statements it sends (each executed statement's result passes once). */
function counting() {
  const counter = { statements: 0 };
  const plugin: KyselyPlugin = {
    transformQuery: (args) => args.node,
    transformResult: async (args) => {
      counter.statements++;
      return args.result;
    },
  };
  return { db: t.db.withPlugin(plugin), counter };
}

describe('updateEnterprise (the audited edit, bench op (d))', () => {
  it('sends two statements inside its transaction when no code is given: the update and the audit append (F9)', async () => {
    // The first edit reads the table's columns once per process; count the second.
    let e = await current('青龙管业');
    await updateEnterprise(t.db, ctx, { id: e.id, version: e.version, patch: { address: '陇西县文峰镇 1 号' } });
    e = await current('青龙管业');
    const { db, counter } = counting();
    const row = await updateEnterprise(db, ctx, {
      id: e.id,
      version: e.version,
      patch: { address: '陇西县文峰镇 2 号' },
    });
    expect(row.address).toBe('陇西县文峰镇 2 号');
    expect(row.region_name).toBeTruthy();
    // With BEGIN and COMMIT: 4 statements, as the baseline sends.
    expect(counter.statements).toBe(2);
  });

  it('reads only the codes it is given, inside the transaction', async () => {
    const e = await current('青龙管业');
    const { db, counter } = counting();
    await updateEnterprise(db, ctx, { id: e.id, version: e.version, patch: { industryCode: '2730' } });
    expect(counter.statements).toBe(3);
  });

  it('leaves the caller’s input as it was: the industry code is normalised in what it writes, not in the request', async () => {
    const e = await current('青龙管业');
    const patch = { industryCode: 'C2710' };
    const row = await updateEnterprise(t.db, ctx, { id: e.id, version: e.version, patch });
    expect(patch).toEqual({ industryCode: 'C2710' });
    expect(row.industry_code).toBe('2710');
    expect((await current('青龙管业')).industry_code).toBe('2710');
  });
});
