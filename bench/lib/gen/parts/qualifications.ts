import { STAGE_LABELS, TIER_LABELS, validUntil, type Stage, type Tier } from '@kechuang/domain';
import { cumulativeWeights, type Rng } from '../../prng';
import { bulkInsert, syncSequence, type Column } from '../sql';
import { at, isoDate, type DataPart } from '../context';
import { EVENT_COLUMNS } from './enterprises';

const COLUMNS: Column[] = [
  ['id', 'int4'],
  ['enterprise_id', 'int4'],
  ['region_code', 'text'],
  ['tier', 'text'],
  ['year', 'int2'],
  ['batch', 'text'],
  ['stage', 'text'],
  ['certificate_no', 'text'],
  ['applied_on', 'date'],
  ['certified_on', 'date'],
  ['valid_until', 'date'],
  ['remark', 'text'],
  ['created_at', 'timestamptz'],
  ['created_by', 'int4'],
  ['updated_at', 'timestamptz'],
  ['updated_by', 'int4'],
  ['version', 'int4'],
];

const TIERS: Tier[] = ['tech_sme', 'provincial_innovative', 'high_tech', 'little_giant'];
const TIER_CUM = cumulativeWeights([50, 20, 22, 8]);
const FINAL: Stage[] = [
  'cultivating',
  'applying',
  'recommended',
  'publicizing',
  'certified',
  'rejected',
  'expired',
  'revoked',
];
const FINAL_CUM = cumulativeWeights([12, 8, 5, 4, 45, 10, 12, 4]);
const CERTIFIED_PATH: Stage[] = ['applying', 'recommended', 'publicizing', 'certified'];

/** The moves from 'cultivating' to a final stage, each allowed by STAGE_TRANSITIONS. */
function pathTo(stage: Stage, rng: Rng): Stage[] {
  switch (stage) {
    case 'cultivating':
      return [];
    case 'applying':
    case 'recommended':
    case 'publicizing':
    case 'certified':
      return CERTIFIED_PATH.slice(0, CERTIFIED_PATH.indexOf(stage) + 1);
    case 'rejected':
      return [...CERTIFIED_PATH.slice(0, rng.int(1, 3)), 'rejected'];
    case 'expired':
    case 'revoked':
      return [...CERTIFIED_PATH, stage];
  }
}

/**
 * Qualification records (培育 → 申报 → 推荐 → 公示 → 认定/未通过 → 到期/撤销): each created at 'cultivating' and
 * moved stage by stage as the routes do it, so each record carries a `qualification.create` audit row and a
 * timeline entry, plus one `qualification.stage` audit row (before/after, version +1) and entry per move.
 */
