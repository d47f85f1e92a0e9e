import type { Transaction } from 'kysely';
import { COMPETITION_STAGE_CODES, type CompetitionStage } from '@kechuang/domain';
import { writeAudit, type Actor } from '../../../platform/audit/audit.writer';
import type { DB } from '../../../platform/db/schema';
import type { ImportedFile } from '../../../platform/excel-import/excel-import';
import { awardTimelineEvent, nomineeLabel } from '../award-events';
import type { ResolvedEntryRow } from './check-entry-import';

const CHUNK = 500;

/**
 * Writes a checked entries sheet in the kit's transaction: multi-row inserts of the entries at the stage reached,
 * their history (报名, each stage after it, the award) and the enterprises' timeline events, with one audit row per
 * chunk and region.
 */
export async function commitEntryImport(
  trx: Transaction<DB>,
  actor: Actor,
  rows: ResolvedEntryRow[],
  file: ImportedFile,
  progress: (rowsWritten: number) => Promise<void>,
): Promise<{ created: number; awarded: number }> {
  const totals = { created: 0, awarded: 0 };
  for (let i = 0; i < rows.length; i += CHUNK) {
    const chunk = rows.slice(i, i + CHUNK);
    const inserted = await trx
      .insertInto('award_entry')
      .values(
        chunk.map(({ row: r, competition, enterpriseId }) => ({
          region_code: competition.region_code,
          competition_id: competition.id,
          nominee_kind: r.nomineeKind,
          enterprise_id: enterpriseId,
          unit_name: r.unitName ?? null,
          person_name: r.nomineeKind === 'person' ? (r.personName ?? null) : null,
          contact_phone: r.nomineeKind === 'person' ? (r.contactPhone ?? null) : null,
          project_title: r.projectTitle ?? null,
          entered_on: r.enteredOn,
          stage: r.stage,
          award: r.award ?? null,
          awarded_on: r.award ? (r.awardedOn ?? null) : null,
          created_by: actor.id,
          updated_by: actor.id,
        })),
      )
      .returningAll()
      .execute();
    const nameOf = new Map(chunk.map((c) => [c.competition.id, c.competition.name]));
    // The stages passed on the way to the one reached, as the advance use case would have written them.
    const moves = inserted.flatMap((e) => {
      const path = COMPETITION_STAGE_CODES.slice(0, COMPETITION_STAGE_CODES.indexOf(e.stage as CompetitionStage) + 1);
      const steps = path.map((to, k) => ({ e, from: k === 0 ? null : path[k - 1], to }));
      return e.award ? [...steps, { e, from: e.stage, to: e.award }] : steps;
    });
    await trx
      .insertInto('award_history')
      .values(
        moves.map((m) => ({
          region_code: m.e.region_code,
          subject: 'entry' as const,
          subject_id: m.e.id,
          from_state: m.from,
          to_state: m.to,
          detail: `Excel 导入（${file.name}）`,
          actor_id: actor.id,
          actor_name: actor.name,
        })),
      )
      .execute();
    for (const regionCode of new Set(inserted.map((r) => r.region_code))) {
      const mine = inserted.filter((r) => r.region_code === regionCode);
      const events = mine.flatMap((e) => [
        ...awardTimelineEvent(trx, actor, e, {
          kind: 'competition-entered',
          title: `报名参加${nameOf.get(e.competition_id)}：${nomineeLabel(e)}`,
          detail: e.project_title,
          ref: { type: 'award_entry', id: e.id },
        }),
        ...(e.award
          ? awardTimelineEvent(trx, actor, e, {
              kind: 'competition-award',
              title: `${nameOf.get(e.competition_id)}：${nomineeLabel(e)}获奖`,
              detail: `获奖日期 ${e.awarded_on}`,
              ref: { type: 'award_entry', id: e.id },
            })
          : []),
      ]);
      await writeAudit(
        trx,
        actor,
        {
          action: 'award.entry.import',
          objectType: 'award_entry',
          regionCode,
          after: mine,
          details: {
            file: file.name,
            sha256: file.sha256,
            rows: `${chunk[0].rowNumber}-${chunk[chunk.length - 1].rowNumber}`,
            created: mine.length,
          },
        },
        { alongside: events },
      );
    }
    totals.created += inserted.length;
    totals.awarded += inserted.filter((e) => e.award).length;
    await progress(i + chunk.length);
  }
  return totals;
}
