import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../platform/errors';
import { TEST_TMP } from '../../../../test/test-db';
import { renderReportDocx } from './report-docx';
import { convertDocxToPdf } from './report-pdf';
import { sampleReport } from './report-docx.test-support';

const hasSoffice = spawnSync('soffice', ['--version']).status === 0;
const skipReason = hasSoffice ? '' : ' — skipped: LibreOffice (soffice) is not installed here';
const pageCount = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g)?.length ?? 0;

describe('the report as PDF through LibreOffice', () => {
  const savedPath = process.env.PATH;
  afterEach(() => {
    process.env.PATH = savedPath;
  });

  it('says in Chinese, naming LibreOffice, that it is not installed when no soffice is on the path', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'kc-no-soffice-'));
    process.env.PATH = empty;
    const refusal = await convertDocxToPdf(Buffer.from('not used')).catch((e: unknown) => e);
    rmSync(empty, { recursive: true });
    expect(refusal).toBeInstanceOf(AppError);
    expect((refusal as AppError).statusCode).toBe(400);
    expect((refusal as AppError).message).toMatch(/未安装 LibreOffice.*libreoffice-writer-nogui/);
  });

  // The sample holds 55 lines (title, blank, 3 + 12 + 21 + … body lines, signature): three pages of 22 lines. Laid
  // out wider or taller (characters in double cells, a wrong line pitch) it would run to four or more.
  it.skipIf(!hasSoffice)(
    `converts the docx to a PDF of three A4 pages${skipReason}`,
    async () => {
      const docx = await renderReportDocx(sampleReport());
      // Two at once: the second waits for the first instead of meeting its LibreOffice profile.
      const [pdf, again] = await Promise.all([convertDocxToPdf(docx), convertDocxToPdf(docx)]);
      for (const file of [pdf, again]) {
        expect(file.subarray(0, 5).toString('latin1')).toBe('%PDF-');
        expect(pageCount(file)).toBe(3);
        // A4 in points: 595.3 × 841.9.
        expect(file.toString('latin1')).toMatch(/\/MediaBox\s*\[\s*0 0 595\.\d+ 841\.\d+\s*\]/);
      }
      // Kept to be looked at (the browser test renders it to a picture): .test-tmp/report-docx/report.pdf.
      mkdirSync(join(TEST_TMP, 'report-docx'), { recursive: true });
      writeFileSync(join(TEST_TMP, 'report-docx', 'report.pdf'), pdf);
      // LibreOffice starts afresh for each conversion (its own profile): allow a loaded machine the time.
    },
    180_000,
  );
});