export const qualificationsPart: DataPart = {
  name: 'qualifications',
  description: 'qualification records with their stage history: create + stage audit rows and timeline events',
  pendingReason: async () => null,
  async run(ctx) {
    const rng = ctx.rng.fork('qualifications');
    const n = ctx.scale.qualifications;
    const ents = ctx.enterprises;
    const [{ max }] = await ctx.exec<{ max: number | null }>('select max(id) as max from qualification');
    const [{ max: maxEvt }] = await ctx.exec<{ max: number | null }>('select max(id) as max from enterprise_event');
    let eventId = maxEvt ?? 0;
    const used = new Set<string>();
    const rows: Record<string, unknown>[] = [];
    const events: Record<string, unknown>[] = [];
    let moves = 0;
    const flush = async () => {
      await bulkInsert(ctx.exec, 'qualification', COLUMNS, rows.splice(0));
      await bulkInsert(ctx.exec, 'enterprise_event', EVENT_COLUMNS, events.splice(0));
      await ctx.audit.flush();
    };
    for (let i = 0; i < n; i++) {
      let e;
      let tier: Tier;
      let year: number;
      do {
        e = ents[rng.int(0, ents.length - 1)];
        tier = rng.weighted(TIERS, TIER_CUM);
        year = rng.int(2021, 2024);
      } while (used.has(`${e.id}/${tier}/${year}`));
      used.add(`${e.id}/${tier}/${year}`);
      const final = rng.weighted(FINAL, FINAL_CUM);
      const id = (max ?? 0) + i + 1;
      let when = at(`${year}-01-10`, rng.int(0, 120), i % 3_600);
      const row: Record<string, unknown> = {
        id,
        enterprise_id: e.id,
        region_code: e.regionCode,
        tier,
        year,
        batch: rng.chance(0.6) ? `${year}年第${rng.int(1, 3)}批` : null,
        stage: 'cultivating',
        certificate_no: null,
        applied_on: null,
        certified_on: null,
        valid_until: null,
        remark: null,
        created_at: when,
        created_by: ctx.actor.id,
        updated_at: when,
        updated_by: ctx.actor.id,
        version: 1,
      };
      ctx.audit.add(ctx.actor, {
        at: when,
        action: 'qualification.create',
        objectType: 'qualification',
        objectId: id,
        regionCode: e.regionCode,
        after: row,
      });
      events.push({
        id: ++eventId,
        enterprise_id: e.id,
        region_code: e.regionCode,
        at: when,
        module: 'qualification',
        kind: 'created',
        title: `${TIER_LABELS[tier]}（${year}）：${STAGE_LABELS.cultivating}`,
        detail: null,
        actor_id: ctx.actor.id,
        actor_name: ctx.actor.name,
        ref_type: 'qualification',
        ref_id: id,
      });
      let current = row;
      for (const to of pathTo(final, rng)) {
        when = new Date(when.getTime() + rng.int(15, 90) * 86_400_000);
        const on = isoDate(when);
        const moveAt = new Date(`${on}T12:00:00+08:00`);
        const reason =
          to === 'rejected' || to === 'revoked' ? (to === 'rejected' ? '评审未通过' : '核查发现不符合条件') : null;
        const next: Record<string, unknown> = {
          ...current,
          stage: to,
          version: Number(current.version) + 1,
          updated_at: when,
          updated_by: ctx.actor.id,
        };
        if (to === 'applying') next.applied_on = on;
        if (to === 'certified') {
          next.certified_on = on;
          next.valid_until = validUntil(tier, on);
          next.certificate_no =
            tier === 'high_tech'
              ? `GR${year}62${String(id).padStart(6, '0')}`
              : `${year}62${String(id).padStart(7, '0')}`;
        }
        ctx.audit.add(ctx.actor, {
          at: when,
          action: 'qualification.stage',
          objectType: 'qualification',
          objectId: id,
          regionCode: e.regionCode,
          before: current,
          after: next,
          details: { reason },
        });
        events.push({
          id: ++eventId,
          enterprise_id: e.id,
          region_code: e.regionCode,
          at: moveAt,
          module: 'qualification',
          kind: `stage-${to}`,
          title: `${TIER_LABELS[tier]}（${year}）：${STAGE_LABELS[current.stage as Stage]} → ${STAGE_LABELS[to]}`,
          detail: reason ?? (to === 'certified' ? `有效期至 ${String(next.valid_until)}` : null),
          actor_id: ctx.actor.id,
          actor_name: ctx.actor.name,
          ref_type: 'qualification',
          ref_id: id,
        });
        current = next;
        moves++;
      }
      if (current.stage === 'certified' || current.stage === 'expired') (e.tiers ??= new Set()).add(tier);
      rows.push(current);
      if (rows.length >= 5_000) await flush();
    }
    await flush();
    // As refreshQualificationTiers does per enterprise in the product: the tiers each enterprise has records of.
    await ctx.exec(`update enterprise e set qualification_tiers = t.tiers
      from (select enterprise_id, array_agg(distinct tier order by tier) as tiers from qualification group by enterprise_id) t
      where t.enterprise_id = e.id`);
    await syncSequence(ctx.exec, 'qualification');
    await syncSequence(ctx.exec, 'enterprise_event');
    return { rows: { qualification: n, qualification_moves: moves, enterprise_event: n + moves } };
  },
};
