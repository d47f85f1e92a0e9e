import type { Kysely, Transaction } from 'kysely';
import { writeAudit, type Actor } from '../../../platform/audit/audit.writer';
import { computeWorkingDayPeriod } from '../../../platform/calendar';
import type { DB } from '../../../platform/db/schema';
import type { DemoContext } from '../../../platform/module-kit/module';
import { getIntParam } from '../../../platform/params/params.repository';
import { sealMember } from './bid-input';
import { PUBLICITY_DAYS_PARAM } from './choose-bid';

/** The demand the demand demo publishes for 揭榜 (looked up by title; else any published demand of the county). */
export const DEMO_BID_DEMAND_TITLE = '马铃薯脱毒种薯繁育';
const DEMO_INSTITUTION = '定西市农业科学研究院';

const plus = (d: string, n: number) =>
  new Date(Date.parse(`${d}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

/**
 * The demo county's 揭榜 (docs/rules.md §5.2): 定西市农业科学研究院's team applies on the published demand, is chosen,
 * its 公示 passes, the contract is signed with three milestones (2022 H1), each reported when reached and
 * paid; the demand ends 实施中. Runs after the demand demo; nothing when no published demand is there.
 */
export async function seedDemoBids(db: Kysely<DB>, actor: Actor, demo: DemoContext): Promise<void> {
  const trx = db as Transaction<DB>;
  const region = demo.county.code;
  const published = trx
    .selectFrom('tech_demand')
    .selectAll()
    .where('region_code', '=', region)
    .where('state', '=', 'published');
  const d =
    (await published.where('title', 'like', `%${DEMO_BID_DEMAND_TITLE}%`).executeTakeFirst()) ??
    (await published.orderBy('published_on').executeTakeFirst());
  const partner = await trx
    .selectFrom('cooperation_partner')
    .select('id')
    .where('region_code', '=', region)
    .where('name', '=', DEMO_INSTITUTION)
    .executeTakeFirst();
  if (!d || !partner) return;

  const publishedOn = d.published_on ?? '2022-02-14';
  const appliedOn = plus(publishedOn, 10);
  const chosenOn = plus(publishedOn, 24);
  const period = await computeWorkingDayPeriod(trx, {
    startDate: plus(chosenOn, 1),
    workingDays: await getIntParam(trx, PUBLICITY_DAYS_PARAM),
    field: 'publicityTo',
    what: '公示截止日期',
  });
  const signedOn = plus(period.endDate, 7);
  const at = (day: string) => new Date(`${day}T10:00:00+08:00`);
  const bid = await trx
    .insertInto('tech_demand_bid')
    .values({
      region_code: region,
      demand_id: d.id,
      partner_id: partner.id,
      credit_code: null,
      leader: JSON.stringify(
        sealMember({
          name: '王建军',
          title: '研究员',
          unit: DEMO_INSTITUTION,
          role: '项目负责人',
          phone: '13909321186',
        }),
      ),
      members: JSON.stringify([
        sealMember({ name: '李晓梅', title: '副研究员', unit: DEMO_INSTITUTION, role: '组培快繁', phone: null }),
        sealMember({
          name: '陈志刚',
          title: '助理研究员',
          unit: DEMO_INSTITUTION,
          role: '田间扩繁与检测',
          phone: null,
        }),
      ]),
      solution:
        '以茎尖脱毒结合组培快繁生产原原种，雾培法提高单株结薯数，建立病毒检测与种薯质量追溯体系，两年内实现原原种年产 500 万粒。',
      budget: '1500000.00',
      period_months: 24,
      applied_on: appliedOn,
      state: 'chosen',
      chosen_on: chosenOn,
      publicity_from: period.startDate,
      publicity_to: period.endDate,
      created_at: at(appliedOn),
      created_by: actor.id,
      updated_by: actor.id,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const contract = await trx
    .insertInto('tech_demand_contract')
    .values({
      region_code: region,
      demand_id: d.id,
      bid_id: bid.id,
      enterprise_id: d.enterprise_id,
      partner_id: partner.id,
      amount: '1500000.00',
      signed_on: signedOn,
      created_at: at(signedOn),
      created_by: actor.id,
      updated_by: actor.id,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const milestones = [
    ['脱毒苗组培快繁体系建成', plus(signedOn, 60), '300000.00', '200000.00', '0.00'],
    ['原原种雾培生产线投产', plus(signedOn, 240), '400000.00', '100000.00', '0.00'],
    ['原原种年产 500 万粒并通过检测', plus(signedOn, 600), '400000.00', '100000.00', '0.00'],
  ] as const;
  const ms = await trx
    .insertInto('tech_demand_milestone')
    .values(
      milestones.map(([title, dueOn, ent, county, other], i) => ({
        region_code: region,
        contract_id: contract.id,
        seq: i + 1,
        title,
        due_on: dueOn,
        pay_enterprise: ent,
        pay_county: county,
        pay_other: other,
        // Every milestone reached a few days early and the enterprise's share paid: the project awaits acceptance.
        paid: ent,
        reached_on: plus(dueOn, -5),
        created_by: actor.id,
        updated_by: actor.id,
      })),
    )
    .returning('id')
    .execute();
  const reports = [
    '建成组培室 320 平方米，脱毒苗月产能 20 万株，经检测病毒脱除率 98%。',
    '雾培生产线 2 条投产，原原种单株结薯 35 粒以上。',
    '原原种年产 520 万粒，经省种子检验机构检测合格。',
  ];
  await trx
    .insertInto('tech_demand_milestone_report')
    .values(
      milestones.map(([, dueOn, ent], i) => ({
        region_code: region,
        milestone_id: ms[i].id,
        reported_on: plus(dueOn, -5),
        content: reports[i],
        pay_party: 'enterprise',
        pay_amount: ent,
        created_by: actor.id,
      })),
    )
    .execute();
  const moves: [string, string, string][] = [
    ['published', 'bidding', appliedOn],
    ['bidding', 'signed', signedOn],
    ['signed', 'implementing', plus(signedOn, 3)],
  ];
  await trx
    .insertInto('tech_demand_history')
    .values(
      moves.map(([from, to, day]) => ({
        demand_id: d.id,
        from_state: from,
        to_state: to,
        actor_id: actor.id,
        actor_name: actor.name,
        reason: null,
        created_at: at(day),
      })),
    )
    .execute();
  await trx
    .updateTable('tech_demand')
    .set((eb) => ({ state: 'implementing', version: eb('version', '+', 1) }))
    .where('id', '=', d.id)
    .execute();
  await writeAudit(trx, actor, {
    action: 'tech-demand.bid.demo.seed',
    regionCode: region,
    details: { demandId: d.id, bidId: bid.id, contractId: contract.id, milestones: milestones.length },
  });
}
