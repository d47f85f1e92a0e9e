import { personalData } from '../../platform/crypto/personal-data';
import type { Transaction } from 'kysely';
import { rankDemands, selectedByCut, type DimensionScores, type ReviewWeights } from '@kechuang/domain';
import type { Actor } from '../../platform/audit/audit.writer';
import type { DB } from '../../platform/db/schema';
import type { SiblingCounty } from './sibling-counties';

// The calendar and rule of the county's 2022 call: the same as 陇西县's (two experts at least, a 75-point line).
const CALL = {
  collectFrom: '2022-03-01',
  collectTo: '2022-03-31',
  submittedOn: '2022-03-20',
  reviewOn: '2022-04-08',
  rankedOn: '2022-04-22',
  publishedOn: '2022-05-12',
  bidDeadline: '2022-06-30',
  minExperts: 2,
  weights: { industry: 30, foundation: 25, indicators: 25, finance: 20 } as ReviewWeights,
  scoreLine: 75,
};
const EXPERTS = ['expert', 'expert2', 'expert3'];

/** An expert's scores (industry, foundation, indicators, finance): above the line for a demand meant to be published. */
function scoresOf(publish: boolean, e: number, d: number): DimensionScores {
  const base = publish ? 84 : 62;
  return { industry: base + e * 2, foundation: base - d, indicators: base + 1, finance: base - 2 - e };
}

/**
 * The county's 2022 揭榜挂帅 call: its firms' demands, scored by the province's demo experts, ranked by the domain's
 * rule and cut at the line — the table's first `demandsPublished` pass it and are published, the rest 落选.
 */
export async function seedSiblingTechDemand(
  trx: Transaction<DB>,
  actor: Actor,
  c: SiblingCounty,
  firms: number[],
): Promise<void> {
  if (c.demands.length === 0) return;
  const experts = await trx
    .selectFrom('app_user')
    .select(['id', 'username'])
    .where('username', 'in', EXPERTS)
    .execute();
  if (experts.length < CALL.minExperts) return;
  const call = await trx
    .insertInto('tech_demand_call')
    .values({
      region_code: c.code,
      year: 2022,
      title: `2022年${c.name}“揭榜挂帅”关键技术需求榜单`,
      collect_from: CALL.collectFrom,
      collect_to: CALL.collectTo,
      bid_deadline: CALL.bidDeadline,
      min_experts: CALL.minExperts,
      review_weights: JSON.stringify(CALL.weights),
      state: 'published',
      ranking_confirmed_at: new Date(`${CALL.rankedOn}T10:00:00+08:00`),
      ranking_cut: JSON.stringify({ scoreLine: CALL.scoreLine }),
      created_by: null,
      updated_by: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const rows: { id: number; scores: DimensionScores[] }[] = [];
  for (const [d, [firm, title, budget]] of c.demands.entries()) {
    const row = await trx
      .insertInto('tech_demand')
      .values({
        region_code: c.code,
        call_id: call.id,
        enterprise_id: firms[firm],
        title,
        field: '现代农业',
        hightech_domain: '02',
        problem: `${title}是企业生产中的关键瓶颈，现有技术难以满足质量与成本要求。`,
        indicators: '关键工艺指标较现状提升 20% 以上，形成可推广的技术规程。',
        expected_outcome: '技术规程或企业标准 1 项，示范应用 1 处。',
        budget,
        period_months: 18,
        contact_name: `${c.firms[firm][0]}联系人`,
        contact_phone: personalData().seal(`137${c.code.slice(3)}${String(30_000 + d * 97).padStart(5, '0')}`),
        state: 'reviewing',
        submitted_on: CALL.submittedOn,
        created_by: null,
        updated_by: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const scores = experts.map((_, e) => scoresOf(d < c.demandsPublished, e, d));
    rows.push({ id: row.id, scores });
    await trx
      .insertInto('tech_demand_review')
      .values(
        experts.map((x, e) => ({
          region_code: c.code,
          demand_id: row.id,
          expert_id: x.id,
          scores: JSON.stringify(Object.fromEntries(Object.entries(scores[e]).map(([k, v]) => [k, String(v)]))),
          confirmed_at: new Date(`${CALL.rankedOn}T10:00:00+08:00`),
          created_by: null,
          updated_by: null,
        })),
      )
      .execute();
  }
  const ranked = rankDemands(
    rows.map((r) => ({ demandId: r.id, confirmedScores: r.scores })),
    CALL.weights,
    CALL.minExperts,
  );
  for (const r of ranked) {
    const selected = selectedByCut(r, { scoreLine: CALL.scoreLine });
    const moves: [string | null, string, string, string | null][] = [
      [null, 'draft', CALL.submittedOn, null],
      ['draft', 'submitted', CALL.submittedOn, null],
      ['submitted', 'reviewing', CALL.reviewOn, null],
      ['reviewing', selected ? 'selected' : 'not_selected', CALL.rankedOn, r.explanation],
      ...(selected ? [['selected', 'published', CALL.publishedOn, null] as [string, string, string, null]] : []),
    ];
    await trx
      .insertInto('tech_demand_history')
      .values(
        moves.map(([from, to, day, reason]) => ({
          demand_id: r.demandId,
          from_state: from,
          to_state: to,
          actor_id: actor.id,
          actor_name: actor.name,
          reason,
          created_at: new Date(`${day}T10:00:00+08:00`),
        })),
      )
      .execute();
    await trx
      .updateTable('tech_demand')
      .set({
        state: selected ? 'published' : 'not_selected',
        review_score: r.score === null ? null : r.score.toFixed(2),
        review_rank: r.rank,
        selected_on: selected ? CALL.rankedOn : null,
        published_on: selected ? CALL.publishedOn : null,
        bid_deadline: selected ? CALL.bidDeadline : null,
      })
      .where('id', '=', r.demandId)
      .execute();
  }
}
