import type { Kysely } from 'kysely';
import {
  ALLIANCE_KIND,
  TECH_PLATFORM_STATE_LABELS,
  factLink,
  type ReportFact,
  type TechPlatformState,
} from '@kechuang/domain';
import type { DB } from '../../platform/db/schema';
import type { FactsQuery } from '../../platform/module-kit/module';
import { platformsWithHistory, type PlatformForFacts } from './facts.repository';

const LINK = '/tech-platform/platforms';

/** The status a platform had on a day, from its history (undefined before it was registered). */
function statusOn(p: PlatformForFacts, day: string): TechPlatformState | undefined {
  let state: TechPlatformState | undefined;
  for (const h of p.history) if (h.on_date <= day) state = h.to_state as TechPlatformState;
  return state;
}

/** Whether a platform was in preparation at some time within [from, to]. */
function preparingWithin(p: PlatformForFacts, from: string, to: string): boolean {
  return p.history.some((h, i) => {
    if (h.to_state !== 'preparing' || h.on_date > to) return false;
    const next = p.history[i + 1];
    return !next || next.on_date >= from;
  });
}

function fact(key: string, label: string, dimensions: Record<string, string>, rows: PlatformForFacts[]): ReportFact {
  const ids = rows.map((r) => r.id);
  return {
    key,
    module: 'tech-platform',
    label,
    value: String(rows.length),
    unit: '个',
    dimensions,
    recordType: 'tech_platform',
    recordIds: ids,
    recordNames: rows.map((r) => r.name),
    link: factLink(LINK, ids),
  };
}

/** Groups rows by a key, in first-seen order. */
function groupBy<T>(rows: T[], key: (r: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const r of rows) out.set(key(r), [...(out.get(key(r)) ?? []), r]);
  return out;
}

/**
 * What the module states for the report (docs/architecture.md §2.4), in the region asked:
 * - `tech-platform.platforms`: the platforms as they stood at the period's end, by kind, level and status;
 * - `tech-platform.new`: platforms formed (成立/组建) or recognised (认定) in the period, by kind;
 * - `tech-platform.preparing`: platforms in preparation (筹备) during the period, by kind (筹备建设…);
 * - `tech-platform.alliances`: 产业技术创新联盟 formed in the period (组建…联盟).
 */
export async function techPlatformFacts(db: Kysely<DB>, q: FactsQuery): Promise<ReportFact[]> {
  const all = await platformsWithHistory(db, q.scopePrefix);
  const facts: ReportFact[] = [];
  const standing = all.filter((p) => statusOn(p, q.to) !== undefined);
  const byKindLevelStatus = groupBy(standing, (p) => `${p.kind}|${p.level}|${statusOn(p, q.to)}`);
  for (const [k, rows] of byKindLevelStatus) {
    const [kind, level, status] = k.split('|');
    const { kind_label, level_label } = rows[0];
    const label = `${kind_label ?? kind}（${level_label ?? level}级，${TECH_PLATFORM_STATE_LABELS[status as TechPlatformState]}）`;
    facts.push(fact('tech-platform.platforms', label, { kind, level, status }, rows));
  }
  const inPeriod = (d: string | null) => !!d && d >= q.from && d <= q.to;
  const fresh = all.filter((p) => inPeriod(p.established_on) || inPeriod(p.recognized_on));
  for (const [kind, rows] of groupBy(fresh, (p) => p.kind)) {
    facts.push(fact('tech-platform.new', `新建（认定）${rows[0].kind_label ?? kind}`, { kind }, rows));
  }
  const preparing = all.filter((p) => preparingWithin(p, q.from, q.to));
  for (const [kind, rows] of groupBy(preparing, (p) => p.kind)) {
    facts.push(fact('tech-platform.preparing', `筹备建设${rows[0].kind_label ?? kind}`, { kind }, rows));
  }
  const alliances = all.filter((p) => p.kind === ALLIANCE_KIND && inPeriod(p.established_on));
  if (alliances.length) facts.push(fact('tech-platform.alliances', '组建产业技术创新联盟', {}, alliances));
  return facts;
}
