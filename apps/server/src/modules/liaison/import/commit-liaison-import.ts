import type { Transaction } from 'kysely';
import { writeAudit, type Actor } from '../../../platform/audit/audit.writer';
import type { DB } from '../../../platform/db/schema';
import type { ImportedFile } from '../../../platform/excel-import/excel-import';
import type { ResolvedLiaisonRow } from './check-liaison-import';

const CHUNK = 500;

/**
 * Writes a checked import in the kit's transaction: multi-row inserts of up to 500 rows, one audit row per chunk
 * and region with every row written (the file named by its SHA-256).
 */
export async function commitLiaisonImport(
  trx: Transaction<DB>,
  actor: Actor,
  rows: ResolvedLiaisonRow[],
  file: ImportedFile,
  progress: (rowsWritten: number) => Promise<void>,
): Promise<{ created: number }> {
  let created = 0;
  for (let i = 0; i < rows.length; i += CHUNK) {
    const chunk = rows.slice(i, i + CHUNK);
    const inserted = await trx
      .insertInto('liaison_record')
      .values(
        chunk.map((r) => ({
          region_code: r.regionCode,
          name: r.row.name,
          recorded_on: r.row.recordedOn,
          amount: r.row.amount ?? null,
          remark: r.row.remark ?? null,
          created_by: actor.id,
          updated_by: actor.id,
        })),
      )
      .returningAll()
      .execute();
    // One audit row per region of the chunk: each region's rows go to that region's chain.
    for (const regionCode of new Set(inserted.map((r) => r.region_code))) {
      const mine = inserted.filter((r) => r.region_code === regionCode);
      await writeAudit(trx, actor, {
        action: 'liaison.import',
        objectType: 'liaison_record',
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
