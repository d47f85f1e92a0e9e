import { containing } from '../../../platform/db/like-pattern';
import { sql, type Kysely, type Selectable } from 'kysely';
import type { TServiceLogListQuery } from '@kechuang/domain';
import { scopeFilter, type RowScope } from '../../../platform/auth/row-scope';
import { listPage, type PageRequest } from '../../../platform/db/paging';
import type { DB } from '../../../platform/db/schema';
import { SERVICE_LOG_COLUMNS } from './service-log.policy';
import type { CommissionerServiceLogTable } from './service-log.tables';

export type ServiceLogRow = Selectable<CommissionerServiceLogTable> & {
  commissioner_name: string;
  user_id: number | null;
  enterprise_name: string | null;
  photos: number;
};
export type ServiceLogFilter = Omit<TServiceLogListQuery, 'current' | 'pageSize'>;

const SORTABLE = { servedOn: 'l.served_on', updatedAt: 'l.updated_at' };

function base(db: Kysely<DB>) {
  return db
    .selectFrom('commissioner_service_log as l')
    .innerJoin('commissioner as c', 'c.id', 'l.commissioner_id')
    .leftJoin('enterprise as e', 'e.id', 'l.enterprise_id')
    .selectAll('l')
    .select(['c.name as commissioner_name', 'c.user_id', 'e.name as enterprise_name'])
    .select(photoCount);
}

// The photos are the attachments kit's (owner type commissioner.service-log, service-log-photos.ts).
const photoCount =
  sql<number>`(select count(*)::int from attachment a where a.owner_type = 'commissioner.service-log' and a.owner_id = l.id)`.as(
    'photos',
  );

/** One page of the logs in scope, newest service date first unless sorted. */
export async function listServiceLogs(db: Kysely<DB>, scope: RowScope, f: ServiceLogFilter, page: PageRequest) {
  let q = base(db).where(scopeFilter(scope, SERVICE_LOG_COLUMNS));
  if (f.commissionerId) q = q.where('l.commissioner_id', '=', f.commissionerId);
  if (f.status) q = q.where('l.status', '=', f.status);
  if (f.keyword) {
    const k = containing(f.keyword);
    q = q.where((eb) => eb.or([eb('c.name', 'like', k), eb('l.object_name', 'like', k), eb('l.place', 'like', k)]));
  }
  if (f.year) q = q.where('l.served_on', '>=', `${f.year}-01-01`).where('l.served_on', '<=', `${f.year}-12-31`);
  if (f.ids) q = q.where('l.id', 'in', f.ids.split(',').map(Number));
  const { data, total } = await listPage(
    q,
    { ...page, sortField: f.sort, sortOrder: f.order },
    { sortable: SORTABLE, defaultSort: ['l.served_on', 'desc'], idColumn: 'l.id' },
  );
  return { rows: data as ServiceLogRow[], total };
}

/** One log with its commissioner's name and account. */
export async function findServiceLog(db: Kysely<DB>, id: number): Promise<ServiceLogRow | undefined> {
  return (await base(db).where('l.id', '=', id).executeTakeFirst()) as ServiceLogRow | undefined;
}

/** The review history of a log, oldest first. */
export function historyOfLog(db: Kysely<DB>, id: number) {
  return db.selectFrom('commissioner_service_log_history').selectAll().where('log_id', '=', id).orderBy('id').execute();
}

/** The appointments linked to a user's account (a person may hold more than one level). */
export function commissionersOfUser(db: Kysely<DB>, userId: number) {
  return db
    .selectFrom('commissioner')
    .select(['id', 'region_code', 'name', 'level', 'status', 'term_start', 'term_end', 'user_id'])
    .where('user_id', '=', userId)
    .orderBy('term_end', 'desc')
    .execute();
}

/** Days already logged by a commissioner on a date, other than the log being edited. */
export async function daysLoggedOn(db: Kysely<DB>, commissionerId: number, date: string, exceptId?: number) {
  let q = db
    .selectFrom('commissioner_service_log')
    .select(sql<string>`coalesce(sum(days), 0)`.as('days'))
    .where('commissioner_id', '=', commissionerId)
    .where('served_on', '=', date);
  if (exceptId) q = q.where('id', '<>', exceptId);
  return Number((await q.executeTakeFirstOrThrow()).days);
}

/** Register enterprises of the regions a commissioner serves, by name, for the log form's picker. */
export function enterpriseOptions(db: Kysely<DB>, regionPrefixes: string[], keyword: string | undefined) {
  let q = db
    .selectFrom('enterprise')
    .select(['id', 'name'])
    .where((eb) => eb.or(regionPrefixes.map((p) => eb('region_code', 'like', `${p}%`))));
  if (keyword) q = q.where('name', 'like', containing(keyword));
  return q.orderBy('name').limit(20).execute();
}
