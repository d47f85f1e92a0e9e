import type { Kysely, Selectable } from 'kysely';
import { checkEligibility, type CommissionerLevelRule, type TEligibility } from '@kechuang/domain';
import type { DB } from '../../platform/db/schema';
import type { CommissionerLevelRuleTable, CommissionerTable } from './commissioner.tables';

export type LevelRuleRow = Selectable<CommissionerLevelRuleTable>;

export async function levelRules(db: Kysely<DB>): Promise<LevelRuleRow[]> {
  const rows = await db.selectFrom('commissioner_level_rule').selectAll().execute();
  const order = ['province', 'city', 'county'];
  return rows.sort((a, b) => order.indexOf(a.level) - order.indexOf(b.level));
}

export async function levelRule(db: Kysely<DB>, level: string): Promise<LevelRuleRow> {
  return db.selectFrom('commissioner_level_rule').selectAll().where('level', '=', level).executeTakeFirstOrThrow();
}

export const toDomainRule = (r: LevelRuleRow): CommissionerLevelRule => ({
  level: r.level,
  maxAge: r.max_age,
  minTitleLevel: r.min_title_level,
  excludedUnitKinds: r.excluded_unit_kinds,
  source: r.source,
});

type Person = Pick<Selectable<CommissionerTable>, 'birth_date' | 'title_level' | 'unit_kind'>;

/**
 * A person's eligibility against the level's rule (docs/rules.md §5.1), on the day given — the appointment day,
 * else the term's start (the day the duty would begin).
 */
export function eligibilityOf(p: Person, rule: LevelRuleRow, on: string): TEligibility {
  const r = checkEligibility(
    { birthDate: p.birth_date, titleLevel: p.title_level, unitKind: p.unit_kind },
    toDomainRule(rule),
    on,
  );
  return { ...r, on };
}

/** The last day of a term of `years` from `start`: 2022-03-01 + 2 → 2024-02-29. */
export function defaultTermEnd(start: string, years: number): string {
  const [y, m, d] = start.split('-').map(Number);
  const next = new Date(Date.UTC(y + years, m - 1, d));
  // 02-29 plus whole years lands on 03-01 in a common year: the term still ends the day before.
  next.setUTCDate(next.getUTCDate() - 1);
  return next.toISOString().slice(0, 10);
}
