import type { Selectable, Transaction } from 'kysely';
import { NOMINATION_STATE_LABELS, type NominationState } from '@kechuang/domain';
import { writeAudit, type Actor } from '../../../platform/audit/audit.writer';
import type { DB } from '../../../platform/db/schema';
import { AppError } from '../../../platform/errors';
import type { ImportedFile } from '../../../platform/excel-import/excel-import';
import { awardTimelineEvent, nomineeLabel } from '../award-events';
import type { AwardNominationTable } from '../award.tables';
import type { ResolvedResultRow } from './check-award-result-import';

const CHUNK = 500;
type Nomination = Selectable<AwardNominationTable>;

const resultOf = (r: ResolvedResultRow['row']) => ({
  state: r.state,
  grade: r.state === 'awarded' ? (r.grade ?? null) : null,
  rank: r.state === 'awarded' ? (r.rank ?? null) : null,
  announced_on: r.state === 'nominated' ? null : (r.announcedOn ?? null),
});

/** New nominations of a chunk (with their result when given), one multi-row insert. */
async function insertNominations(trx: Transaction<DB>, actor: Actor, rows: ResolvedResultRow[]) {
  if (!rows.length) return [];
  return trx
    .insertInto('award_nomination')
    .values(
      rows.map(({ row: r, programme, enterpriseId }) => ({
        region_code: programme.region_code,
        programme_id: programme.id,
        category: r.category,
        nominee_kind: r.nomineeKind,
        enterprise_id: enterpriseId,
        unit_name: r.unitName ?? null,
        person_name: r.nomineeKind === 'person' ? (r.personName ?? null) : null,
        contact_phone: r.nomineeKind === 'person' ? (r.contactPhone ?? null) : null,
        title: r.title ?? null,
        nominated_on: r.nominatedOn,
        ...resultOf(r),
        created_by: actor.id,
        updated_by: actor.id,
      })),
    )
    .returningAll()
    .execute();
}

/**
 * The results a chunk brings to nominations already recorded: each still 推荐 when written (locked; one decided
 * since the check fails the whole import, naming its row), moved with its version like an edit.
 */
async function recordResults(trx: Transaction<DB>, actor: Actor, rows: ResolvedResultRow[]) {
  const changed: { before: Nomination; after: Nomination }[] = [];
  for (const { row, existing, rowNumber } of rows) {
    const before = await trx
      .selectFrom('award_nomination')
      .selectAll()
      .where('id', '=', existing!.id)
      .where('state', '=', 'nominated')
      .forUpdate()
      .executeTakeFirst();
    if (!before) throw new AppError('CONFLICT', `第 ${rowNumber} 行：该推荐的评选结果已由他人登记，请核对后重新上传`);
    const after = await trx
      .updateTable('award_nomination')
      .set({ ...resultOf(row), version: before.version + 1, updated_at: new Date(), updated_by: actor.id })
      .where('id', '=', before.id)
      .returningAll()
      .executeTakeFirstOrThrow();
    changed.push({ before, after });
  }
  return changed;
}

/**
 * Writes a checked results sheet in the kit's transaction: new nominations by multi-row inserts, results of
 * recorded ones as versioned updates, their history (推荐, then the result) and the enterprises' timeline events,
 * with one audit row per chunk and region.
 */
export async function commitAwardResultImport(
  trx: Transaction<DB>,
  actor: Actor,
  rows: ResolvedResultRow[],
  file: ImportedFile,
  progress: (rowsWritten: number) => Promise<void>,
): Promise<{ created: number; resulted: number; awarded: number }> {
  const totals = { created: 0, resulted: 0, awarded: 0 };
  for (let i = 0; i < rows.length; i += CHUNK) {
    const chunk = rows.slice(i, i + CHUNK);
    const inserted = await insertNominations(
      trx,
      actor,
      chunk.filter((r) => !r.existing),
    );
    const changed = await recordResults(
      trx,
      actor,
      chunk.filter((r) => r.existing),
    );
    const programmeName = new Map(chunk.map((c) => [c.programme.id, c.programme.name]));
    const moves = [
      ...inserted.flatMap((n) => [
        { n, from: null, to: 'nominated' },
        ...(n.state === 'nominated' ? [] : [{ n, from: 'nominated', to: n.state }]),
      ]),
      ...changed.map(({ after }) => ({ n: after, from: 'nominated', to: after.state })),
    ];
    if (moves.length) {
      await trx
        .insertInto('award_history')
        .values(
          moves.map((m) => ({
            region_code: m.n.region_code,
            subject: 'nomination' as const,
            subject_id: m.n.id,
            from_state: m.from,
            to_state: m.to,
            detail: `Excel 导入（${file.name}）`,
            actor_id: actor.id,
            actor_name: actor.name,
          })),
        )
        .execute();
    }
    const written = [...inserted, ...changed.map((c) => c.after)];
    for (const regionCode of new Set(written.map((r) => r.region_code))) {
      const mine = written.filter((r) => r.region_code === regionCode);
      const events = mine.flatMap((n) =>
        awardTimelineEvent(trx, actor, n, {
          kind: n.state === 'awarded' ? 'award-won' : n.state === 'not_awarded' ? 'award-not-won' : 'award-nominated',
          title: `${programmeName.get(n.programme_id)}：${nomineeLabel(n)}${NOMINATION_STATE_LABELS[n.state as NominationState]}`,
          detail: n.title,
          ref: { type: 'award_nomination', id: n.id },
        }),
      );
      const before = changed.filter((c) => c.before.region_code === regionCode).map((c) => c.before);
      await writeAudit(
        trx,
        actor,
        {
          action: 'award.nomination.import',
          objectType: 'award_nomination',
          regionCode,
          before: before.length ? before : undefined,
          after: mine,
          details: {
            file: file.name,
            sha256: file.sha256,
            rows: `${chunk[0].rowNumber}-${chunk[chunk.length - 1].rowNumber}`,
            created: inserted.filter((r) => r.region_code === regionCode).length,
            resulted: before.length,
          },
        },
        { alongside: events },
      );
    }
    totals.created += inserted.length;
    totals.resulted += changed.length;
    totals.awarded += written.filter((n) => n.state === 'awarded').length;
    await progress(i + chunk.length);
  }
  return totals;
}
