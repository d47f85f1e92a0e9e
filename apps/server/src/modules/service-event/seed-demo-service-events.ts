import { sql, type Kysely, type Transaction } from 'kysely';
import { POPSCI_BASE_PLATFORM_KIND, POPSCI_OPEN_DAY_KIND } from '@kechuang/domain';
import { writeAudit, type Actor } from '../../platform/audit/audit.writer';
import type { DB } from '../../platform/db/schema';
import type { DemoContext } from '../../platform/module-kit/module';
import { enterpriseEventInsert } from '../enterprise/timeline';
import { DEMO_SERVICE_EVENTS, type DemoEvent } from './demo-service-events';

/** A demo date at 10:00 Beijing time. */
const at = (day: string) => new Date(`${day}T10:00:00+08:00`);

/**
 * The module's demo data (`seedDemo` hook, inside the demo transaction): the events of `demo-service-events.ts`,
 * registered 计划 then 已举办 (with their history rows), their attendees and each enterprise's timeline event.
 * Named enterprises are looked up by register name (a missing one stops the seed with its name); the 17 of the
 * training are the county's first 17 in the register. The 第七批 city commissioners come from the roster's demo:
 * absent, the training is seeded without them. A 科普开放日 is seeded only if the county has a 科普基地.
 */
export async function seedDemoServiceEvents(db: Kysely<DB>, actor: Actor, demo: DemoContext): Promise<void> {
  const trx = db as Transaction<DB>;
  const county = demo.county.code;
  const named = DEMO_SERVICE_EVENTS.flatMap((e) => e.enterprises ?? []).map((e) => e.name);
  const found = await trx
    .selectFrom('enterprise')
    .select(['id', 'name', 'region_code'])
    .where('name', 'in', named)
    .execute();
  const byName = new Map(found.map((e) => [e.name, e]));
  const missing = named.filter((n) => !byName.has(n));
  if (missing.length) throw new Error(`科技服务活动演示数据：企业库中没有 ${[...new Set(missing)].join('、')}`);
  const countyEnterprises = await trx
    .selectFrom('enterprise')
    .select(['id', 'name', 'region_code'])
    .where('region_code', '=', county)
    .orderBy('id')
    .execute();

  let attendees = 0;
  for (const d of DEMO_SERVICE_EVENTS) {
    const enterprises = (d.enterprises ?? []).map((e) => ({
      ...byName.get(e.name)!,
      representative: e.representative,
      post: e.post,
    }));
    if (d.enterpriseCount) {
      if (countyEnterprises.length < d.enterpriseCount) {
        throw new Error(
          `科技服务活动演示数据：${demo.county.name}企业库只有 ${countyEnterprises.length} 家，少于 ${d.enterpriseCount} 家`,
        );
      }
      const picked = countyEnterprises.slice(0, d.enterpriseCount);
      enterprises.push(...picked.map((e) => ({ ...e, representative: '', post: '企业负责人' })));
    }
    const commissioners = d.commissioners ? await rosterOf(trx, d.commissioners.level, d.commissioners.batch) : [];
    attendees += await seedEvent(trx, actor, county, d, { enterprises, commissioners, platformId: null });
  }
  const base = await trx
    .selectFrom('tech_platform')
    .select(['id', 'name'])
    .where('kind', '=', POPSCI_BASE_PLATFORM_KIND)
    .where('region_code', '=', county)
    .orderBy('id')
    .executeTakeFirst();
  if (base) {
    const openDay: DemoEvent = {
      title: `${base.name}科普开放日`,
      kind: POPSCI_OPEN_DAY_KIND,
      organiser: base.name,
      coOrganisers: ['陇西县科学技术局'],
      startOn: '2022-05-22',
      endOn: '2022-05-22',
      place: base.name,
      outcome: '面向中小学生免费开放。',
    };
    await seedEvent(trx, actor, county, openDay, { enterprises: [], commissioners: [], platformId: base.id });
  }
  await writeAudit(trx, actor, {
    action: 'demo.seed-service-events',
    regionCode: county,
    details: { events: DEMO_SERVICE_EVENTS.length + (base ? 1 : 0), attendees },
  });
}

/** The roster's commissioners of a level and batch (module commissioner's table, read by a query of our own). */
async function rosterOf(trx: Transaction<DB>, level: string, batch: string): Promise<number[]> {
  const { rows } = await sql<{ id: number }>`
    select id from commissioner where level = ${level} and batch = ${batch} order by id`.execute(trx);
  return rows.map((r) => r.id);
}

interface DemoAttendees {
  enterprises: { id: number; name: string; region_code: string; representative: string; post: string }[];
  commissioners: number[];
  platformId: number | null;
}

/** One held event with its history, attendees and timeline events; answers the attendees written. */
async function seedEvent(trx: Transaction<DB>, actor: Actor, county: string, d: DemoEvent, a: DemoAttendees) {
  const event = await trx
    .insertInto('service_event')
    .values({
      region_code: county,
      title: d.title,
      kind: d.kind,
      organiser: d.organiser,
      co_organisers: d.coOrganisers,
      start_on: d.startOn,
      end_on: d.endOn,
      place: d.place,
      platform_id: a.platformId,
      status: 'held',
      outcome: d.outcome,
      created_at: at(d.startOn),
      updated_at: at(d.endOn),
      created_by: actor.id,
      updated_by: actor.id,
      version: 2,
    })
    .returning(['id'])
    .executeTakeFirstOrThrow();
  const history = { event_id: event.id, region_code: county, actor_id: actor.id, actor_name: actor.name };
  await trx
    .insertInto('service_event_history')
    .values([
      { ...history, from_state: null, to_state: 'planned', at: at(d.startOn) },
      { ...history, from_state: 'planned', to_state: 'held', at: at(d.endOn) },
    ])
    .execute();
  const base = { event_id: event.id, region_code: county, created_by: actor.id };
  const rows = [
    ...a.enterprises.map((e) => ({
      ...base,
      kind: 'enterprise' as const,
      enterprise_id: e.id,
      person_name: e.representative || null,
      post: e.post || null,
    })),
    ...a.commissioners.map((id) => ({ ...base, kind: 'commissioner' as const, commissioner_id: id })),
    ...(d.persons ?? []).map((p) => ({ ...base, kind: 'person' as const, person_name: p.name, unit_name: p.unit })),
  ];
  if (rows.length) await trx.insertInto('service_event_attendee').values(rows).execute();
  for (const e of a.enterprises) {
    await enterpriseEventInsert(trx, actor, {
      enterpriseId: e.id,
      regionCode: e.region_code,
      module: 'service-event',
      kind: 'event-attend',
      title: `参加活动：${d.title}`,
      detail: `${d.startOn}${d.endOn !== d.startOn ? ` 至 ${d.endOn}` : ''}，主办：${d.organiser}`,
      ref: { type: 'service_event', id: event.id },
      at: at(d.startOn),
    }).execute();
  }
  return rows.length;
}
