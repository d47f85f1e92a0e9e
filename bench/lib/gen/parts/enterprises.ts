import { cumulativeWeights } from '../../prng';
import { namePinyin } from '../../product';
import { address, creditCode, enterpriseName, mobile, personName } from '../names';
import { bulkInsert, syncSequence, type Column } from '../sql';
import { at, isoDate, type County, type DataPart } from '../context';

const TAGS = ['规上企业', '专精特新', '瞪羚企业', '马铃薯', '中医药', '新能源', '数字经济', '外贸'];
const HIGHTECH_DOMAINS = ['01', '02', '03', '04', '05', '06', '07', '08'];

export const ENTERPRISE_COLUMNS: Column[] = [
  ['id', 'int4'],
  ['region_code', 'text'],
  ['township_code', 'text'],
  ['name', 'text'],
  ['unit_kind', 'text'],
  ['name_initials', 'text'],
  ['name_pinyin', 'text'],
  ['credit_code', 'text'],
  ['credit_code_override', 'text'],
  ['industry_code', 'text'],
  ['hightech_domain', 'text'],
  ['founded_on', 'date'],
  ['address', 'text'],
  ['legal_representative', 'text'],
  ['contact_name', 'text'],
  ['contact_phone', 'text'],
  ['tags', 'text[]'],
  ['created_at', 'timestamptz'],
  ['created_by', 'int4'],
  ['updated_at', 'timestamptz'],
  ['updated_by', 'int4'],
  ['version', 'int4'],
];

export const EVENT_COLUMNS: Column[] = [
  ['id', 'int4'],
  ['enterprise_id', 'int4'],
  ['region_code', 'text'],
  ['at', 'timestamptz'],
  ['module', 'text'],
  ['kind', 'text'],
  ['title', 'text'],
  ['detail', 'text'],
  ['actor_id', 'int4'],
  ['actor_name', 'text'],
  ['ref_type', 'text'],
  ['ref_id', 'int4'],
];

/** Weight of a county: Lanzhou's districts hold the most firms, other city districts more than rural counties. */
export function countyWeight(c: County): number {
  if (c.code.startsWith('6201')) return 4;
  return Number(c.code.slice(4)) < 20 ? 2 : 1;
}

/**
 * The register: every enterprise as `createEnterprise` would have written it (valid credit code of its county,
 * a township of that county when the code table has them, a GB/T 4754 class, pinyin for sorting), its
 * 'created' timeline entry and its `enterprise.create` audit row with the row as `after`.
 */
export const enterprisesPart: DataPart = {
  name: 'enterprises',
  description: 'enterprise register + created timeline events + enterprise.create audit rows',
  pendingReason: async () => null,
  async run(ctx) {
    const rng = ctx.rng.fork('enterprises');
    const n = ctx.scale.enterprises;
    const counties = ctx.counties;
    const cum = cumulativeWeights(counties.map(countyWeight));
    const [{ max: maxEnt }] = await ctx.exec<{ max: number | null }>('select max(id) as max from enterprise');
    const [{ max: maxEvt }] = await ctx.exec<{ max: number | null }>('select max(id) as max from enterprise_event');
    let eventId = maxEvt ?? 0;
    const BATCH = 5_000;
    let done = 0;
    for (let start = 0; start < n; start += BATCH) {
      const rows: Record<string, unknown>[] = [];
      const events: Record<string, unknown>[] = [];
      for (let i = start; i < Math.min(n, start + BATCH); i++) {
        const county = rng.weighted(counties, cum);
        const township = county.townships.length && rng.chance(0.7) ? rng.pick(county.townships) : null;
        const name = enterpriseName(rng, county.name);
        const py = namePinyin(name);
        const created = at('2022-01-05', Math.floor((i * 540) / n), (i % 997) * 13);
        const founded = at('1995-01-01', rng.int(0, 28 * 365));
        const kind = rng.next();
        const row = {
          id: (maxEnt ?? 0) + i + 1,
          region_code: county.code,
          township_code: township?.code ?? null,
          name,
          unit_kind: kind < 0.95 ? 'enterprise' : kind < 0.98 ? 'institution' : 'school',
          name_initials: py.initials,
          name_pinyin: py.full,
          credit_code: creditCode(county.code, i),
          credit_code_override: null,
          industry_code: rng.weighted(ctx.industries.codes, ctx.industries.cumulative),
          hightech_domain: rng.chance(0.3) ? rng.pick(HIGHTECH_DOMAINS) : null,
          founded_on: isoDate(founded),
          address: address(rng, county.name, township?.name ?? null),
          legal_representative: personName(rng),
          contact_name: personName(rng),
          contact_phone: mobile(rng),
          tags: rng.chance(0.35) ? [...new Set([rng.pick(TAGS), ...(rng.chance(0.3) ? [rng.pick(TAGS)] : [])])] : [],
          created_at: created,
          created_by: null,
          updated_at: created,
          updated_by: null,
          version: 1,
        };
        rows.push(row);
        ctx.enterprises.push({
          id: row.id,
          regionCode: row.region_code,
          townshipCode: row.township_code,
          industryCode: row.industry_code,
          unitKind: row.unit_kind,
          createdAt: created,
        });
        ctx.audit.add(ctx.actor, {
          at: created,
          action: 'enterprise.create',
          objectType: 'enterprise',
          objectId: row.id,
          regionCode: row.region_code,
          after: row,
        });
        events.push({
          id: ++eventId,
          enterprise_id: row.id,
          region_code: row.region_code,
          at: created,
          module: 'enterprise',
          kind: 'created',
          title: '纳入企业名录',
          detail: null,
          actor_id: ctx.actor.id,
          actor_name: ctx.actor.name,
          ref_type: null,
          ref_id: null,
        });
      }
      await bulkInsert(ctx.exec, 'enterprise', ENTERPRISE_COLUMNS, rows);
      await bulkInsert(ctx.exec, 'enterprise_event', EVENT_COLUMNS, events);
      await ctx.audit.flush();
      done += rows.length;
      if (n >= 20_000 && done % 20_000 === 0) ctx.log(`  enterprises ${done}/${n}`);
    }
    await syncSequence(ctx.exec, 'enterprise');
    await syncSequence(ctx.exec, 'enterprise_event');
    return { rows: { enterprise: n, enterprise_event: n } };
  },
};
