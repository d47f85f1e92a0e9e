import type { Kysely } from 'kysely';
import type { DB } from '../db/schema';
import { AppError, forbidden, notFound } from '../errors';

/** What every import job's payload holds: the stored upload and the stage. */
export interface ImportStagePayload {
  fileId: string;
  stage: 'validate' | 'commit';
}

/**
 * The validation job of an Excel import that the user may now confirm: their own, validated, without error rows and
 * not confirmed before; anything else is refused in Chinese. `belongs` narrows it to one owner (e.g. one task).
 */
export async function confirmableImport<P extends ImportStagePayload>(
  db: Kysely<DB>,
  o: { type: string; jobId: number; userId: number; belongs?: (payload: P) => boolean },
): Promise<{ title: string; payload: P }> {
  const job = await db
    .selectFrom('job')
    .selectAll()
    .where('id', '=', o.jobId)
    .where('type', '=', o.type)
    .executeTakeFirst();
  const payload = job?.payload as P | undefined;
  if (!job || !payload || (o.belongs && !o.belongs(payload))) throw notFound('导入任务');
  if (job.created_by !== o.userId) throw forbidden('只能确认本人上传的导入');
  const result = job.result as { failedRows: number; problems?: { row: number | null; message: string }[] } | null;
  if (payload.stage !== 'validate' || job.status !== 'succeeded' || !result) {
    throw new AppError('CONFLICT', '该导入尚未完成校验，或已确认过');
  }
  // A file refused as a whole (not a workbook, no data rows, a missing column) has no error rows but nothing to write.
  const fileProblem = result.problems?.find((p) => p.row === null);
  if (fileProblem) {
    throw new AppError('CONFLICT', `文件未通过校验：${fileProblem.message}；未写入任何数据，请修改后重新上传`);
  }
  if (result.failedRows > 0) {
    throw new AppError('CONFLICT', `文件中有 ${result.failedRows} 行错误，请修改后重新上传；未写入任何数据`);
  }
  const again = await db
    .selectFrom('job')
    .select('id')
    .where('type', '=', o.type)
    .where('payload', '@>', JSON.stringify({ fileId: payload.fileId, stage: 'commit' }))
    // A commit that failed (refused, or interrupted by a restart) wrote nothing: the user may confirm again.
    .where('status', '!=', 'failed')
    .executeTakeFirst();
  if (again) throw new AppError('CONFLICT', '该文件已确认导入');
  return { title: job.title, payload };
}
