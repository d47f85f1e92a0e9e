import { containing } from '../../platform/db/like-pattern';
import { sql, type Kysely, type Selectable } from 'kysely';
import type { TServiceEventListQuery } from '@kechuang/domain';
import { scopeFilter, type RowScope } from '../../platform/auth/row-scope';
import { codeStartsWith } from '../../platform/db/code-prefix';
import { listPage, type PageRequest } from '../../platform/db/paging';
import type { DB } from '../../platform/db/schema';
import { SERVICE_EVENT_COLUMNS } from './service-event.policy';
import type { ServiceEventTable } from './service-event.tables';

export interface EventCounts {
  enterprise_count: number;
  commissioner_count: number;
  person_count: number;
}
export type ServiceEventRow = Selectable<ServiceEventTable> &
  EventCounts & { region_name: string | null; kind_label: string | null; platform_name: string | null };
export type ServiceEventFilter = Omit<TServiceEventListQuery, 'current' | 'pageSize'>;

/** The name of the row's county, over the row called `alias` (also computed by the versioned update). */
export const regionNameOf = (alias: string) =>
  sql<string | null>`(select name from region where code = ${sql.ref(`${alias}.region_code`)})`.as('region_name');

const attendeeCount = (kind: string, as: keyof EventCounts) =>
  sql<number>`(select count(*)::int from service_event_attendee x where x.event_id = e.id and x.kind = ${kind})`.as(as);

/** What every answer about an event shows beside its columns: names and the attendee counts. */
export const EVENT_EXTRAS = [
  regionNameOf('e'),
  sql<string | null>`(select label from dict_item d where d.type_code = 'service_event_kind' and d.value = e.kind)`.as(
    'kind_label',
  ),
  sql<string | null>`(select name from tech_platform p where p.id = e.platform_id)`.as('platform_name'),
  attendeeCount('enterprise', 'enterprise_count'),
  attendeeCount('commissioner', 'commissioner_count'),
  attendeeCount('person', 'person_count'),
];

/** The sortable fields of the list (the API's name → the column), and the default order. */
const SORTABLE = { startOn: 'e.start_on', title: 'e.title', updatedAt: 'e.updated_at' };

function filtered(db: Kysely<DB>, scope: RowScope, f: ServiceEventFilter) {
  let q = db.selectFrom('service_event as e').where(scopeFilter(scope, SERVICE_EVENT_COLUMNS));
  if (f.keyword) {
    const like = containing(f.keyword);
    q = q.where((eb) => eb.or([eb('e.title', 'like', like), eb('e.organiser', 'like', like)]));
  }
  if (f.year) q = q.where('e.start_on', '>=', `${f.year}-01-01`).where('e.start_on', '<=', `${f.year}-12-31`);
  if (f.kind) q = q.where('e.kind', '=', f.kind);
  if (f.status) q = q.where('e.status', '=', f.status);
  if (f.commissionerId) {
    const id = f.commissionerId;
    q = q.where(({ exists, selectFrom }) =>
      exists(
        selectFrom('service_event_attendee as x')
          .select('x.id')
          .whereRef('x.event_id', '=', 'e.id')
          .where('x.commissioner_id', '=', id),
      ),
    );
  }
  if (f.enterpriseId) {
    const id = f.enterpriseId;
    q = q.where(({ exists, selectFrom }) =>
      exists(
        selectFrom('service_event_attendee as x')
          .select('x.id')
          .whereRef('x.event_id', '=', 'e.id')
          .where('x.enterprise_id', '=', id),
      ),
    );
  }
  if (f.ids) q = q.where('e.id', 'in', f.ids.split(',').map(Number));
  return q;
}

/** One page of the events in scope with the filter's total, latest 开始日期 first unless sorted. */
export async function listServiceEvents(db: Kysely<DB>, scope: RowScope, f: ServiceEventFilter, page: PageRequest) {
  const query = filtered(db, scope, f).selectAll('e').select(EVENT_EXTRAS);
  const { data, total } = await listPage(
    query,
    { ...page, sortField: f.sort, sortOrder: f.order },
    { sortable: SORTABLE, defaultSort: ['e.start_on', 'desc'], idColumn: 'e.id' },
  );
  return { rows: data as ServiceEventRow[], total };
}

/** Every event the filter matches (for export), latest first, capped. */
export async function listAllServiceEvents(db: Kysely<DB>, scope: RowScope, f: ServiceEventFilter, cap: number) {
  return (await filtered(db, scope, f)
    .selectAll('e')
    .select(EVENT_EXTRAS)
    .orderBy('e.start_on', 'desc')
    .orderBy('e.id', 'desc')
    .limit(cap)
    .execute()) as ServiceEventRow[];
}

/** One event with its names and counts. */
export async function findServiceEvent(db: Kysely<DB>, id: number): Promise<ServiceEventRow | undefined> {
  return (await db
    .selectFrom('service_event as e')
    .selectAll('e')
    .select(EVENT_EXTRAS)
    .where('e.id', '=', id)
    .executeTakeFirst()) as ServiceEventRow | undefined;
}

/** An event's status moves, oldest first. */
export async function historyOf(db: Kysely<DB>, eventId: number) {
  return db.selectFrom('service_event_history').selectAll().where('event_id', '=', eventId).orderBy('id').execute();
}

/** Whether a code is a current county-level region (where an event may belong). */
export async function isCounty(db: Kysely<DB>, code: string): Promise<boolean> {
  const row = await db
    .selectFrom('region')
    .select('code')
    .where('code', '=', code)
    .where('level', '=', 'county')
    .where('valid_to', 'is', null)
    .executeTakeFirst();
  return row !== undefined;
}

/** Whether the kind is a value of the `service_event_kind` dictionary. */
export async function isEventKind(db: Kysely<DB>, kind: string): Promise<boolean> {
  const row = await db
    .selectFrom('dict_item')
    .select('value')
    .where('type_code', '=', 'service_event_kind')
    .where('value', '=', kind)
    .executeTakeFirst();
  return row !== undefined;
}

/** A tech-platform's kind and region (to check a 科普基地). */
export async function findPlatformKind(db: Kysely<DB>, id: number) {
  return db
    .selectFrom('tech_platform')
    .select(['id', 'kind', 'region_code', 'name'])
    .where('id', '=', id)
    .executeTakeFirst();
}

/** The events of a region (by prefix) that were held and began in [from, to]: the report's facts. */
export async function heldEventsInPeriod(db: Kysely<DB>, scopePrefix: string, from: string, to: string) {
  return db
    .selectFrom('service_event as e')
    .select(['e.id', 'e.title', 'e.kind'])
    .select(
      sql<
        string | null
      >`(select label from dict_item d where d.type_code = 'service_event_kind' and d.value = e.kind)`.as('kind_label'),
    )
    .where(codeStartsWith('e.region_code', scopePrefix))
    .where('e.status', '=', 'held')
    .where('e.start_on', '>=', from)
    .where('e.start_on', '<=', to)
    .orderBy('e.id')
    .execute();
}

/** The county-level regions under a scope prefix (the bench and the seed pick counties from here). */
export async function countyCodes(db: Kysely<DB>, scopePrefix: string): Promise<Set<string>> {
  const rows = await db
    .selectFrom('region')
    .select('code')
    .where('level', '=', 'county')
    .where('valid_to', 'is', null)
    .where(codeStartsWith('code', scopePrefix))
    .execute();
  return new Set(rows.map((r) => r.code));
}
