import { sql, type Kysely, type Transaction } from 'kysely';
import { ABOVE_SCALE_TAG, addDays, chinaToday } from '@kechuang/domain';
import { writeAudit, type Actor } from '../../platform/audit/audit.writer';
import type { DB } from '../../platform/db/schema';
import type { DemoContext } from '../../platform/module-kit/module';
import { enterpriseEventInsert } from '../enterprise/timeline';
import { insertAssignment } from './assign-enterprise';

/** The demo enterprise account's unit (qiye): it has an issue awaiting its confirmation. */
const QIYE_ENTERPRISE = '甘肃青龙管业有限责任公司';

interface DemoIssue {
  content: string;
  category: string;
  department: string;
  dueOn: string;
  /** The moves after 待办, each with its answer or reason. */
  moves: { to: string; reason: string }[];
}

/**
 * 干部包企业 demo data (docs/rules.md §5.7.1): the demo county's 规上 and 高企 enterprises (found by the register's
 * tag and qualification tiers) assigned to the demo staff account for 2022 and for the current year, visits in
 * both years, issues confirmed, open, one overdue, and one of 青龙管业 answered and awaiting its confirmation.
 * Dates of the current year come from the demo's day (`chinaToday()` by default), so the data stays current.
 */
export async function seedDemoLiaison(db: Kysely<DB>, actor: Actor, demo: DemoContext): Promise<void> {
  const trx = db as Transaction<DB>;
  const staff = await trx
    .selectFrom('app_user')
    .select(['id', 'display_name', 'region_code'])
    .where('username', '=', 'staff')
    .executeTakeFirst();
  if (!staff) return;
  const enterprises = await trx
    .selectFrom('enterprise as e')
    .select(['e.id', 'e.name', 'e.region_code'])
    .where('e.region_code', '=', demo.county.code)
    .where((eb) =>
      eb.or([sql<boolean>`${ABOVE_SCALE_TAG} = any(e.tags)`, sql<boolean>`'high_tech' = any(e.qualification_tiers)`]),
    )
    .orderBy('e.id')
    .execute();
  if (!enterprises.length) return;
  const today = demo.today ?? chinaToday(); // the day the demo county lives until, or the clock's
  const year = today.slice(0, 4);
  const yearStart = `${year}-01-01`;
  const inYear = (n: number) => (addDays(today, -n) < yearStart ? yearStart : addDays(today, -n));
  for (const e of enterprises) {
    const cadre = { id: staff.id, display_name: staff.display_name };
    await insertAssignment(trx, actor, {
      enterprise: e,
      cadre,
      startOn: '2022-01-01',
      endOn: '2022-12-31',
      source: 'rule',
      ruleLabel: '规上企业和高新技术企业',
    });
    await insertAssignment(trx, actor, {
      enterprise: e,
      cadre,
      startOn: yearStart,
      endOn: `${year}-12-31`,
      source: 'rule',
      ruleLabel: '规上企业和高新技术企业',
    });
  }
  const qiye = enterprises.find((e) => e.name === QIYE_ENTERPRISE) ?? enterprises[0]!;
  const others = enterprises.filter((e) => e.id !== qiye.id);
  const second = others[0] ?? qiye;
  const third = others[1] ?? second;

  const visit = async (e: (typeof enterprises)[number], on: string, policies: string[], issues: DemoIssue[]) => {
    const v = await trx
      .insertInto('liaison_visit')
      .values({
        region_code: e.region_code,
        enterprise_id: e.id,
        cadre_id: staff.id,
        visited_on: on,
        form: 'onsite',
        people_met: '企业负责人、财务负责人',
        policies: JSON.stringify(policies),
        questions: '研发费用归集口径如何把握？',
        campaign: 'three_visits',
        created_by: staff.id,
        updated_by: staff.id,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await enterpriseEventInsert(trx, actor, {
      enterpriseId: e.id,
      regionCode: e.region_code,
      module: 'liaison',
      kind: 'visit',
      title: `${staff.display_name}上门走访（${on}）`,
      ref: { type: 'liaison_visit', id: v.id },
      at: new Date(`${on}T10:00:00+08:00`),
    }).execute();
    for (const d of issues) {
      const last = d.moves.at(-1)?.to ?? 'pending';
      const answer = d.moves.find((m) => m.to === 'closed')?.reason ?? null;
      const issue = await trx
        .insertInto('liaison_issue')
        .values({
          region_code: e.region_code,
          visit_id: v.id,
          enterprise_id: e.id,
          cadre_id: staff.id,
          content: d.content,
          category: d.category,
          department: d.department,
          raised_on: on,
          due_on: d.dueOn,
          status: last,
          answer,
          closed_on: answer ? (d.dueOn < today ? d.dueOn : today) : null,
          created_by: staff.id,
          updated_by: staff.id,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      const states = ['pending', ...d.moves.map((m) => m.to)];
      await trx
        .insertInto('liaison_issue_history')
        .values(
          states.map((to, i) => ({
            issue_id: issue.id,
            region_code: e.region_code,
            from_state: i === 0 ? null : states[i - 1]!,
            to_state: to,
            reason: i === 0 ? '走访中提出' : d.moves[i - 1]!.reason,
            actor_id: to === 'confirmed' ? null : staff.id,
            actor_name: to === 'confirmed' ? e.name : staff.display_name,
          })),
        )
        .execute();
    }
  };

  // 2022: visits whose issues were answered and confirmed by the enterprise.
  await visit(
    qiye,
    '2022-03-16',
    ['rd_deduction', 'hightech_tax'],
    [
      {
        content: '高企认定研发费用占比测算咨询',
        category: 'policy',
        department: 'kjj',
        dueOn: '2022-04-15',
        moves: [
          { to: 'handling', reason: '' },
          { to: 'closed', reason: '已上门辅导测算口径' },
          { to: 'confirmed', reason: '' },
        ],
      },
    ],
  );
  await visit(
    second,
    '2022-06-08',
    ['project_apply'],
    [
      {
        content: '申报省级科技计划项目的材料要求',
        category: 'funding',
        department: 'kjj',
        dueOn: '2022-07-08',
        moves: [
          { to: 'handling', reason: '' },
          { to: 'closed', reason: '已提供申报指南并组织培训' },
          { to: 'confirmed', reason: '' },
        ],
      },
    ],
  );
  // This year: one awaiting 青龙管业's confirmation, one overdue, one open and not yet due.
  await visit(
    qiye,
    inYear(20),
    ['rd_deduction', 'tech_sme_eval'],
    [
      {
        content: '研发费用加计扣除申报填报辅导',
        category: 'policy',
        department: 'swj',
        dueOn: inYear(5),
        moves: [
          { to: 'handling', reason: '' },
          { to: 'closed', reason: '税务局已安排专人辅导填报，政策口径见答复材料' },
        ],
      },
    ],
  );
  await visit(
    second,
    inYear(30),
    ['hightech_tax'],
    [
      {
        content: '高企重新认定前的知识产权布局建议',
        category: 'tech',
        department: 'kjj',
        dueOn: addDays(inYear(30), 10) < today ? addDays(inYear(30), 10) : inYear(1),
        moves: [{ to: 'handling', reason: '' }],
      },
    ],
  );
  await visit(
    third,
    inYear(3),
    ['project_apply', 'talent'],
    [
      {
        content: '引进研发人员的住房补贴政策',
        category: 'talent',
        department: 'rsj',
        dueOn: addDays(today, 20),
        moves: [],
      },
    ],
  );
  await writeAudit(trx, actor, {
    action: 'liaison.seed-demo',
    objectType: 'liaison_assignment',
    regionCode: demo.county.code,
    details: { enterprises: enterprises.length, cadre: staff.display_name },
  });
}
