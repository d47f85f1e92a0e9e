import { SERVICE_EVENT_KIND_LABELS } from '@kechuang/domain';
import { cumulativeWeights } from '../../prng';
import { bulkInsert, syncSequence, type Column } from '../sql';
import { at, isoDate, type DataPart, type EnterpriseRef } from '../context';
import { EVENT_COLUMNS } from './enterprises';

const SERVICE_EVENT_COLUMNS: Column[] = [
  ['id', 'int4'],
  ['region_code', 'text'],
  ['title', 'text'],
  ['kind', 'text'],
  ['organiser', 'text'],
  ['co_organisers', 'text[]'],
  ['start_on', 'date'],
  ['end_on', 'date'],
  ['place', 'text'],
  ['platform_id', 'int4'],
  ['status', 'text'],
  ['status_reason', 'text'],
  ['outcome', 'text'],
  ['created_at', 'timestamptz'],
  ['created_by', 'int4'],
  ['updated_at', 'timestamptz'],
  ['updated_by', 'int4'],
  ['version', 'int4'],
];
const ATTENDEE_COLUMNS: Column[] = [
  ['id', 'int4'],
  ['event_id', 'int4'],
  ['region_code', 'text'],
  ['kind', 'text'],
  ['enterprise_id', 'int4'],
  ['commissioner_id', 'int4'],
  ['person_name', 'text'],
  ['unit_name', 'text'],
  ['post', 'text'],
  ['phone', 'text'],
  ['created_at', 'timestamptz'],
  ['created_by', 'int4'],
];
const HISTORY_COLUMNS: Column[] = [
  ['id', 'int4'],
  ['event_id', 'int4'],
  ['region_code', 'text'],
  ['from_state', 'text'],
  ['to_state', 'text'],
  ['reason', 'text'],
  ['at', 'timestamptz'],
  ['actor_id', 'int4'],
  ['actor_name', 'text'],
];

const YEARS = [2021, 2022, 2023, 2024];
// Kinds without 科普开放日 (its 科普基地 would have to exist): 送服务 and trainings are the bulk of the work.
const KINDS = ['policy_service', 'training', 'tech_week', 'workers_day', 'popsci_contest', 'other'];
const KIND_CUM = cumulativeWeights([40, 30, 8, 6, 6, 10]);
const CO_ORGANISERS = ['甘肃省生产力促进中心', '县科学技术协会', '县工业和信息化局', '县农业农村局'];
const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '赵', '马', '孙', '周'];
const POSTS = ['总经理', '技术负责人', '财务负责人', '研发部经理', '办公室主任'];

/**
 * 科技服务活动 at scale (one event for every 5 enterprises: 20,000 at province scale), per county over 2021–2024:
 * 送服务, trainings, 科技活动周 and the like, 85 % 已举办, 5 % 取消 with a reason, the rest 计划; each with 0–8
 * enterprises of its county (representative and post), 0–3 named persons and, for trainings, commissioners of the
 * roster when the roster holds any; the status history, audit rows and each enterprise's timeline event as the
 * product's use cases write them.
 */
