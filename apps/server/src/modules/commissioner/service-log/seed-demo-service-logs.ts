import type { Kysely, Transaction } from 'kysely';
import { addDays, chinaToday, dayOfWeek } from '@kechuang/domain';
import { writeAudit, type Actor } from '../../../platform/audit/audit.writer';
import type { DB } from '../../../platform/db/schema';
import type { DemoContext } from '../../../platform/module-kit/module';
import { attachDemoPhoto } from './demo-photo';

/** What 赵立新 did, by served party (a demo enterprise's name, or a named entity) — cycled over the dates. */
const SERVICES: {
  enterprise?: string;
  object?: string;
  place: string;
  content: string;
  problems: string;
  trained: number;
}[] = [
  {
    enterprise: '甘肃鼎丰马铃薯种业有限公司',
    place: '首阳镇鼎丰种薯繁育基地',
    content: '指导脱毒种薯网棚扩繁，讲解蚜虫防控与网棚管理',
    problems: '网棚内蚜虫虫口偏高，提出黄板诱杀加药剂轮换方案',
    trained: 12,
  },
  {
    object: '首阳镇马铃薯种植专业合作社',
    place: '首阳镇三十里铺村',
    content: '开展马铃薯晚疫病综合防控现场培训',
    problems: '晚疫病预警不及时，帮助建立田间监测点',
    trained: 46,
  },
  {
    enterprise: '甘肃金麓银峰农业科技有限公司',
    place: '金麓银峰科研中心试验田',
    content: '协助新品种区域试验设计与田间记载',
    problems: '试验小区设置不规范，重新规划随机区组',
    trained: 6,
  },
  {
    enterprise: '甘肃丰源薯业有限公司',
    place: '丰源薯业淀粉加工车间',
    content: '指导马铃薯贮藏窖温湿度管理',
    problems: '贮藏损耗偏高，提出通风与控温改造建议',
    trained: 8,
  },
  {
    object: '文峰镇农户',
    place: '文峰镇西铺村',
    content: '入户讲解全膜双垄沟播与测土配方施肥',
    problems: '施肥过量，按测土结果调减氮肥用量',
    trained: 23,
  },
  {
    enterprise: '陇西昌芳农业科技有限公司',
    place: '昌芳农业育苗基地',
    content: '中药材黄芪育苗技术指导',
    problems: '苗床出苗不齐，调整覆土厚度与灌溉',
    trained: 10,
  },
];

/** Working days from `from` every `step` days up to `to` (a weekend date moves to the Monday). */
function serviceDates(from: string, to: string, step: number): string[] {
  const out: string[] = [];
  for (let d = from; d <= to; d = addDays(d, step)) {
    const w = dayOfWeek(d);
    const day = w === 6 ? addDays(d, 2) : w === 0 ? addDays(d, 1) : d;
    if (day <= to && !out.includes(day)) out.push(day);
  }
  return out;
}

/**
 * The demo commissioner's service logs (docs/rules.md §5.1.1): 赵立新 (linked to the login tpy, found by user, not
 * by name, so the roster's demo row decides who he is) logged his 2022 H1 service (confirmed), his 2025 service
 * (confirmed, for the 2025 assessment) and this year's up to today (the latest ones still 待确认). Does nothing when
 * the roster has no commissioner linked to tpy.
 */
export async function seedDemoServiceLogs(db: Kysely<DB>, actor: Actor, demo: DemoContext): Promise<void> {
  const trx = db as Transaction<DB>;
  const c = await trx
    .selectFrom('commissioner as c')
    .innerJoin('app_user as u', 'u.id', 'c.user_id')
    .select(['c.id', 'c.region_code', 'c.term_start', 'c.term_end', 'u.id as user_id'])
    .where('u.username', '=', 'tpy')
    .where('c.status', '=', 'appointed')
    .executeTakeFirst();
  if (!c) return;
  const names = SERVICES.flatMap((s) => (s.enterprise ? [s.enterprise] : []));
  const ids = new Map(
    (await trx.selectFrom('enterprise').select(['id', 'name']).where('name', 'in', names).execute()).map((e) => [
      e.name,
      e.id,
    ]),
  );
  const today = demo.today ?? chinaToday(); // the day the demo county lives until, or the clock's
  const year = today.slice(0, 4);
  const clamp = (d: string) => (d < c.term_start ? c.term_start : d > c.term_end ? c.term_end : d);
  const yesterday = addDays(today, -1);
  const current = serviceDates(
    clamp(`${year}-01-05`),
    clamp(yesterday < `${year}-01-05` ? `${year}-01-05` : yesterday),
    9,
  );
  const sets: { dates: string[]; pendingLast: number }[] = [
    { dates: serviceDates(clamp('2022-01-10'), clamp('2022-06-28'), 11), pendingLast: 0 },
    { dates: serviceDates(clamp('2025-01-08'), clamp('2025-12-20'), 10), pendingLast: 0 },
    { dates: current.filter((d) => d <= yesterday && d >= c.term_start), pendingLast: 3 },
  ];
  let n = 0;
  for (const { dates, pendingLast } of sets) {
    for (const [i, servedOn] of dates.entries()) {
      const s = SERVICES[n++ % SERVICES.length]!;
      const enterpriseId = s.enterprise ? (ids.get(s.enterprise) ?? null) : null;
      if (s.enterprise && !enterpriseId) continue;
      const pending = i >= dates.length - pendingLast;
      const log = await trx
        .insertInto('commissioner_service_log')
        .values({
          region_code: c.region_code,
          commissioner_id: c.id,
          served_on: servedOn,
          place: s.place,
          enterprise_id: enterpriseId,
          object_name: s.enterprise ?? s.object!,
          content: s.content,
          problems_solved: s.problems,
          trained_count: s.trained,
          days: n % 7 === 0 ? '0.5' : '1.0',
          latitude: null,
          longitude: null,
          status: pending ? 'pending' : 'confirmed',
          reviewed_on: pending ? null : servedOn,
          reviewed_by: pending ? null : actor.id,
          created_by: c.user_id,
          updated_by: pending ? c.user_id : actor.id,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await trx
        .insertInto('commissioner_service_log_history')
        .values([
          {
            log_id: log.id,
            region_code: c.region_code,
            from_state: null,
            to_state: 'pending',
            actor_id: c.user_id,
            actor_name: '赵立新',
          },
          ...(pending
            ? []
            : [
                {
                  log_id: log.id,
                  region_code: c.region_code,
                  from_state: 'pending',
                  to_state: 'confirmed',
                  actor_id: actor.id,
                  actor_name: actor.name,
                },
              ]),
        ])
        .execute();
      // Every third log carries a site photo.
      if (i % 3 === 0) {
        await attachDemoPhoto(trx, { id: log.id, regionCode: c.region_code, servedOn, userId: c.user_id });
      }
    }
  }
  await writeAudit(trx, actor, {
    action: 'demo.seed-commissioner-logs',
    objectType: 'commissioner_service_log',
    regionCode: demo.county.code,
    details: { commissionerId: c.id, logs: n },
  });
}
