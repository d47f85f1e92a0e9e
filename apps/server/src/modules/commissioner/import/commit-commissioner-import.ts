import type { Transaction } from 'kysely';
import { chinaToday } from '@kechuang/domain';
import { writeAudit, type Actor } from '../../../platform/audit/audit.writer';
import { personalData } from '../../../platform/crypto/personal-data';
import type { DB } from '../../../platform/db/schema';
import type { ImportedFile } from '../../../platform/excel-import/excel-import';
import { auditedRow } from '../audited-row';
import type { ResolvedCommissionerRow } from './check-commissioner-import';

const CHUNK = 500;

/**
 * Writes a checked import in the kit's transaction: multi-row inserts (ID numbers sealed) with their first history
 * rows, one audit row per chunk and region with every row written (without the sealed number).
 */
export async function commitCommissionerImport(
  trx: Transaction<DB>,
  actor: Actor,
  rows: ResolvedCommissionerRow[],
  file: ImportedFile,
  progress: (rowsWritten: number) => Promise<void>,
): Promise<{ created: number }> {
  const cipher = personalData();
  const today = chinaToday();
  let created = 0;
  for (let i = 0; i < rows.length; i += CHUNK) {
    const chunk = rows.slice(i, i + CHUNK);
    const inserted = await trx
      .insertInto('commissioner')
      .values(
        chunk.map(({ row: r, regionCode, termEnd, digest }) => ({
          region_code: regionCode,
          name: r.name,
          gender: r.gender,
          birth_date: r.birthDate,
          id_number_sealed: cipher.seal(r.idNumber),
          id_number_digest: digest,
          phone: r.phone ?? null,
          education: r.education ?? null,
          title: r.title ?? null,
          title_level: r.titleLevel,
          speciality: r.speciality ?? null,
          field: r.field ?? null,
          unit_name: r.unitName,
          unit_kind: r.unitKind,
          level: r.level,
          batch: r.batch,
          term_start: r.termStart,
          term_end: termEnd,
          team_name: r.teamName ?? null,
          remark: r.remark ?? null,
          created_by: actor.id,
          updated_by: actor.id,
        })),
      )
      .returningAll()
      .execute();
    await trx
      .insertInto('commissioner_history')
      .values(
        inserted.map((c) => ({
          commissioner_id: c.id,
          region_code: c.region_code,
          from_state: null,
          to_state: 'applied',
          on_date: today,
          reason: 'Excel 导入',
          actor_id: actor.id,
          actor_name: actor.name,
        })),
      )
      .execute();
    for (const regionCode of new Set(inserted.map((r) => r.region_code))) {
      const mine = inserted.filter((r) => r.region_code === regionCode);
      await writeAudit(trx, actor, {
        action: 'commissioner.import',
        objectType: 'commissioner',
        regionCode,
        after: mine.map(auditedRow),
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
