import type { Kysely, Transaction } from 'kysely';
import type { TAddAttendeesRequest } from '@kechuang/domain';
import { writeAudit } from '../../platform/audit/audit.writer';
import { inScope, regionScopePrefix } from '../../platform/auth/region-scope';
import type { DB } from '../../platform/db/schema';
import { AppError } from '../../platform/errors';
import type { UseCaseContext } from '../../platform/http/types';
import { enterpriseEventInsert } from '../enterprise/timeline';
import { commissionersByIds, enterprisesByIds } from './attendee.repository';
import { readServiceEvent } from './read-service-event';
import { assertCanUpdate } from './service-event.policy';
import type { ServiceEventRow } from './service-event.repository';

const invalid = (field: string, message: string) => new AppError('VALIDATION_FAILED', message, [{ field, message }]);
const distinct = (ids: number[]) => [...new Set(ids)];

/**
 * Adds attendees to an event in one go (docs/rules.md §5.7): enterprises picked from the register — each in the
 * event's region or below (else 400 naming 参加企业) and not already attending — with their representative;
 * commissioners of the roster; named persons. A cancelled event takes none. One transaction: the rows, a timeline
 * event for each enterprise, the audit row last. Answers how many were added.
 */
export async function addEventAttendees(
  db: Kysely<DB>,
  { auth, actor }: UseCaseContext,
  eventId: number,
  req: TAddAttendeesRequest,
): Promise<{ added: number }> {
  const event = await readServiceEvent(db, auth, eventId);
  assertCanUpdate(auth, event);
  if (event.status === 'cancelled') throw new AppError('CONFLICT', '活动已取消，不能再添加参加企业或人员');
  return db.transaction().execute(async (trx) => {
    const enterprises = await checkedEnterprises(trx, event, req);
    const commissioners = await checkedCommissioners(trx, eventId, req.commissionerIds, auth.scopePrefix);
    const base = { event_id: eventId, region_code: event.region_code, created_by: actor.id };
    const rows = [
      ...req.enterprises.map((e) => ({
        ...base,
        kind: 'enterprise' as const,
        enterprise_id: e.enterpriseId,
        person_name: e.representative?.trim() || null,
        post: e.post?.trim() || null,
      })),
      ...commissioners.map((c) => ({ ...base, kind: 'commissioner' as const, commissioner_id: c })),
      ...req.persons.map((p) => ({
        ...base,
        kind: 'person' as const,
        person_name: p.name,
        unit_name: p.unit?.trim() || null,
        phone: p.phone?.trim() || null,
      })),
    ];
    await trx.insertInto('service_event_attendee').values(rows).execute();
    const at = new Date(`${event.start_on}T10:00:00+08:00`);
    const timeline = [...enterprises.values()].map((e) =>
      enterpriseEventInsert(trx, actor, {
        enterpriseId: e.id,
        regionCode: e.region_code,
        module: 'service-event',
        kind: 'event-attend',
        title: `参加${event.kind_label ?? '科技服务活动'}：${event.title}`,
        detail: `${event.start_on}${event.end_on !== event.start_on ? ` 至 ${event.end_on}` : ''}，主办：${event.organiser}`,
        ref: { type: 'service_event', id: eventId },
        at,
      }),
    );
    await writeAudit(
      trx,
      actor,
      {
        action: 'service-event.attendee.add',
        objectType: 'service_event',
        objectId: eventId,
        regionCode: event.region_code,
        details: {
          enterpriseIds: req.enterprises.map((e) => e.enterpriseId),
          commissionerIds: commissioners,
          persons: req.persons.map((p) => p.name),
        },
      },
      { alongside: timeline },
    );
    return { added: rows.length };
  });
}

/** The enterprises named: each once, in the register, in the event's region or below, not yet attending. */
async function checkedEnterprises(trx: Transaction<DB>, event: ServiceEventRow, req: TAddAttendeesRequest) {
  const ids = req.enterprises.map((e) => e.enterpriseId);
  if (distinct(ids).length !== ids.length) throw invalid('enterprises', '参加企业：同一企业不能重复添加');
  const found = new Map((await enterprisesByIds(trx, ids)).map((e) => [e.id, e]));
  const missing = ids.filter((id) => !found.has(id));
  if (missing.length) throw invalid('enterprises', `参加企业：企业库中没有编号为 ${missing.join('、')} 的企业`);
  const prefix = regionScopePrefix(event.region_code);
  const outside = [...found.values()].filter((e) => !inScope(prefix, e.region_code));
  if (outside.length) {
    const names = outside.map((e) => e.name).join('、');
    throw invalid('enterprises', `参加企业：${names} 不在活动所属县区（${event.region_name ?? event.region_code}）内`);
  }
  const already = await trx
    .selectFrom('service_event_attendee as a')
    .innerJoin('enterprise as n', 'n.id', 'a.enterprise_id')
    .select('n.name')
    .where('a.event_id', '=', event.id)
    .where('a.enterprise_id', 'in', ids.length ? ids : [0])
    .execute();
  if (already.length) throw invalid('enterprises', `参加企业：${already.map((r) => r.name).join('、')} 已在参加名单中`);
  return found;
}

/** The commissioners named: each once, on the roster within the user's reach, not yet attending. */
async function checkedCommissioners(
  trx: Transaction<DB>,
  eventId: number,
  ids: number[],
  scopePrefix: string,
): Promise<number[]> {
  if (distinct(ids).length !== ids.length) throw invalid('commissionerIds', '科技特派员：同一人不能重复添加');
  const found = new Set((await commissionersByIds(trx, ids, scopePrefix)).map((c) => c.id));
  const missing = ids.filter((id) => !found.has(id));
  if (missing.length) {
    throw invalid(
      'commissionerIds',
      `科技特派员：特派员库中没有编号为 ${missing.join('、')} 的人员（或不在您的管辖范围内）`,
    );
  }
  if (ids.length === 0) return ids;
  const already = await trx
    .selectFrom('service_event_attendee')
    .select('commissioner_id')
    .where('event_id', '=', eventId)
    .where('commissioner_id', 'in', ids)
    .execute();
  if (already.length) throw invalid('commissionerIds', '科技特派员：所选人员中已有人在参加名单中');
  return ids;
}
