import type { Kysely } from 'kysely';
import { COMMISSIONER_LEVEL_WORDS, TRAINING_KIND, factLink, type FactUnit, type ReportFact } from '@kechuang/domain';
import type { DB } from '../../platform/db/schema';
import type { FactsQuery } from '../../platform/module-kit/module';
import { heldAttendeesInPeriod, type AttendeeRow } from './attendee.repository';
import { heldEventsInPeriod } from './service-event.repository';

const EVENTS = '/service-event/events';
const ATTENDEES = '/service-event/attendees';

interface Group {
  key: string;
  label: string;
  unit: FactUnit;
  dimensions: Record<string, string>;
  recordType: string;
  rows: { id: number; name: string }[];
  list: string;
}

const fact = (g: Group): ReportFact => ({
  key: g.key,
  module: 'service-event',
  label: g.label,
  value: String(g.rows.length),
  unit: g.unit,
  dimensions: g.dimensions,
  recordType: g.recordType,
  recordIds: g.rows.map((r) => r.id),
  recordNames: g.rows.map((r) => r.name),
  link: factLink(
    g.list,
    g.rows.map((r) => r.id),
  ),
});

/** The first attendance of each distinct key (an enterprise or a commissioner reached twice counts once). */
function firstOf<T extends AttendeeRow>(rows: T[], keyOf: (r: T) => number | null): T[] {
  const seen = new Set<number>();
  return rows.filter((r) => {
    const k = keyOf(r);
    if (k === null || seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

const attendeeName = (a: AttendeeRow) =>
  a.kind === 'enterprise'
    ? (a.enterprise_name ?? '')
    : a.kind === 'commissioner'
      ? (a.commissioner_name ?? '')
      : (a.person_name ?? '');

/**
 * What the module states for the report (docs/architecture.md §2.4; docs/rules.md §5.7), over the events held in
 * the period (by 开始日期): the events, in all and by kind; the enterprises reached (distinct; the first attendance
 * is the record behind each); the persons reached (enterprise representatives + commissioners + named persons,
 * each attendance); the commissioners trained (distinct commissioners attending a 培训班), in all and by level.
 */
export async function serviceEventFacts(db: Kysely<DB>, q: FactsQuery): Promise<ReportFact[]> {
  const events = await heldEventsInPeriod(db, q.scopePrefix, q.from, q.to);
  if (events.length === 0) return [];
  const attendees = await heldAttendeesInPeriod(db, q.scopePrefix, q.from, q.to);
  const kinds = [...new Map(events.map((e) => [e.kind, e.kind_label ?? e.kind])).entries()];
  const facts: ReportFact[] = [];
  const eventGroup = (rows: typeof events, dimensions: Record<string, string>, label: string) =>
    fact({
      key: 'service-event.events',
      label,
      unit: '次',
      dimensions,
      recordType: 'service_event',
      rows: rows.map((e) => ({ id: e.id, name: e.title })),
      list: EVENTS,
    });
  facts.push(eventGroup(events, {}, '科技服务活动（已举办）'));
  for (const [kind, label] of kinds) {
    facts.push(
      eventGroup(
        events.filter((e) => e.kind === kind),
        { kind },
        `${label}（已举办）`,
      ),
    );
  }

  const reach = (rows: typeof attendees, dimensions: Record<string, string>, what: string) => {
    const enterprises = firstOf(
      rows.filter((a) => a.kind === 'enterprise'),
      (a) => a.enterprise_id,
    );
    const out: ReportFact[] = [];
    if (enterprises.length) {
      out.push(
        fact({
          key: 'service-event.enterprises-reached',
          label: `${what}参加企业`,
          unit: '家',
          dimensions,
          recordType: 'service_event_attendee',
          rows: enterprises.map((a) => ({ id: a.id, name: attendeeName(a) })),
          list: ATTENDEES,
        }),
      );
    }
    if (rows.length) {
      out.push(
        fact({
          key: 'service-event.persons-reached',
          label: `${what}参加人次（企业代表、科技特派员及其他人员）`,
          unit: '人',
          dimensions,
          recordType: 'service_event_attendee',
          rows: rows.map((a) => ({ id: a.id, name: attendeeName(a) })),
          list: ATTENDEES,
        }),
      );
    }
    return out;
  };
  facts.push(...reach(attendees, {}, '科技服务活动'));
  for (const [kind, label] of kinds) {
    facts.push(
      ...reach(
        attendees.filter((a) => a.event_kind === kind),
        { kind },
        label,
      ),
    );
  }

  const trained = firstOf(
    attendees.filter((a) => a.kind === 'commissioner' && a.event_kind === TRAINING_KIND),
    (a) => a.commissioner_id,
  );
  const trainedGroup = (rows: typeof trained, dimensions: Record<string, string>, label: string) =>
    fact({
      key: 'service-event.commissioners-trained',
      label,
      unit: '名',
      dimensions,
      recordType: 'service_event_attendee',
      rows: rows.map((a) => ({ id: a.id, name: attendeeName(a) })),
      list: ATTENDEES,
    });
  if (trained.length) {
    facts.push(trainedGroup(trained, {}, '参加培训的科技特派员'));
    const levels = [...new Set(trained.map((a) => a.commissioner_level ?? ''))];
    for (const level of levels) {
      const word = COMMISSIONER_LEVEL_WORDS[level] ?? level;
      facts.push(
        trainedGroup(
          trained.filter((a) => (a.commissioner_level ?? '') === level),
          { level },
          `参加培训的${word}科技特派员`,
        ),
      );
    }
  }
  return facts;
}
