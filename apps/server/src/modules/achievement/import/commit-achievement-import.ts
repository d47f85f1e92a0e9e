import type { Transaction } from 'kysely';
import { writeAudit, type Actor } from '../../../platform/audit/audit.writer';
import type { DB } from '../../../platform/db/schema';
import type { ImportedFile } from '../../../platform/excel-import/excel-import';
import type { ResolvedAchievementRow } from './check-achievement-import';

const CHUNK = 500;

/**
 * Writes a checked import in the kit's transaction as registrations already made (已登记): multi-row inserts of up
 * to 500 rows, a history row and (for an enterprise) a timeline entry each, and one audit row per chunk and region
 * (the file named by its SHA-256).
 */
export async function commitAchievementImport(
  trx: Transaction<DB>,
  actor: Actor,
  rows: ResolvedAchievementRow[],
  file: ImportedFile,
  progress: (rowsWritten: number) => Promise<void>,
): Promise<{ created: number }> {
  let created = 0;
  for (let i = 0; i < rows.length; i += CHUNK) {
    const chunk = rows.slice(i, i + CHUNK);
    const inserted = await trx
      .insertInto('achievement')
      .values(
        chunk.map(({ row: r, unit }) => ({
          region_code: unit.regionCode,
          enterprise_id: unit.enterpriseId,
          first_unit_name: unit.name,
          name: r.name,
          category: r.category,
          other_units: JSON.stringify(r.otherUnits),
          completers: JSON.stringify(r.completers.map((c) => ({ ...c, unit: null, title: null }))),
          research_start: r.researchStart,
          research_end: r.researchEnd,
          attribute: r.attribute,
          keywords: JSON.stringify(r.keywords),
          level: r.level,
          stage: r.stage,
          evaluation: r.evaluation,
          intellectual_property: r.intellectualProperty || null,
          abstract: r.abstract,
          status: 'registered',
          registration_no: r.registrationNo,
          registered_on: r.registeredOn,
          created_by: actor.id,
          updated_by: actor.id,
        })),
      )
      .returningAll()
      .execute();
    await trx
      .insertInto('achievement_transition')
      .values(
        inserted.map((a) => ({
          region_code: a.region_code,
          achievement_id: a.id,
          from_state: null,
          to_state: 'registered',
          actor_id: actor.id,
          actor_name: actor.name,
          comment: `历史登记导入（${file.name}）`,
        })),
      )
      .execute();
    // The first completing unit's timeline shows each registration it made, on its 登记日期.
    const timeline = inserted.filter((a) => a.enterprise_id !== null);
    if (timeline.length > 0) {
      await trx
        .insertInto('enterprise_event')
        .values(
          timeline.map((a) => ({
            enterprise_id: a.enterprise_id!,
            region_code: a.region_code,
            at: new Date(`${a.registered_on}T12:00:00+08:00`),
            module: 'achievement',
            kind: 'achievement-registered',
            title: `科技成果登记“${a.name}”：已登记`.slice(0, 200),
            detail: `登记号 ${a.registration_no}（历史登记导入）`,
            actor_id: actor.id,
            actor_name: actor.name,
            ref_type: 'achievement',
            ref_id: a.id,
          })),
        )
        .execute();
    }
    // One audit row per region of the chunk: each region's rows go to that region's chain.
    for (const regionCode of new Set(inserted.map((r) => r.region_code))) {
      const mine = inserted.filter((r) => r.region_code === regionCode);
      await writeAudit(trx, actor, {
        action: 'achievement.import',
        objectType: 'achievement',
        regionCode,
        after: mine,
        details: {
          file: file.name,
          sha256: file.sha256,
          rows: `${chunk[0].rowNumber}-${chunk[chunk.length - 1].rowNumber}`,
          created: mine.length,
        },
      });
    }
    created += inserted.length;
    await progress(i + chunk.length);
  }
  return { created };
}
