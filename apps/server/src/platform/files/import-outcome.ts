import { hasBlockingProblems, summaryLine, type ImportProblem } from '../excel';
import { failedRowCount } from './store-error-report';

/** At most this many problems travel in a preview; the error report carries all of them. */
const PROBLEMS_SHOWN = 500;

/** The preview fields every import job returns after checking a file (each adds its own counts and sample). */
export function importPreview(
  fileName: string,
  checked: { totalRows: number; rows: readonly unknown[]; problems: readonly ImportProblem[] },
) {
  const failedRows = failedRowCount(checked.problems);
  return {
    stage: 'validated' as 'validated' | 'committed',
    fileName,
    totalRows: checked.totalRows,
    validRows: checked.rows.length,
    failedRows,
    problems: checked.problems
      .slice(0, PROBLEMS_SHOWN)
      .map((p) => ({ row: p.row, column: p.column, message: p.message })),
    errorReportFileId: null as string | null,
    summary: summaryLine(checked.totalRows, failedRows),
  };
}

/** The commit stage re-checks the file: any blocking problem refuses the whole file before anything is written. */
export function refuseBlockingProblems(problems: readonly ImportProblem[]): void {
  if (hasBlockingProblems(problems)) {
    throw new Error(
      `文件中仍有 ${failedRowCount(problems) || problems.length} 处错误，未写入任何数据；请下载错误报告修改后重新上传`,
    );
  }
}
