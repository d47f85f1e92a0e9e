import { createHash } from 'node:crypto';
import type { Transaction } from 'kysely';
import type { DB } from '../platform/db/schema';
import { storageFor } from '../platform/storage/storage';

/** A minimal valid one-page PDF standing in for a document the demo applicant uploaded. */
function demoPdf(label: string): Buffer {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>',
  ];
  let out = `%PDF-1.4\n% ${label}\n`;
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((n) => `${String(n).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

/**
 * The demo's submitted applications carry the attachment their call's form requires (可行性研究报告), so every one of
 * them passes the submission checks it went through (the demo obeys the product's own rules).
 */
export async function attachDemoFile(
  trx: Transaction<DB>,
  f: { regionCode: string; applicationId: number; slot: string; fileName: string; userId: number | null },
): Promise<void> {
  const data = demoPdf(`demo application ${f.applicationId} ${f.slot}`);
  const key = await storageFor(trx).put(data);
  await trx
    .insertInto('project_file')
    .values({
      region_code: f.regionCode,
      owner_type: 'application',
      owner_id: f.applicationId,
      slot: f.slot,
      file_name: f.fileName,
      mime_type: 'application/pdf',
      size_bytes: data.length,
      sha256: createHash('sha256').update(data).digest('hex'),
      storage_key: key,
      created_by: f.userId,
      updated_by: f.userId,
    })
    .execute();
}
