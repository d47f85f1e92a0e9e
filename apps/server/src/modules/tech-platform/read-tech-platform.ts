import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema';
import { notFound } from '../../platform/errors';
import type { AuthContext } from '../../platform/http/types';
import { assertCanRead, techPlatformScope } from './tech-platform.policy';
import { findTechPlatform, membersOf, type TechPlatformRow } from './tech-platform.repository';

/** One platform with its members, if the user may read it: 404 when there is none, 403 outside the scope. */
export async function readTechPlatform(db: Kysely<DB>, auth: AuthContext, id: number) {
  const row: TechPlatformRow | undefined = await findTechPlatform(db, id);
  if (!row) throw notFound('创新平台');
  const members = await membersOf(db, [id]);
  assertCanRead(techPlatformScope(auth), {
    ...row,
    memberEnterpriseIds: members.flatMap((m) => (m.enterprise_id ? [m.enterprise_id] : [])),
  });
  return { row, members };
}
