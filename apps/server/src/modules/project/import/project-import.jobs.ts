import { APPLICATION_STATE_LABELS, yuanToWan, type ApplicationState } from '@kechuang/domain';
import { importPreview, refuseBlockingProblems } from '../../../platform/files/import-outcome';
import { storeErrorReport } from '../../../platform/files/store-error-report';
import { loadFile } from '../../../platform/files/stored-file';
import type { JobContext } from '../../../platform/jobs/job-runner';
import { checkProjectImport } from './check-project-import';
import { commitProjectImport, grantsOf, sumYuan } from './commit-project-import';
import { projectImportSpec } from './project-import.spec';

/** The job's payload: the stored upload, the stage, and who asked (their region scope decides which units may be named). */
export interface ProjectImportPayload {
  fileId: string;
  stage: 'validate' | 'commit';
  user: { id: number; username: string; ip: string | null; regionCode: string; scopePrefix: string };
}

const SAMPLE_ROWS = 20;

/** 'validate' checks every row and builds the preview and error report; 'commit' re-checks and writes all or nothing. */
export async function runProjectImport(ctx: JobContext<ProjectImportPayload>) {
  const { fileId, stage, user } = ctx.payload;
  const file = await loadFile(ctx.db, fileId);
  if (!file) throw new Error('导入文件不存在或已清理，请重新上传');
  await ctx.progress(5, '解析文件');
  const spec = await projectImportSpec(ctx.db);
  const checked = await checkProjectImport(ctx.db, file.content, spec, user);
  const preview = {
    ...importPreview(file.file_name, checked),
    toCreate: checked.rows.filter((r) => r.existingId === null).length,
    sample: checked.rows.slice(0, SAMPLE_ROWS).map((r) => ({
      row: r.rowNumber,
      title: r.row.title,
      enterpriseName: r.enterprise.name,
      stateLabel: APPLICATION_STATE_LABELS[r.row.state as ApplicationState] ?? r.row.state,
      governmentWan: yuanToWan(sumYuan(grantsOf(r.row).map((g) => g.amount))),
      action: r.existingId === null ? '新增' : '已导入过，跳过',
    })),
  };
  if (stage === 'validate') {
    await ctx.progress(80, '生成预览');
    if (checked.problems.some((p) => p.row !== null)) {
      preview.errorReportFileId = await storeErrorReport(ctx.db, file, checked.problems, spec, user);
    }
    return preview;
  }
  refuseBlockingProblems(checked.problems);
  await ctx.progress(20, '写入数据');
  const options = (key: string) =>
    new Map((spec.columns.find((c) => c.key === key)?.options ?? []).map((o) => [o.value, o.label]));
  const labels = { category: options('category'), level: options('level') };
  const result = await ctx.db.transaction().execute(async (trx) => {
    const written = await commitProjectImport(
      trx,
      { id: user.id, name: user.username, ip: user.ip },
      checked.rows,
      labels,
      {
        name: file.file_name,
        sha256: file.sha256,
      },
    );
    await ctx.markCommitted(trx);
    return written;
  });
  await ctx.progress(99, `已写入 ${result.imported} 个项目`);
  return { ...preview, stage: 'committed' as const, ...result };
}
