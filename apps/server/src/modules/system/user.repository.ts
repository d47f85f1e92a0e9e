import { sql, type Kysely } from 'kysely';
import { maskPhone, type TUser } from '@kechuang/domain';
import type { DB } from '../../platform/db/schema';
import { codeStartsWith } from '../../platform/db/code-prefix';

export interface UserFilter {
  scopePrefix: string;
  username?: string;
  displayName?: string;
  status?: 'active' | 'disabled';
  role?: string;
}

const rolesOf = sql<
  string[]
>`coalesce((select array_agg(ur.role_code order by ur.role_code) from user_role ur where ur.user_id = u.id), '{}')`;

function baseQuery(db: Kysely<DB>, f: UserFilter) {
  let q = db.selectFrom('app_user as u').where(codeStartsWith('u.region_code', f.scopePrefix));
  if (f.username) q = q.where('u.username', 'ilike', `%${f.username}%`);
  if (f.displayName) q = q.where('u.display_name', 'like', `%${f.displayName}%`);
  if (f.status) q = q.where('u.status', '=', f.status);
  if (f.role) {
    q = q.where((eb) =>
      eb.exists(
        eb
          .selectFrom('user_role as r')
          .select('r.user_id')
          .whereRef('r.user_id', '=', 'u.id')
          .where('r.role_code', '=', f.role!),
      ),
    );
  }
  return q;
}

/** One page of users in scope, with their roles and region names. */
export async function listUsers(db: Kysely<DB>, f: UserFilter, page: { current: number; pageSize: number }) {
  const [rows, total] = await Promise.all([
    baseQuery(db, f)
      .leftJoin('region as g', 'g.code', 'u.region_code')
      .selectAll('u')
      .select(['g.name as region_name', rolesOf.as('roles')])
      .orderBy('u.id')
      .limit(page.pageSize)
      .offset((page.current - 1) * page.pageSize)
      .execute(),
    baseQuery(db, f)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(total.n) };
}

/** One user with roles, or undefined. */
export async function findUser(db: Kysely<DB>, id: number) {
  return db
    .selectFrom('app_user as u')
    .leftJoin('region as g', 'g.code', 'u.region_code')
    .selectAll('u')
    .select(['g.name as region_name', rolesOf.as('roles')])
    .where('u.id', '=', id)
    .executeTakeFirst();
}

type UserWithRoles = NonNullable<Awaited<ReturnType<typeof findUser>>>;

/** Row → API shape; the password hash never leaves. */
export function presentUser(u: UserWithRoles): TUser {
  return {
    id: u.id,
    username: u.username,
    displayName: u.display_name,
    phone: maskPhone(u.phone),
    regionCode: u.region_code,
    regionName: u.region_name ?? u.region_code,
    enterpriseId: u.enterprise_id,
    roles: u.roles,
    status: u.status,
    locked: !!u.locked_until && u.locked_until.getTime() > Date.now(),
    mustChangePassword: u.must_change_password,
    lastLoginAt: u.last_login_at ? u.last_login_at.toISOString() : null,
    createdAt: u.created_at.toISOString(),
    version: u.version,
  };
}
