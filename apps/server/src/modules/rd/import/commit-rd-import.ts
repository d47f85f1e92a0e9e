import { formatWanText } from '@kechuang/domain';
import type { Transaction } from 'kysely';
import { writeAudit, type Actor } from '../../../platform/audit/audit.writer';
import type { DB } from '../../../platform/db/schema';
import { updateVersioned } from '../../../platform/db/versioned-update';
import { recordEnterpriseEvent } from '../../enterprise/timeline';
import { columnsOf } from '../rd-columns';
import type { CheckedRdRow } from './check-rd-import';

/**
 * Writes a checked sheet in the caller's transaction: each unit's figures replace what it had (projects are kept),
 * the form becomes 已提交 for staff review, with an audit row and a timeline entry per unit. A unit changed since
 * the check is a version conflict and rolls the whole import back. (No progress writes inside: PGlite has one
 * connection, so a write outside the transaction would wait for it forever.)
 */
export async function commitRdImport(
  trx: Transaction<DB>,
  actor: Actor,
  rows: CheckedRdRow[],
  file: { name: string; sha256: string },
): Promise<{ imported: number }> {
  for (const r of rows) {
    const { before, after } = await updateVersioned<Record<string, unknown>>(trx, {
      table: 'rd_task_unit',
      key: 'id',
      id: r.unitId,
      version: r.version,
      what: `${r.enterpriseName}的研发经费填报`,
      userId: actor.id,
      set: {
        ...columnsOf(r.figures),
        explanations: JSON.stringify(r.explanations),
        status: 'submitted',
        saved_at: new Date(),
        submitted_at: new Date(),
        submitted_by: actor.id,
        filled_by_staff: true,
      },
    });
    await writeAudit(trx, actor, {
      action: 'rd.form.import',
      objectType: 'rd_task_unit',
      objectId: r.unitId,
      regionCode: String(after.region_code),
      before,
      after,
      details: { file: file.name, sha256: file.sha256, row: r.rowNumber },
    });
    await recordEnterpriseEvent(trx, actor, {
      enterpriseId: Number(after.enterprise_id),
      regionCode: String(after.region_code),
      module: 'rd',
      kind: 'imported',
      title: '研发经费数据由统计报表导入',
      detail: `文件 ${file.name} 第 ${r.rowNumber} 行，研发经费内部支出 ${formatWanText(after.internal_total as string | null)}`,
      ref: { type: 'rd_task_unit', id: r.unitId },
    });
  }
  return { imported: rows.length };
}
