import { importPreview, refuseBlockingProblems } from '../files/import-outcome';
import { storeErrorReport } from '../files/store-error-report';
import { loadFile } from '../files/stored-file';
import type { JobContext } from '../jobs/job-runner';
import type { CheckedImport, ExcelImportDefinition, ImportJobPayload } from './excel-import';

/**
 * Both stages of an import as one job handler: 'validate' checks every row and keeps a preview and an error
 * report; 'commit' checks the file again (the register may have changed since) and writes all rows in one
 * transaction, marking the job committed inside it.
 */
export function importJobHandler<Owner, Checked extends CheckedImport>(def: ExcelImportDefinition<Owner, Checked>) {
  return async (ctx: JobContext<ImportJobPayload>) => {
    const { fileId, stage, ownerId, user } = ctx.payload;
    const file = await loadFile(ctx.db, fileId);
    if (!file) throw new Error('导入文件不存在或已清理，请重新上传');
    const owner = ownerId !== null && def.ownerById ? await def.ownerById(ctx.db, ownerId) : (null as Owner);
    await ctx.progress(5, '解析文件');
    const spec = await def.spec(ctx.db, owner, user);
    const checked = await def.check(ctx.db, file.content, spec, user, owner);
    const preview = { ...importPreview(file.file_name, checked), ...def.preview(checked) };
    if (stage === 'validate') {
      await ctx.progress(80, '生成预览');
      // A file that could not be read at all gets no error report: its problem is the file itself.
      if (checked.problems.some((p) => p.row !== null)) {
        preview.errorReportFileId = await storeErrorReport(ctx.db, file, checked.problems, spec, user);
      }
      return preview;
    }
    def.assertOpen?.(owner);
    refuseBlockingProblems(checked.problems);
    await ctx.progress(20, '写入数据');
    const actor = { id: user.id, name: user.username, ip: user.ip };
    const total = Math.max(1, checked.rows.length);
    const written = await ctx.db.transaction().execute(async (trx) => {
      const result = await def.commit(trx, actor, checked, { name: file.file_name, sha256: file.sha256 }, owner, (n) =>
        ctx.progress(20 + (n / total) * 78, `已写入 ${n} / ${checked.rows.length} 行`),
      );
      // Last in the transaction: the job row stays unlocked for progress writes until the data is in.
      await ctx.markCommitted(trx);
      return result;
    });
    return { ...preview, stage: 'committed' as const, ...written };
  };
}
