import type { Kysely } from 'kysely';
import type { DB } from '../db/schema';
import { buildErrorReport, type ImportProblem, type ImportSpec } from '../excel';
import { storeFile, XLSX_TYPE } from './stored-file';

/** Rows of an import that failed (warnings do not fail a row; file-level problems have no row). */
export function failedRowCount(problems: readonly ImportProblem[]): number {
  return new Set(problems.filter((p) => p.severity !== 'warning' && p.row !== null).map((p) => p.row)).size;
}

/** Keeps the uploaded workbook with its 错误原因 column for the uploader to download; returns the stored file's id. */
export async function storeErrorReport(
  db: Kysely<DB>,
  upload: { content: Buffer; file_name: string },
  problems: ImportProblem[],
  spec: ImportSpec,
  user: { id: number; regionCode: string },
): Promise<string> {
  const report = await buildErrorReport(upload.content, problems, spec);
  const fileName = `${upload.file_name.replace(/\.xlsx$/i, '')}-错误报告.xlsx`;
  return (
    await storeFile(db, {
      purpose: 'import-error-report',
      fileName,
      contentType: XLSX_TYPE,
      content: report,
      createdBy: user.id,
      regionCode: user.regionCode,
    })
  ).id;
}
