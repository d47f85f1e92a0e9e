import type { Transaction } from 'kysely';
import { NOMINATION_STATE_LABELS } from '@kechuang/domain';
import { writeAudit, type Actor } from '../../../platform/audit/audit.writer';
import type { DB } from '../../../platform/db/schema';
import type { ImportedFile } from '../../../platform/excel-import/excel-import';
import { awardTimelineEvent, nomineeLabel } from '../award-events';
import type { ResolvedResultRow } from './check-award-result-import';

const CHUNK = 500;

/**
 * Writes a checked results sheet in the kit's transaction: multi-row inserts of the nominations, their history
 * (推荐, and the result when given) and the enterprises' timeline events, with one audit row per chunk and region.
 */
export async function commitAwardResultImport(
  trx: Transaction<DB>,
  actor: Actor,
  rows: ResolvedResultRow[],
  file: ImportedFile,
  progress: (rowsWritten: number) => Promise<void>,
): Promise<{ created: number; awarded: number }> {
  let created = 0;
  let awarded = 0;
  for (let i = 0; i < rows.length; i += CHUNK) {
    const chunk = rows.slice(i, i + CHUNK);
    const inserted = await trx
      .insertInto('award_nomination')
      .values(
        chunk.map(({ row: r, programme, enterpriseId }) => ({
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
          state: r.state,
          grade: r.state === 'awarded' ? (r.grade ?? null) : null,
          rank: r.state === 'awarded' ? (r.rank ?? null) : null,
          announced_on: r.state === 'nominated' ? null : (r.announcedOn ?? null),
          created_by: actor.id,
          updated_by: actor.id,
        })),
      )
      .returningAll()
      .execute();
    const programmeName = new Map(chunk.map((c) => [c.programme.id, c.programme.name]));
    const history = inserted.flatMap((n) => [
      { from_state: null, to_state: 'nominated', n },
      ...(n.state === 'nominated' ? [] : [{ from_state: 'nominated', to_state: n.state, n }]),
    ]);
    await trx
      .insertInto('award_history')
      .values(
        history.map((h) => ({
          region_code: h.n.region_code,
          subject: 'nomination' as const,
          subject_id: h.n.id,
          from_state: h.from_state,
          to_state: h.to_state,
          detail: `Excel 导入（${file.name}）`,
          actor_id: actor.id,
          actor_name: actor.name,
        })),
      )
      .execute();
    for (const regionCode of new Set(inserted.map((r) => r.region_code))) {
      const mine = inserted.filter((r) => r.region_code === regionCode);
      const events = mine.flatMap((n) =>
        awardTimelineEvent(trx, actor, n, {
          kind: n.state === 'awarded' ? 'award-won' : 'award-nominated',
          title: `${programmeName.get(n.programme_id)}：${nomineeLabel(n)}${NOMINATION_STATE_LABELS[n.state as 'nominated']}`,
          detail: n.title,
          ref: { type: 'award_nomination', id: n.id },
        }),
      );
      await writeAudit(
        trx,
        actor,
        {
          action: 'award.nomination.import',
          objectType: 'award_nomination',
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
    created += inserted.length;
    awarded += inserted.filter((n) => n.state === 'awarded').length;
    await progress(i + chunk.length);
  }
  return { created, awarded };
}
