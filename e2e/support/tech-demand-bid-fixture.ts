/* eslint-disable no-restricted-imports -- the fixture writes into the test server's data directory before the server
   opens it, with the product's own migrations and demo seed: two demands no screen can put into these states yet. */
import { personalData } from '../../apps/server/src/platform/crypto/personal-data';
import { openDatabase } from '../../apps/server/src/platform/db/database';
import { migrateToLatest } from '../../apps/server/src/platform/db/migrate';
import { MIGRATIONS } from '../../apps/server/src/modules/index';
import { seedDemo } from '../../apps/server/src/seed/seed-demo';

export const BID_OPEN_TITLE = '旱作马铃薯水肥一体化技术（浏览器测试）';
export const BID_SIGN_TITLE = '中药材黄芪连作障碍消减技术（浏览器测试）';
export const BID_SIGN_INSTITUTION = '甘肃农业大学';

const day = (n: number) => new Date(Date.now() + n * 86_400_000 + 8 * 3_600_000).toISOString().slice(0, 10);

/**
 * The demo database plus two of qiye's demands (docs/rules.md §5.2): one 已发榜 for a team to apply on, and one in
 * 揭榜中 whose chosen application's 公示 ended last week (dates set in the data rather than waited for).
 */
export async function withBidDemands(dataDir: string): Promise<void> {
  const { db, close } = await openDatabase({ dataDir });
  try {
    await migrateToLatest(db as never, MIGRATIONS);
    await seedDemo(db);
    const qiye = await db
      .selectFrom('app_user')
      .select('enterprise_id')
      .where('username', '=', 'qiye')
      .executeTakeFirstOrThrow();
    const demand = (title: string, state: string) =>
      db
        .insertInto('tech_demand')
        .values({
          region_code: '621122',
          enterprise_id: qiye.enterprise_id!,
          title,
          field: '现代农业',
          problem: '旱作条件下产量不稳，需要可推广的技术方案',
          budget: '1200000.00',
          period_months: 24,
          contact_name: '刘经理',
          contact_phone: personalData().seal('13800138000'),
          state,
          published_on: day(-30),
          bid_deadline: day(30),
          created_by: null,
          updated_by: null,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
    await demand(BID_OPEN_TITLE, 'published');
    const signing = await demand(BID_SIGN_TITLE, 'bidding');
    let partner = await db
      .selectFrom('cooperation_partner')
      .select('id')
      .where('name', '=', BID_SIGN_INSTITUTION)
      .executeTakeFirst();
    partner ??= await db
      .insertInto('cooperation_partner')
      .values({
        region_code: '621122',
        name: BID_SIGN_INSTITUTION,
        kind: 'university',
        created_by: null,
        updated_by: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db
      .insertInto('tech_demand_bid')
      .values({
        region_code: '621122',
        demand_id: signing.id,
        partner_id: partner.id,
        leader: JSON.stringify({
          name: '郭天文',
          title: '教授',
          unit: BID_SIGN_INSTITUTION,
          role: '项目负责人',
          phone: null,
        }),
        members: '[]',
        solution: '轮作倒茬结合生物菌剂与土壤熏蒸，消减黄芪连作障碍',
        budget: '1000000.00',
        period_months: 24,
        applied_on: day(-25),
        state: 'chosen',
        chosen_on: day(-20),
        publicity_from: day(-19),
        publicity_to: day(-12),
        created_by: null,
        updated_by: null,
      })
      .execute();
  } finally {
    await close();
  }
}
