import { containing } from '../../platform/db/like-pattern';
import { sql, type Kysely } from 'kysely';
import type { TAttendeeListQuery } from '@kechuang/domain';
import { scopeFilter, type RowScope } from '../../platform/auth/row-scope';
import { codeStartsWith } from '../../platform/db/code-prefix';
import { listPage, type PageRequest } from '../../platform/db/paging';
import type { DB } from '../../platform/db/schema';
import { ATTENDEE_COLUMNS } from './service-event.policy';

export interface AttendeeRow {
  id: number;
  event_id: number;
  event_title: string;
  event_start_on: string;
  kind: 'enterprise' | 'commissioner' | 'person';
  enterprise_id: number | null;
  enterprise_name: string | null;
  commissioner_id: number | null;
  commissioner_name: string | null;
  commissioner_level: string | null;
  commissioner_batch: string | null;
  person_name: string | null;
  unit_name: string | null;
  post: string | null;
  phone: string | null;
}

// The roster (module commissioner) is read by its own small query: id, name, level, batch, region_code.
const commissionerCol = (col: 'name' | 'level' | 'batch') =>
  sql<string | null>`(select c.${sql.raw(col)} from commissioner c where c.id = a.commissioner_id)`;

function attendees(db: Kysely<DB>) {
  return db
    .selectFrom('service_event_attendee as a')
    .innerJoin('service_event as e', 'e.id', 'a.event_id')
    .leftJoin('enterprise as n', 'n.id', 'a.enterprise_id')
    .select([
      'a.id',
      'a.event_id',
      'e.title as event_title',
      'e.start_on as event_start_on',
      'a.kind',
      'a.enterprise_id',
      'n.name as enterprise_name',
      'a.commissioner_id',
      'a.person_name',
      'a.unit_name',
      'a.post',
      'a.phone',
    ])
    .select([
      commissionerCol('name').as('commissioner_name'),
      commissionerCol('level').as('commissioner_level'),
      commissionerCol('batch').as('commissioner_batch'),
    ]);
}

/** An event's attendees: enterprises, then commissioners, then persons, each in the order added. */
export async function attendeesOfEvent(db: Kysely<DB>, eventId: number): Promise<AttendeeRow[]> {
  return (await attendees(db)
    .where('a.event_id', '=', eventId)
    .orderBy(sql`case a.kind when 'enterprise' then 0 when 'commissioner' then 1 else 2 end`)
    .orderBy('a.id')
    .execute()) as AttendeeRow[];
}

/** One page of attendees across the events in scope (a report fact's records). */
export async function listAttendees(
  db: Kysely<DB>,
  scope: RowScope,
  f: Omit<TAttendeeListQuery, 'current' | 'pageSize'>,
  page: PageRequest,
) {
  let q = attendees(db).where(scopeFilter(scope, ATTENDEE_COLUMNS));
  if (f.ids) q = q.where('a.id', 'in', f.ids.split(',').map(Number));
  if (f.eventId) q = q.where('a.event_id', '=', f.eventId);
  if (f.kind) q = q.where('a.kind', '=', f.kind);
  if (f.keyword) {
    const k = containing(f.keyword);
    q = q.where((eb) =>
      eb.or([
        eb('a.person_name', 'like', k),
        eb('n.name', 'like', k),
        eb('a.unit_name', 'like', k),
        eb('e.title', 'like', k),
      ]),
    );
  }
  const { data, total } = await listPage(q, page, { sortable: {}, defaultSort: ['a.id', 'asc'], idColumn: 'a.id' });
  return { rows: data as AttendeeRow[], total };
}

/** The enterprises named, with their regions (to check each lies in the event's region). */
export async function enterprisesByIds(db: Kysely<DB>, ids: readonly number[]) {
  if (ids.length === 0) return [];
  return db.selectFrom('enterprise').select(['id', 'name', 'region_code']).where('id', 'in', ids).execute();
}

export interface CommissionerRef {
  id: number;
  name: string;
  level: string;
  batch: string;
  region_code: string;
}

/**
 * The roster rows a user of the scope may pick: commissioners of the scope's regions, and those appointed by the
 * city or province above it (a 市级 commissioner serves the counties of the city).
 */
function commissionerReach(scopePrefix: string) {
  const above = [scopePrefix.slice(0, 4).padEnd(6, '0'), scopePrefix.slice(0, 2).padEnd(6, '0')];
  return sql`(region_code like ${`${scopePrefix}%`} or region_code in (${sql.join(above.map((c) => sql`${c}`))}))`;
}

/** Commissioners of the roster by id, within the user's reach. */
export async function commissionersByIds(
  db: Kysely<DB>,
  ids: readonly number[],
  scopePrefix: string,
): Promise<CommissionerRef[]> {
  if (ids.length === 0) return [];
  const { rows } = await sql<CommissionerRef>`
    select id, name, level, batch, region_code from commissioner
    where id in (${sql.join(ids.map((id) => sql`${id}`))}) and ${commissionerReach(scopePrefix)} order by id`.execute(
    db,
  );
  return rows;
}

/** Commissioners the attendee picker offers: by name, 50 at most, the newest batch first. */
export async function commissionerOptions(
  db: Kysely<DB>,
  keyword: string | undefined,
  scopePrefix: string,
): Promise<CommissionerRef[]> {
  const like = keyword ? containing(keyword) : '%';
  const { rows } = await sql<CommissionerRef>`
    select id, name, level, batch, region_code from commissioner
    where name like ${like} and ${commissionerReach(scopePrefix)} order by batch desc, name, id limit 50`.execute(db);
  return rows;
}

/** The attendees of the held events of a region that began in [from, to], for the report's facts. */
export async function heldAttendeesInPeriod(db: Kysely<DB>, scopePrefix: string, from: string, to: string) {
  return (await attendees(db)
    .select('e.kind as event_kind')
    .where(codeStartsWith('e.region_code', scopePrefix))
    .where('e.status', '=', 'held')
    .where('e.start_on', '>=', from)
    .where('e.start_on', '<=', to)
    .orderBy('a.id')
    .execute()) as (AttendeeRow & { event_kind: string })[];
}
