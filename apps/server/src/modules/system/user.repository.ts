import { containing } from '../../platform/db/like-pattern';
import { sql, type Kysely } from 'kysely';
import { scopeFilter, type RowScope } from '../../platform/auth/row-scope';
import { listPage, type PageRequest } from '../../platform/db/paging';
import type { DB } from '../../platform/db/schema';

export interface UserFilter {
  username?: string;
  displayName?: string;
  status?: 'active' | 'disabled';
  role?: string;
}

const rolesOf = sql<
  string[]
>`coalesce((select array_agg(ur.role_code order by ur.role_code) from user_role ur where ur.user_id = u.id), '{}')`;

// Two-step verification set up (the security admin may reset it).
const totpEnrolled = sql<boolean>`exists (select 1 from user_totp t where t.user_id = u.id and t.enrolled_at is not null)`;

function baseQuery(db: Kysely<DB>, scope: RowScope, f: UserFilter) {
  let q = db.selectFrom('app_user as u').where(scopeFilter(scope, { region: 'u.region_code' }));
  if (f.username) q = q.where('u.username', 'ilike', containing(f.username));
  if (f.displayName) q = q.where('u.display_name', 'like', containing(f.displayName));
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
export async function listUsers(db: Kysely<DB>, scope: RowScope, f: UserFilter, page: PageRequest) {
  const q = baseQuery(db, scope, f)
    .leftJoin('region as g', 'g.code', 'u.region_code')
    .selectAll('u')
    .select(['g.name as region_name', rolesOf.as('roles'), totpEnrolled.as('totp_enrolled')]);
  const { data, total } = await listPage(q, page, { defaultSort: ['u.id', 'asc'], idColumn: 'u.id' });
  return { rows: data, total };
}

/** One user with roles, or undefined. */
export async function findUser(db: Kysely<DB>, id: number) {
  return db
    .selectFrom('app_user as u')
    .leftJoin('region as g', 'g.code', 'u.region_code')
    .selectAll('u')
    .select(['g.name as region_name', rolesOf.as('roles'), totpEnrolled.as('totp_enrolled')])
    .where('u.id', '=', id)
    .executeTakeFirst();
}
export type UserWithRoles = NonNullable<Awaited<ReturnType<typeof findUser>>>;

/** The account holding a user name, whatever its case. */
export async function findUserByName(db: Kysely<DB>, username: string) {
  return db
    .selectFrom('app_user')
    .select('id')
    .where((eb) => eb(eb.fn('lower', ['username']), '=', username.toLowerCase()))
    .executeTakeFirst();
}
