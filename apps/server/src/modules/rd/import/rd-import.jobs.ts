import { importPreview, refuseBlockingProblems } from '../../../platform/files/import-outcome';
import { storeErrorReport } from '../../../platform/files/store-error-report';
import { loadFile } from '../../../platform/files/stored-file';
import type { JobContext } from '../../../platform/jobs/job-runner';
import { checkRdImport } from './check-rd-import';
import { commitRdImport } from './commit-rd-import';
import { rdImportSpec } from './rd-import.spec';

/** The job's payload: the stored upload, the task, the stage, and who asked. */
export interface RdImportPayload {
  fileId: string;
  taskId: number;
  stage: 'validate' | 'commit';
  user: { id: number; username: string; ip: string | null; regionCode: string };
}

/** 'validate' checks every row and builds the preview and error report; 'commit' re-checks and writes all or nothing. */
export async function runRdImport(ctx: JobContext<RdImportPayload>) {
  const { fileId, taskId, stage, user } = ctx.payload;
  const file = await loadFile(ctx.db, fileId);
  if (!file) throw new Error('导入文件不存在或已清理，请重新上传');
  const task = await ctx.db
    .selectFrom('rd_task')
    .select(['title', 'period', 'status'])
    .where('id', '=', taskId)
    .executeTakeFirstOrThrow();
  await ctx.progress(5, '解析文件');
  const spec = await rdImportSpec(ctx.db, task);
  const checked = await checkRdImport(ctx.db, file.content, spec, taskId);
  const preview = {
    ...importPreview(file.file_name, checked),
    taskId,
    sample: checked.rows.slice(0, 20).map((r) => ({
      row: r.rowNumber,
      enterpriseName: r.enterpriseName,
      internalTotal: r.figures.internalTotal ?? null,
    })),
  };
  if (stage === 'validate') {
    await ctx.progress(80, '生成预览');
    if (checked.problems.length) {
      preview.errorReportFileId = await storeErrorReport(ctx.db, file, checked.problems, spec, user);
    }
    return preview;
  }
  if (task.status !== 'open') throw new Error('填报任务不在填报中（已截止或未发布），未写入任何数据');
  refuseBlockingProblems(checked.problems);
  await ctx.progress(20, '写入数据');
  const result = await ctx.db.transaction().execute(async (trx) => {
    const written = await commitRdImport(trx, { id: user.id, name: user.username, ip: user.ip }, checked.rows, {
      name: file.file_name,
      sha256: file.sha256,
    });
    await ctx.markCommitted(trx);
    return written;
  });
  await ctx.progress(99, `已写入 ${result.imported} 行`);
  return { ...preview, stage: 'committed' as const, ...result };
}
