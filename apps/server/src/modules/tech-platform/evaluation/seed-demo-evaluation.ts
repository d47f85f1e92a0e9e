import type { DemoContext } from '../../../platform/module-kit/module';
import type { Kysely, Transaction } from 'kysely';
import { gradePlatform, revocationDue, scoreQuantitative } from '@kechuang/domain';
import { writeAudit, type Actor } from '../../../platform/audit/audit.writer';
import type { DB } from '../../../platform/db/schema';
import { findSchemeInEffect } from './evaluation.repository';
import { schemeOf } from './round-rules';

interface DemoEntry {
  platform: string;
  /** The operator's figures for the year (as filled, text). */
  data: Record<string, string>;
  submittedOn: string;
  /** Qualitative scores by expert username. */
  experts: Record<string, Record<string, string>>;
  management: string;
}

// The county's 2022 round (report 一.2 组织开展省级科技企业孵化器、众创空间综合评价工作): its three recognised provincial
// platforms (the tech-platform demo seed), figures on their register, the experts of the project module's library
// without conflict (周专家 declared one with 众智众创, so he is not on the incubator), the bureau's scores. Worked out:
// 孵化器 30.44 + 14.60 + 15 = 60.04 → C; 渭水众创空间 33.06 + 15.60 + 16 = 64.66 → C; 首阳中医药众创空间
// 16.81 + 10.70 + 12 = 39.51 → D (a first fail: rectify, no 摘牌).
const ROUND = {
  title: '2022年度省级科技企业孵化器、众创空间综合评价',
  openedOn: '2022-03-10',
  reviewingOn: '2022-04-20',
  gradedOn: '2022-06-20',
};
const DEMO_ENTRIES: DemoEntry[] = [
  {
    platform: '陇西县科技企业孵化器',
    data: {
      incubatees: '3',
      financedIncubatees: '1',
      graduated: '0',
      siteArea: '12600.00',
      incubateeArea: '5040.00',
      incubationFund: '1200000.00',
      serviceStaff: '5',
      staffTotal: '16',
      activities: '10',
    },
    submittedOn: '2022-04-12',
    experts: {
      expert: { service: '30', effect: '20', summary: '24' },
      expert3: { service: '28', effect: '21', summary: '23' },
    },
    management: '15',
  },
  {
    platform: '陇西渭水众创空间',
    data: {
      teams: '12',
      financedTeams: '1',
      newCompanies: '2',
      workstations: '60',
      mentors: '5',
      activities: '15',
      siteArea: '3200.00',
      serviceRevenue: '180000.00',
    },
    submittedOn: '2022-04-14',
    experts: {
      expert: { service: '32', effect: '22', summary: '24' },
      expert3: { service: '30', effect: '24', summary: '24' },
    },
    management: '16',
  },
  {
    platform: '首阳中医药众创空间',
    data: {
      teams: '6',
      financedTeams: '0',
      newCompanies: '1',
      workstations: '30',
      mentors: '3',
      activities: '6',
      siteArea: '2800.00',
      serviceRevenue: '60000.00',
    },
    submittedOn: '2022-04-15',
    experts: {
      expert: { service: '22', effect: '15', summary: '18' },
      expert3: { service: '20', effect: '15', summary: '17' },
    },
    management: '12',
  },
];

const at = (day: string) => new Date(`${day}T10:00:00+08:00`);

/** Loads the demo evaluation round in the demo transaction, after the demo platforms (the manifest's seedDemo). */
export async function seedDemoEvaluation(db: Kysely<DB>, actor: Actor, demo: DemoContext): Promise<void> {
  const trx = db as Transaction<DB>;
  const region = demo.county.code;
  const platforms = await trx
    .selectFrom('tech_platform')
    .select(['id', 'name', 'kind', 'level', 'enterprise_id'])
    .where('region_code', '=', region)
    .where(
      'name',
      'in',
      DEMO_ENTRIES.map((e) => e.platform),
    )
    .execute();
  const experts = await trx
    .selectFrom('app_user')
    .select(['id', 'username'])
    .where('username', 'like', 'expert%')
    .execute();
  const expertId = (u: string) => experts.find((x) => x.username === u)?.id;
  if (platforms.length !== DEMO_ENTRIES.length) throw new Error('demo evaluation: the demo platforms are missing');

  const round = await trx
    .insertInto('tech_platform_eval_round')
    .values({
      region_code: region,
      title: ROUND.title,
      kinds: JSON.stringify(['incubator', 'makerspace']),
      level: 'provincial',
      year: 2022,
      state: 'graded',
      hardship_area: false,
      opened_on: ROUND.openedOn,
      graded_on: ROUND.gradedOn,
      created_at: at(ROUND.openedOn),
      created_by: actor.id,
      updated_at: at(ROUND.gradedOn),
      updated_by: actor.id,
      version: 3,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const moves: [string | null, string, string][] = [
    [null, 'open', ROUND.openedOn],
    ['open', 'reviewing', ROUND.reviewingOn],
    ['reviewing', 'graded', ROUND.gradedOn],
  ];
  await trx
    .insertInto('tech_platform_eval_round_history')
    .values(
      moves.map(([from, to, on]) => ({
        round_id: round.id,
        region_code: region,
        from_state: from,
        to_state: to,
        actor_id: actor.id,
        actor_name: actor.name,
        at: at(on),
      })),
    )
    .execute();

  for (const d of DEMO_ENTRIES) {
    const p = platforms.find((x) => x.name === d.platform)!;
    const scheme = (await findSchemeInEffect(trx, p.kind, p.level, 2022))!;
    const def = schemeOf(scheme.definition);
    const q = scoreQuantitative(def, d.data, { hardshipArea: false });
    const r = gradePlatform(def, {
      quantitative: q.points,
      expertScores: Object.values(d.experts),
      management: d.management,
    });
    const rev = revocationDue(def, 2022, r.grade, []);
    const entry = await trx
      .insertInto('tech_platform_eval_entry')
      .values({
        region_code: region,
        round_id: round.id,
        platform_id: p.id,
        scheme_id: scheme.id,
        year: 2022,
        enterprise_id: p.enterprise_id,
        status: 'submitted',
        data: JSON.stringify(d.data),
        submitted_at: at(d.submittedOn),
        quantitative_score: q.points,
        quantitative_items: JSON.stringify(q.items),
        qualitative_score: r.qualitative,
        management_score: d.management,
        total_score: r.total,
        grade: r.grade,
        grade_message: r.message,
        revocation_proposed: rev.proposed,
        revocation_reason: rev.reason,
        created_at: at(ROUND.openedOn),
        created_by: actor.id,
        updated_at: at(ROUND.gradedOn),
        updated_by: actor.id,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    for (const [username, scores] of Object.entries(d.experts)) {
      const id = expertId(username);
      if (!id) throw new Error(`demo evaluation: expert ${username} is missing`);
      await trx
        .insertInto('tech_platform_eval_expert')
        .values({
          region_code: region,
          entry_id: entry.id,
          expert_id: id,
          status: 'submitted',
          scores: JSON.stringify(scores),
          submitted_at: at('2022-05-20'),
          created_at: at(ROUND.reviewingOn),
          created_by: actor.id,
          updated_by: id,
        })
        .execute();
    }
  }
  await writeAudit(trx, actor, {
    action: 'tech-platform.evaluation.demo',
    objectType: 'tech_platform_eval_round',
    objectId: round.id,
    regionCode: region,
    details: { platforms: DEMO_ENTRIES.map((e) => e.platform) },
  });
}
