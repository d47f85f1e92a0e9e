import { bulkInsert, syncSequence } from '../sql';
import type { BenchUser, DataPart } from '../context';
import { at } from '../context';

/** How many accounts sign in concurrently during (f): one per load connection, reused round-robin. */
export const LOGIN_USERS = 16;

/**
 * The accounts the load signs in as: staff at the scale's own level (the province, city or county
 * bureau sees all of its data), staff of the import county, a leader, and a pool for the sign-in load.
 */
export const usersPart: DataPart = {
  name: 'users',
  description: 'bench accounts (staff at the scale level, county staff, leader, sign-in pool)',
  pendingReason: async () => null,
  async run(ctx) {
    const specs: Omit<BenchUser, 'id'>[] = [
      { username: 'bench_staff', role: 'staff', regionCode: ctx.scale.regionCode, purpose: 'reads and updates, (a)–(d)' },
      { username: 'bench_county', role: 'staff', regionCode: ctx.scale.importCounty, purpose: '(g) import into one county' },
      { username: 'bench_leader', role: 'leader', regionCode: ctx.scale.regionCode, purpose: 'read-only leader' },
      ...Array.from({ length: LOGIN_USERS }, (_, i) => ({ username: `bench_login${String(i + 1).padStart(2, '0')}`, role: 'staff', regionCode: ctx.scale.regionCode, purpose: '(f) sign-in' })),
    ];
    const [{ max }] = await ctx.exec<{ max: number | null }>('select max(id) as max from app_user');
    const created = at('2021-12-01', 0);
    const rows = specs.map((s, i) => ({
      id: (max ?? 0) + i + 1,
      username: s.username,
      display_name: `压测${s.role === 'leader' ? '领导' : '业务人员'}${i + 1}`,
      phone: null,
      password_hash: ctx.passwordHash,
      enterprise_id: null,
      status: 'active',
      must_change_password: false,
      password_changed_at: created,
      failed_count: 0,
      locked_until: null,
      last_login_at: null,
      region_code: s.regionCode,
      created_at: created,
      created_by: null,
      updated_at: created,
      updated_by: null,
      version: 1,
    }));
    // The roles were granted after creation (user.grant-roles bumps the version), as the admin pages do it.
    const stored = rows.map((r) => ({ ...r, version: 2 }));
    await bulkInsert(ctx.exec, 'app_user', [
      ['id', 'int4'], ['username', 'text'], ['display_name', 'text'], ['phone', 'text'], ['password_hash', 'text'], ['enterprise_id', 'int4'],
      ['status', 'text'], ['must_change_password', 'bool'], ['password_changed_at', 'timestamptz'], ['failed_count', 'int4'], ['locked_until', 'timestamptz'],
      ['last_login_at', 'timestamptz'], ['region_code', 'text'], ['created_at', 'timestamptz'], ['created_by', 'int4'], ['updated_at', 'timestamptz'],
      ['updated_by', 'int4'], ['version', 'int4'],
    ], stored);
    await bulkInsert(ctx.exec, 'user_role', [['user_id', 'int4'], ['role_code', 'text']], rows.map((r, i) => ({ user_id: r.id, role_code: specs[i].role })));
    await syncSequence(ctx.exec, 'app_user');
    rows.forEach((r, i) => {
      ctx.users.push({ id: r.id, ...specs[i] });
      ctx.audit.add(ctx.actor, { at: new Date(created.getTime() + i * 1000), action: 'user.create', objectType: 'user', objectId: r.id, regionCode: r.region_code, after: r });
      ctx.audit.add(ctx.actor, { at: new Date(created.getTime() + i * 1000 + 500), action: 'user.grant-roles', objectType: 'user', objectId: r.id, regionCode: r.region_code, before: { roles: [] }, after: { roles: [specs[i].role] } });
    });
    return { rows: { app_user: rows.length, user_role: rows.length } };
  },
};
