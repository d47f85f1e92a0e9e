import type { Kysely } from 'kysely';
import type { TTechPlatform } from '@kechuang/domain';
import type { DB } from '../../platform/db/schema';
import type { PageRequest } from '../../platform/db/paging';
import type { AuthContext } from '../../platform/http/types';
import { techPlatformScope } from './tech-platform.policy';
import { presentTechPlatform } from './tech-platform.presenter';
import {
  listAllTechPlatforms,
  listTechPlatforms,
  membersOf,
  type TechPlatformFilter,
} from './tech-platform.repository';

/** One page of the platforms the user may read, with their member units. */
export async function listPlatformsPage(
  db: Kysely<DB>,
  auth: AuthContext,
  f: TechPlatformFilter,
  page: PageRequest,
): Promise<{ data: TTechPlatform[]; total: number }> {
  const { rows, total } = await listTechPlatforms(db, techPlatformScope(auth), f, page);
  const members = await membersOf(
    db,
    rows.map((r) => r.id),
  );
  return { data: rows.map((r) => presentTechPlatform(r, members)), total };
}

/** Every platform the filter matches (export), with their member units. */
export async function listPlatformsForExport(
  db: Kysely<DB>,
  auth: AuthContext,
  f: TechPlatformFilter,
  cap: number,
): Promise<TTechPlatform[]> {
  const rows = await listAllTechPlatforms(db, techPlatformScope(auth), f, cap);
  const members = await membersOf(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => presentTechPlatform(r, members));
}
