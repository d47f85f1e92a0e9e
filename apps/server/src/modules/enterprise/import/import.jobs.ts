import type { Kysely } from 'kysely';
import type { DB } from '../../../platform/db/schema';
import { importPreview, refuseBlockingProblems } from '../../../platform/files/import-outcome';
import { storeErrorReport } from '../../../platform/files/store-error-report';
import { loadFile } from '../../../platform/files/stored-file';
import type { JobContext } from '../../../platform/jobs/job-runner';
import { checkEnterpriseImport } from './check-enterprise-import';
import { commitEnterpriseImport } from './commit-enterprise-import';
import { enterpriseImportSpec } from './enterprise-import.spec';

export interface ImportJobPayload {
  fileId: string;
  stage: 'validate' | 'commit';
  user: { id: number; username: string; ip: string | null; regionCode: string; scopePrefix: string };
}

/** The import job: 'validate' checks every row and builds the preview and error report; 'commit' re-checks and writes all-or-nothing. */
export async function runEnterpriseImport(ctx: JobContext<ImportJobPayload>) {
  const { fileId, stage, user } = ctx.payload;
  const db: Kysely<DB> = ctx.db;
  const file = await loadFile(db, fileId);
  if (!file) throw new Error('导入文件不存在或已清理，请重新上传');
  await ctx.progress(5, '解析文件');
  const spec = await enterpriseImportSpec(db, user.scopePrefix);
  const checked = await checkEnterpriseImport(db, file.content, spec, user);
  const preview = {
    ...importPreview(file.file_name, checked),
    toCreate: checked.rows.filter((r) => !r.existing).length,
    toUpdate: checked.rows.filter((r) => r.existing).length,
    sample: checked.rows.slice(0, 20).map((r) => ({
      row: r.rowNumber,
      name: r.row.name,
      creditCode: r.creditCode,
      action: r.existing ? '更新' : '新增',
    })),
  };
  if (stage === 'validate') {
    await ctx.progress(80, '生成预览');
    // A file that could not be read at all gets no error report: its problem is the file itself.
    if (checked.problems.some((p) => p.row !== null)) {
      preview.errorReportFileId = await storeErrorReport(db, file, checked.problems, spec, user);
    }
    return preview;
  }
  refuseBlockingProblems(checked.problems);
  await ctx.progress(20, '写入数据');
  const result = await db.transaction().execute(async (trx) => {
    const written = await commitEnterpriseImport(
      trx,
      { id: user.id, name: user.username, ip: user.ip },
      checked.rows,
      { name: file.file_name, sha256: file.sha256 },
      (done) =>
        ctx.progress(20 + (done / Math.max(1, checked.rows.length)) * 78, `已写入 ${done} / ${checked.rows.length} 行`),
    );
    // Last in the transaction: the job row stays unlocked for progress writes until the data is in.
    await ctx.markCommitted(trx);
    return written;
  });
  return { ...preview, stage: 'committed' as const, ...result };
}
