import type { Transaction } from 'kysely';
import { writeAudit, type Actor } from '../../../platform/audit/audit.writer';
import type { DB } from '../../../platform/db/schema';
import type { ImportedFile } from '../../../platform/excel-import/excel-import';
import { enterpriseEventInsert } from '../../enterprise/timeline';
import type { ResolvedCoopProjectRow } from './check-coop-project-import';

const CHUNK = 500;

/**
 * Writes a checked import in the kit's transaction: multi-row inserts of up to 500 projects (status 签约), their
 * first history rows and the enterprises' timeline events, one audit row per chunk and region (the file named by
 * its SHA-256) with the chunk's history and timeline rows sent alongside.
 */
export async function commitCoopProjectImport(
  trx: Transaction<DB>,
  actor: Actor,
  rows: ResolvedCoopProjectRow[],
  file: ImportedFile,
  progress: (rowsWritten: number) => Promise<void>,
): Promise<{ created: number }> {
  let created = 0;
  for (let i = 0; i < rows.length; i += CHUNK) {
    const chunk = rows.slice(i, i + CHUNK);
    const inserted = await trx
      .insertInto('cooperation_project')
      .values(
        chunk.map((r) => ({
          region_code: r.regionCode,
          name: r.row.name,
          enterprise_id: r.enterprise.id,
          partner_id: r.partner.id,
          field: r.row.field,
          start_on: r.row.startOn,
          end_on: r.row.endOn,
          enterprise_amount: r.row.enterpriseAmount ?? null,
          partner_amount: r.row.partnerAmount ?? null,
          government_amount: r.row.governmentAmount ?? null,
          content: r.row.content ?? null,
          created_by: actor.id,
          updated_by: actor.id,
        })),
      )
      .returningAll()
      .execute();
    const partnerOf = new Map(chunk.map((r, k) => [inserted[k].id, r.partner.name]));
    for (const regionCode of new Set(inserted.map((r) => r.region_code))) {
      const mine = inserted.filter((r) => r.region_code === regionCode);
      const history = trx.insertInto('cooperation_history').values(
        mine.map((p) => ({
          region_code: p.region_code,
          subject: 'project' as const,
          subject_id: p.id,
          from_state: null,
          to_state: 'signed',
          actor_id: actor.id,
          actor_name: actor.name,
          reason: `Excel 导入：${file.name}`,
        })),
      );
      const events = mine.map((p) =>
        enterpriseEventInsert(trx, actor, {
          enterpriseId: p.enterprise_id,
          regionCode: p.region_code,
          module: 'cooperation',
          kind: 'project-signed',
          title: `签订合作项目：${p.name}`,
          detail: `合作院所：${partnerOf.get(p.id)}；${p.start_on} 至 ${p.end_on}（Excel 导入）`,
          ref: { type: 'cooperation_project', id: p.id },
        }),
      );
      await writeAudit(
        trx,
        actor,
        {
          action: 'cooperation.project.import',
          objectType: 'cooperation_project',
          regionCode,
          after: mine,
          details: {
            file: file.name,
            sha256: file.sha256,
            rows: `${chunk[0].rowNumber}-${chunk[chunk.length - 1].rowNumber}`,
            created: mine.length,
          },
        },
        { alongside: [history, ...events] },
      );
    }
    created += inserted.length;
    await progress(i + chunk.length);
  }
  return { created };
}
