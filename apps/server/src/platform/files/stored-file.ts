import { createHash, randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Keeps a file (an upload to import, an error report, an export) in the database; returns its id. */
export async function storeFile(
  db: Kysely<DB>,
  f: {
    purpose: string;
    fileName: string;
    contentType: string;
    content: Buffer;
    createdBy: number | null;
    regionCode: string | null;
  },
): Promise<{ id: string; sha256: string }> {
  const id = randomUUID();
  const sha256 = createHash('sha256').update(f.content).digest('hex');
  await db
    .insertInto('stored_file')
    .values({
      id,
      purpose: f.purpose,
      file_name: f.fileName.slice(0, 200),
      content_type: f.contentType,
      size: f.content.length,
      sha256,
      content: f.content,
      created_by: f.createdBy,
      region_code: f.regionCode,
    })
    .execute();
  return { id, sha256 };
}

/** Loads a stored file, or undefined. */
export async function loadFile(db: Kysely<DB>, id: string) {
  return db.selectFrom('stored_file').selectAll().where('id', '=', id).executeTakeFirst();
}
