import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { AppError } from '../../../platform/errors';

const NOT_INSTALLED =
  '服务器未安装 LibreOffice，无法生成 PDF；请先下载 DOCX，或请系统管理员安装 LibreOffice（Debian 软件包 libreoffice-writer-nogui）';
const FAILED = 'LibreOffice 转换 PDF 失败，请稍后重试，或先下载 DOCX';
const TIMEOUT_MS = 120_000;
const COMMANDS = ['soffice', 'libreoffice'];

// LibreOffice runs one conversion per profile at a time; conversions wait their turn instead of failing.
let queue: Promise<unknown> = Promise.resolve();

/**
 * Converts a .docx to PDF with LibreOffice headless, in a temporary directory with its own profile (so it neither
 * meets a desktop instance nor leaves files behind). Throws AppError naming LibreOffice when it is not installed.
 */
export function convertDocxToPdf(docx: Buffer): Promise<Buffer> {
  const run = queue.then(() => convert(docx));
  queue = run.catch(() => undefined);
  return run;
}

async function convert(docx: Buffer): Promise<Buffer> {
  const dir = await mkdtemp(join(tmpdir(), 'kc-report-pdf-'));
  try {
    const input = join(dir, 'report.docx');
    await writeFile(input, docx);
    const profile = `-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`;
    await runSoffice([profile, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', dir, input]);
    return await readFile(join(dir, 'report.pdf')).catch(() => {
      throw new AppError('INTERNAL', FAILED);
    });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Runs the first LibreOffice command found on PATH. */
async function runSoffice(args: string[]): Promise<void> {
  for (const command of COMMANDS) {
    const outcome = await execute(command, args);
    if (outcome === 'missing') continue;
    if (outcome instanceof Error) throw new AppError('INTERNAL', FAILED, { reason: outcome.message });
    return;
  }
  throw new AppError('VALIDATION_FAILED', NOT_INSTALLED);
}

function execute(command: string, args: string[]): Promise<'ok' | 'missing' | Error> {
  return new Promise((resolve) => {
    execFile(command, args, { timeout: TIMEOUT_MS }, (error) => {
      if (!error) resolve('ok');
      else if ((error as NodeJS.ErrnoException).code === 'ENOENT') resolve('missing');
      else resolve(error);
    });
  });
}
