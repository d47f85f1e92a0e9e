import type { Transaction } from 'kysely';
import { initialHistory, type TechPlatformState } from '@kechuang/domain';
import { writeAudit, type Actor } from '../../../platform/audit/audit.writer';
import type { DB } from '../../../platform/db/schema';
import type { ImportedFile } from '../../../platform/excel-import/excel-import';
import type { ResolvedTechPlatformRow } from './check-tech-platform-import';

const CHUNK = 500;

/**
 * Writes a checked import in the kit's transaction: multi-row inserts of up to 500 platforms with their
 * history from their dates, one audit row per chunk and region with every row written (the file named by its SHA-256).
 */
export async function commitTechPlatformImport(
  trx: Transaction<DB>,
  actor: Actor,
  rows: ResolvedTechPlatformRow[],
  file: ImportedFile,
  progress: (rowsWritten: number) => Promise<void>,
): Promise<{ created: number }> {
  let created = 0;
  for (let i = 0; i < rows.length; i += CHUNK) {
    const chunk = rows.slice(i, i + CHUNK);
    const inserted = await trx
      .insertInto('tech_platform')
      .values(
        chunk.map(({ row: r, regionCode, enterpriseId }) => ({
          region_code: regionCode,
          name: r.name,
          kind: r.kind,
          level: r.level,
          status: r.status,
          enterprise_id: enterpriseId,
          operator_name: enterpriseId ? null : r.operator,
          field: r.field ?? null,
          industry: r.industry ?? null,
          address: r.address ?? null,
          site_area: r.siteArea ?? null,
          staff_count: r.staffCount ?? null,
          preparing_from: r.preparingFrom ?? null,
          established_on: r.establishedOn ?? null,
          recognized_on: r.recognizedOn ?? null,
          document_no: r.documentNo ?? null,
          created_by: actor.id,
          updated_by: actor.id,
        })),
      )
      .returningAll()
      .execute();
    await trx
      .insertInto('tech_platform_history')
      .values(
        inserted.flatMap((p) =>
          initialHistory({
            status: p.status as TechPlatformState,
            preparingFrom: p.preparing_from,
            establishedOn: p.established_on,
            recognizedOn: p.recognized_on,
          }).map((h) => ({
            platform_id: p.id,
            region_code: p.region_code,
            from_state: h.from,
            to_state: h.to,
            on_date: h.on,
            actor_id: actor.id,
            actor_name: actor.name,
          })),
        ),
      )
      .execute();
    // One audit row per region of the chunk: each region's rows go to that region's chain.
    for (const regionCode of new Set(inserted.map((r) => r.region_code))) {
      const mine = inserted.filter((r) => r.region_code === regionCode);
      await writeAudit(trx, actor, {
        action: 'tech-platform.import',
        objectType: 'tech_platform',
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