export const serviceEventsPart: DataPart = {
  name: 'service-events',
  description: 'service events and trainings with attendees (enterprises, commissioners, persons) and status history',
  pendingReason: async (ctx) =>
    ctx.tables.has('service_event_attendee') ? null : 'the service-event module’s tables are missing',
  async run(ctx) {
    const rng = ctx.rng.fork('service-events');
    const total = Math.round(ctx.enterprises.length / 5);
    const byCounty = new Map<string, EnterpriseRef[]>();
    for (const e of ctx.enterprises) byCounty.set(e.regionCode, [...(byCounty.get(e.regionCode) ?? []), e]);
    const counties = [...byCounty.keys()].sort();
    const commissioners = ctx.tables.has('commissioner')
      ? (await ctx.exec<{ id: number }>('select id from commissioner order by id')).map((r) => r.id)
      : [];
    const max = async (table: string) =>
      (await ctx.exec<{ max: number | null }>(`select max(id) as max from ${table}`))[0].max ?? 0;
    let eventId = await max('service_event');
    let attendeeId = await max('service_event_attendee');
    let historyId = await max('service_event_history');
    let timelineId = await max('enterprise_event');
    const events: Record<string, unknown>[] = [];
    const attendees: Record<string, unknown>[] = [];
    const history: Record<string, unknown>[] = [];
    const timeline: Record<string, unknown>[] = [];
    const counts = { service_event: 0, service_event_attendee: 0, service_event_history: 0, enterprise_event: 0 };
    const flush = async () => {
      counts.service_event += events.length;
      counts.service_event_attendee += attendees.length;
      counts.service_event_history += history.length;
      counts.enterprise_event += timeline.length;
      await bulkInsert(ctx.exec, 'service_event', SERVICE_EVENT_COLUMNS, events.splice(0));
      await bulkInsert(ctx.exec, 'service_event_attendee', ATTENDEE_COLUMNS, attendees.splice(0));
      await bulkInsert(ctx.exec, 'service_event_history', HISTORY_COLUMNS, history.splice(0));
      await bulkInsert(ctx.exec, 'enterprise_event', EVENT_COLUMNS, timeline.splice(0));
      await ctx.audit.flush();
    };
    const move = (id: number, region: string, from: string | null, to: string, reason: string | null, when: Date) =>
      history.push({
        id: ++historyId,
        event_id: id,
        region_code: region,
        from_state: from,
        to_state: to,
        reason,
        at: when,
        actor_id: ctx.actor.id,
        actor_name: ctx.actor.name,
      });

    for (let i = 0; i < total; i++) {
      const region = rng.pick(counties);
      const year = rng.pick(YEARS);
      const kind = rng.weighted(KINDS, KIND_CUM);
      const when = at(`${year}-02-15`, rng.int(0, 300), i % 3_600);
      const start = isoDate(when);
      const end = isoDate(new Date(when.getTime() + rng.int(0, 2) * 86_400_000));
      const id = ++eventId;
      const roll = rng.int(0, 99);
      const status = roll < 85 ? 'held' : roll < 90 ? 'cancelled' : 'planned';
      const created = {
        id,
        region_code: region,
        title: `${year}年${SERVICE_EVENT_KIND_LABELS[kind]}第${(i % 40) + 1}期`,
        kind,
        organiser: '县科学技术局',
        co_organisers: rng.chance(0.3) ? [rng.pick(CO_ORGANISERS)] : [],
        start_on: start,
        end_on: end,
        place: '县科技局会议室',
        platform_id: null,
        status: 'planned',
        status_reason: null,
        outcome: null,
        created_at: when,
        created_by: ctx.actor.id,
        updated_at: when,
        updated_by: ctx.actor.id,
        version: 1,
      };
      ctx.audit.add(ctx.actor, {
        at: when,
        action: 'service-event.create',
        objectType: 'service_event',
        objectId: id,
        regionCode: region,
        after: created,
      });
      move(id, region, null, 'planned', null, when);

      const picked = new Set<EnterpriseRef>();
      const pool = byCounty.get(region)!;
      for (let n = rng.int(0, 8); n > 0 && picked.size < pool.length; n--) picked.add(rng.pick(pool));
      const trained =
        kind === 'training' && commissioners.length
          ? new Set(Array.from({ length: rng.int(0, 3) }, () => rng.pick(commissioners)))
          : new Set<number>();
      const persons = rng.int(0, 3);
      const base = { event_id: id, region_code: region, created_at: when, created_by: ctx.actor.id };
      const none = {
        enterprise_id: null,
        commissioner_id: null,
        person_name: null,
        unit_name: null,
        post: null,
        phone: null,
      };
      for (const e of picked) {
        attendees.push({
          ...base,
          ...none,
          id: ++attendeeId,
          kind: 'enterprise',
          enterprise_id: e.id,
          person_name: `${rng.pick(SURNAMES)}*${i % 10}`,
          post: rng.pick(POSTS),
        });
        timeline.push({
          id: ++timelineId,
          enterprise_id: e.id,
          region_code: e.regionCode,
          at: when,
          module: 'service-event',
          kind: 'event-attend',
          title: `参加${SERVICE_EVENT_KIND_LABELS[kind]}：${created.title}`,
          detail: null,
          actor_id: ctx.actor.id,
          actor_name: ctx.actor.name,
          ref_type: 'service_event',
          ref_id: id,
        });
      }
      for (const c of trained) {
        attendees.push({ ...base, ...none, id: ++attendeeId, kind: 'commissioner', commissioner_id: c });
      }
      for (let p = 0; p < persons; p++) {
        attendees.push({
          ...base,
          ...none,
          id: ++attendeeId,
          kind: 'person',
          person_name: `${rng.pick(SURNAMES)}*${p}`,
          unit_name: '县直单位',
          phone: rng.chance(0.5) ? `139${String(10_000_000 + i * 4 + p).slice(-8)}` : null,
        });
      }
      if (picked.size + trained.size + persons > 0) {
        ctx.audit.add(ctx.actor, {
          at: when,
          action: 'service-event.attendee.add',
          objectType: 'service_event',
          objectId: id,
          regionCode: region,
          details: { enterpriseIds: [...picked].map((e) => e.id), commissionerIds: [...trained], persons },
        });
      }

      let row: Record<string, unknown> = created;
      if (status !== 'planned') {
        const moved = new Date(Date.parse(`${end}T18:00:00+08:00`));
        const reason = status === 'cancelled' ? '因故取消' : null;
        row = { ...created, status, status_reason: reason, version: 2, updated_at: moved };
        ctx.audit.add(ctx.actor, {
          at: moved,
          action: 'service-event.transition',
          objectType: 'service_event',
          objectId: id,
          regionCode: region,
          before: created,
          after: row,
          details: { from: 'planned', to: status, reason },
        });
        move(id, region, 'planned', status, reason, moved);
      }
      events.push(row);
      if (events.length >= 5_000) await flush();
    }
    await flush();
    for (const table of ['service_event', 'service_event_attendee', 'service_event_history', 'enterprise_event']) {
      await syncSequence(ctx.exec, table);
    }
    return { rows: counts };
  },
};
