import type { Kysely } from 'kysely';
import {
  AWARD_LEVEL_LABELS,
  competitionDisplayName,
  factLink,
  type AwardLevel,
  type FactUnit,
  type ReportFact,
} from '@kechuang/domain';
import type { DB } from '../../platform/db/schema';
import type { FactsQuery } from '../../platform/module-kit/module';
import { dictLabels } from './award-region';
import { entriesInPeriod, winnersInPeriod } from './award-facts.repository';
import { nomineeLabel } from './award-events';

type Named = { id: number; nominee_kind: string; unit_name: string | null; person_name: string | null };

/** Groups rows by a key, keeping the first-seen order. */
function groupBy<T>(rows: T[], key: (r: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const r of rows) groups.set(key(r), [...(groups.get(key(r)) ?? []), r]);
  return groups;
}

/** 家 for units, 人 for persons, 个 when both are counted together. */
const unitOf = (rows: Named[], together: FactUnit = '个'): FactUnit =>
  rows.every((r) => r.nominee_kind === 'unit')
    ? '家'
    : rows.every((r) => r.nominee_kind === 'person')
      ? '人'
      : together;

function fact(
  key: string,
  label: string,
  rows: Named[],
  dims: Record<string, string>,
  type: string,
  path: string,
  unit: FactUnit,
): ReportFact {
  const ids = rows.map((r) => r.id);
  return {
    key,
    module: 'award',
    label,
    value: String(rows.length),
    unit,
    dimensions: dims,
    recordType: type,
    recordIds: ids,
    recordNames: rows.map(nomineeLabel),
    link: factLink(path, ids),
  };
}

/**
 * What the report says about awards and competitions in a period (docs/architecture.md §2.4): the winners whose
 * result was announced in it — units and persons together ("8家企事业单位及个人获奖"), by kind, by level and by
 * programme — and per competition the entries made and the awards won in it, each with the records behind it.
 */
export async function awardFacts(db: Kysely<DB>, q: FactsQuery): Promise<ReportFact[]> {
  const facts: ReportFact[] = [];
  const winners = await winnersInPeriod(db, q.scopePrefix, q.from, q.to);
  const won = (key: string, label: string, rows: Named[], dims: Record<string, string>, unit: FactUnit) =>
    facts.push(fact(key, label, rows, dims, 'award_nomination', '/award/nominations', unit));
  if (winners.length) {
    won('award.winners', '获奖企事业单位及个人', winners, {}, unitOf(winners, '家'));
    for (const [kind, rows] of groupBy(winners, (w) => w.nominee_kind)) {
      won('award.winners-by-kind', kind === 'person' ? '获奖个人' : '获奖企事业单位', rows, { kind }, unitOf(rows));
    }
    for (const [level, rows] of groupBy(winners, (w) => w.level)) {
      const label = `${AWARD_LEVEL_LABELS[level as AwardLevel] ?? level}奖励获奖单位及个人`;
      won('award.winners-by-level', label, rows, { level }, unitOf(rows, '家'));
    }
    for (const [, rows] of groupBy(winners, (w) => String(w.programme_id))) {
      const p = rows[0];
      const dims = { programmeId: String(p.programme_id), year: String(p.year), level: p.level };
      won('award.winners-by-programme', `${p.programme_name}获奖单位及个人`, rows, dims, unitOf(rows, '家'));
    }
  }

  const entries = await entriesInPeriod(db, q.scopePrefix, q.from, q.to);
  const grades = await dictLabels(db, 'award_grade');
  const inPeriod = (d: string | null) => d !== null && d >= q.from && d <= q.to;
  for (const [, rows] of groupBy(entries, (e) => String(e.competition_id))) {
    const c = rows[0];
    const name = competitionDisplayName(c);
    const dims = { competitionId: String(c.competition_id), year: String(c.year), level: c.level };
    const entered = rows.filter((e) => inPeriod(e.entered_on));
    if (entered.length) {
      facts.push(
        fact(
          'award.competition-entries',
          `参加${name}`,
          entered,
          dims,
          'award_entry',
          '/award/entries',
          unitOf(entered),
        ),
      );
    }
    const awarded = rows.filter((e) => inPeriod(e.awarded_on));
    if (awarded.length) {
      facts.push(
        fact(
          'award.competition-awards',
          `${name}获奖`,
          awarded,
          dims,
          'award_entry',
          '/award/entries',
          unitOf(awarded),
        ),
      );
      for (const [award, byAward] of groupBy(awarded, (e) => e.award!)) {
        const label = `${name}获${grades.get(award) ?? award}`;
        facts.push(
          fact(
            'award.competition-awards-by-award',
            label,
            byAward,
            { ...dims, award },
            'award_entry',
            '/award/entries',
            unitOf(byAward),
          ),
        );
      }
    }
  }
  return facts;
}
