import type { Kysely } from 'kysely';
import { markEdited, ZReportDocument, type ReportDocument } from '@kechuang/domain';
import { writeAudit } from '../../platform/audit/audit.writer';
import type { DB } from '../../platform/db/schema';
import { AppError, versionConflict } from '../../platform/errors';
import type { UseCaseContext } from '../../platform/http/types';
import { documentHash } from './generate-report';
import { nextReportVersion, readReportRow, type ReportRow } from './report.repository';

const FINAL_MESSAGE = '该工作总结已定稿，不能修改；如需修改请新建版本';

/** A draft to change, or 409 when it is final (read inside the caller's transaction, locked). */
async function lockDraft(trx: Kysely<DB>, uc: UseCaseContext, id: number): Promise<ReportRow> {
  const row = await readReportRow(trx, uc.auth, id);
  await trx.selectFrom('report').select('id').where('id', '=', id).forUpdate().execute();
  if (row.status === 'final') throw new AppError('CONFLICT', FINAL_MESSAGE);
  return row;
}

/** Saves staff edits: paragraphs whose text changed are marked edited, so re-generation keeps them. */
export async function saveReportDocument(
  db: Kysely<DB>,
  uc: UseCaseContext,
  o: { id: number; document: ReportDocument; rowVersion: number },
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const row = await lockDraft(trx, uc, o.id);
    if (row.version !== o.rowVersion) throw versionConflict('该工作总结');
    const document = markEdited(ZReportDocument.parse(row.document), o.document);
    await trx
      .updateTable('report')
      .set({
        document: JSON.stringify(document),
        version: row.version + 1,
        updated_at: new Date(),
        updated_by: uc.auth.userId,
      })
      .where('id', '=', o.id)
      .execute();
    await writeAudit(trx, uc.actor, {
      action: 'report.update',
      objectType: 'report',
      objectId: o.id,
      regionCode: row.region_code,
      details: { rowVersion: row.version + 1 },
    });
  });
}

/** 定稿: locks the report with the hash of its document, who and when. */
export async function finaliseReport(db: Kysely<DB>, uc: UseCaseContext, id: number): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const row = await lockDraft(trx, uc, id);
    const hash = documentHash(ZReportDocument.parse(row.document));
    const by = uc.auth.displayName;
    await trx
      .updateTable('report')
      .set({ status: 'final', final_hash: hash, finalised_by: by, finalised_at: new Date(), version: row.version + 1 })
      .where('id', '=', id)
      .execute();
    await writeAudit(trx, uc.actor, {
      action: 'report.finalise',
      objectType: 'report',
      objectId: id,
      regionCode: row.region_code,
      after: { status: 'final', finalHash: hash },
    });
  });
}

/** A new draft version starting from a final report (its text, edits and figures). */
export async function newReportVersion(db: Kysely<DB>, uc: UseCaseContext, id: number): Promise<number> {
  return db.transaction().execute(async (trx) => {
    const row = await readReportRow(trx, uc.auth, id);
    if (row.status !== 'final') throw new AppError('CONFLICT', '草稿可直接修改；定稿后才能新建版本');
    const created = await trx
      .insertInto('report')
      .values({
        region_code: row.region_code,
        period: row.period,
        template_id: row.template_id,
        template_version: row.template_version,
        report_version: await nextReportVersion(trx, row.region_code, row.period),
        status: 'draft',
        document: JSON.stringify(row.document),
        changes: '[]',
        indicators: JSON.stringify(row.indicators),
        previous_id: row.id,
        created_by: uc.auth.userId,
        updated_by: uc.auth.userId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await writeAudit(trx, uc.actor, {
      action: 'report.new-version',
      objectType: 'report',
      objectId: created.id,
      regionCode: row.region_code,
      details: { from: row.id },
    });
    return created.id;
  });
}
