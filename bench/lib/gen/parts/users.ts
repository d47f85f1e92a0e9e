import { bulkInsert, syncSequence } from '../sql';
import type { BenchUser, DataPart, GenContext } from '../context';
import { at } from '../context';

/** How many accounts sign in concurrently during (f): one per load connection, reused round-robin. */
export const LOGIN_USERS = 16;

export interface UserSpec {
  username: string;
  role: string;
  regionCode: string;
  purpose: string;
  displayName: string;
  enterpriseId?: number | null;
}

/**
 * Writes accounts as the admin pages would have: the user (password set, no forced change), then its role
 * granted (version 2), with `user.create` and `user.grant-roles` audit rows.
 */
export async function createUsers(ctx: GenContext, specs: UserSpec[], created: Date): Promise<BenchUser[]> {
  const [{ max }] = await ctx.exec<{ max: number | null }>('select max(id) as max from app_user');
  const rows = specs.map((s, i) => ({
    id: (max ?? 0) + i + 1,
    username: s.username,
    display_name: s.displayName.slice(0, 30),
    phone: null,
    password_hash: ctx.passwordHash,
    enterprise_id: s.enterpriseId ?? null,
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
  await bulkInsert(
    ctx.exec,
    'app_user',
    [
      ['id', 'int4'],
      ['username', 'text'],
      ['display_name', 'text'],
      ['phone', 'text'],
      ['password_hash', 'text'],
      ['enterprise_id', 'int4'],
      ['status', 'text'],
      ['must_change_password', 'bool'],
      ['password_changed_at', 'timestamptz'],
      ['failed_count', 'int4'],
      ['locked_until', 'timestamptz'],
      ['last_login_at', 'timestamptz'],
      ['region_code', 'text'],
      ['created_at', 'timestamptz'],
      ['created_by', 'int4'],
      ['updated_at', 'timestamptz'],
      ['updated_by', 'int4'],
      ['version', 'int4'],
    ],
    rows.map((r) => ({ ...r, version: 2 })),
  );
  await bulkInsert(
    ctx.exec,
    'user_role',
    [
      ['user_id', 'int4'],
      ['role_code', 'text'],
    ],
    rows.map((r, i) => ({ user_id: r.id, role_code: specs[i].role })),
  );
  await syncSequence(ctx.exec, 'app_user');
  const out: BenchUser[] = [];
  rows.forEach((r, i) => {
    const s = specs[i];
    out.push({
      id: r.id,
      username: s.username,
      role: s.role,
      regionCode: s.regionCode,
      purpose: s.purpose,
      ...(s.enterpriseId ? { enterpriseId: s.enterpriseId } : {}),
    });
    const when = new Date(created.getTime() + i * 1000);
    ctx.audit.add(ctx.actor, {
      at: when,
      action: 'user.create',
      objectType: 'user',
      objectId: r.id,
      regionCode: r.region_code,
      after: r,
    });
    ctx.audit.add(ctx.actor, {
      at: new Date(when.getTime() + 500),
      action: 'user.grant-roles',
      objectType: 'user',
      objectId: r.id,
      regionCode: r.region_code,
      before: { roles: [] },
      after: { roles: [s.role] },
    });
  });
  ctx.users.push(...out);
  return out;
}

/**
 * bench_admin only watches the background jobs, and no measured operation signs an administrator in ((f) signs staff
 * in), so the dataset turns off the policy that makes administrators set up a TOTP second factor first, as the
 * security administrator would: the parameter changed and audited.
 */
async function adminsWithoutSecondFactor(ctx: GenContext): Promise<void> {
  const key = 'security.totp_required_for_admins';
  await ctx.exec(`update sys_param set value = 'false', version = version + 1 where key = $1`, [key]);
  ctx.audit.add(ctx.actor, {
    at: at('2021-12-01', 1),
    action: 'security-policy.update',
    objectType: 'sys_param',
    objectId: key,
    before: { value: 'true' },
    after: { value: 'false' },
  });
}

/**
 * (d) updates enterprises of every county as bench_staff, who sits at the scale's level (a city or the province), and
 * such accounts only read their counties' records unless their role may write them: the dataset grants the staff
 * role 修改下辖县区的业务记录, as the security administrator would, audited (without it every (d) request was refused).
 */
async function staffWriteBelow(ctx: GenContext): Promise<void> {
  const [role] = await ctx.exec<{ permissions: string[] }>(`select permissions from role where code = 'staff'`);
  if (role.permissions.includes('region:below:write')) return;
  const after = [...role.permissions, 'region:below:write'];
  await ctx.exec(`update role set permissions = $1::jsonb, version = version + 1 where code = 'staff'`, [
    JSON.stringify(after),
  ]);
  ctx.audit.add(ctx.actor, {
    at: at('2021-12-01', 1, 1),
    action: 'role.update',
    objectType: 'role',
    objectId: 'staff',
    before: { permissions: role.permissions },
    after: { permissions: after },
  });
}

/**
 * The accounts the load signs in as: staff at the scale's own level (the province, city or county
 * bureau sees all of its data), staff of the import county, a leader, and a pool for the sign-in load.
 */
export const usersPart: DataPart = {
  name: 'users',
  description: 'bench accounts (staff at the scale level, county staff, leader, sign-in pool)',
  pendingReason: async () => null,
  async run(ctx) {
    const specs: UserSpec[] = [
      {
        username: 'bench_staff',
        role: 'staff',
        regionCode: ctx.scale.regionCode,
        purpose: 'reads and updates, (a)–(d)',
        displayName: '压测业务人员',
      },
      {
        username: 'bench_county',
        role: 'staff',
        regionCode: ctx.scale.importCounty,
        purpose: '(g) import into one county',
        displayName: '压测县级业务人员',
      },
      {
        username: 'bench_leader',
        role: 'leader',
        regionCode: ctx.scale.regionCode,
        purpose: 'read-only leader',
        displayName: '压测领导',
      },
      {
        username: 'bench_admin',
        role: 'sysadmin',
        regionCode: ctx.scale.regionCode,
        purpose: 'watches background jobs',
        displayName: '压测系统管理员',
      },
      // County staff: sign-in does not depend on the region, and county accounts get only their county's reminders.
      ...Array.from({ length: LOGIN_USERS }, (_, i) => ({
        username: `bench_login${String(i + 1).padStart(2, '0')}`,
        role: 'staff',
        regionCode: ctx.scale.importCounty,
        purpose: '(f) sign-in',
        displayName: `压测登录${i + 1}`,
      })),
    ];
    const users = await createUsers(ctx, specs, at('2021-12-01', 0));
    await adminsWithoutSecondFactor(ctx);
    if (ctx.scale.regionCode !== ctx.scale.importCounty) await staffWriteBelow(ctx);
    return { rows: { app_user: users.length, user_role: users.length } };
  },
};
