import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import { writeAudit } from '../../platform/audit/audit.writer';
import type { DB } from '../../platform/db/schema';
import { AppError, notFound } from '../../platform/errors';
import type { AuthContext, UseCaseContext } from '../../platform/http/types';
import { getIntParam } from '../../platform/params/params.repository';
import { checkUpload } from '../../platform/storage/file-type';
import type { StorageAdapter } from '../../platform/storage/storage';
import { findFile } from './dossier.repository';
import { readTechPlatform } from './read-tech-platform';
import { assertCanChange } from './tech-platform.policy';

import type { ReadUpload } from '../../platform/attachments/read-upload';

/**
 * Staff of its region attach a file to a platform (slot `certificate`: the 认定证书; `other`): the type checked by
 * extension and magic bytes, the size against `system.upload_max_mb`, stored under a random key; the row and its
 * audit row in one transaction (a failed one removes the stored file). Returns the file's id.
 */
export async function attachPlatformFile(
  db: Kysely<DB>,
  storage: StorageAdapter,
  { auth, actor }: UseCaseContext,
  input: { platformId: number; slot: 'certificate' | 'other'; read: ReadUpload },
): Promise<number> {
  const { row: p } = await readTechPlatform(db, auth, input.platformId);
  assertCanChange(auth, p);
  const maxBytes = (await getIntParam(db, 'system.upload_max_mb')) * 1024 * 1024;
  const upload = await input.read(maxBytes);
  const check = checkUpload(upload.fileName, upload.data, maxBytes);
  if (!check.ok) throw new AppError('VALIDATION_FAILED', check.message, [{ field: 'file', message: check.message }]);
  const fileName = upload.fileName.split(/[\\/]/).pop()!.slice(-200);
  const sha256 = createHash('sha256').update(upload.data).digest('hex');
  const key = await storage.put(upload.data);
  try {
    return await db.transaction().execute(async (trx) => {
      const row = await trx
        .insertInto('tech_platform_file')
        .values({
          platform_id: p.id,
          region_code: p.region_code,
          slot: input.slot,
          file_name: fileName,
          mime_type: check.mime,
          size_bytes: upload.data.length,
          sha256,
          storage_key: key,
          created_by: actor.id,
          updated_by: actor.id,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      const { storage_key: _key, ...shown } = row;
      await writeAudit(trx, actor, {
        action: 'tech-platform.file.upload',
        objectType: 'tech_platform_file',
        objectId: row.id,
        regionCode: p.region_code,
        after: shown,
      });
      return row.id;
    });
  } catch (err) {
    await storage.remove(key);
    throw err;
  }
}

/** A platform's file the user may download (anyone who reads the platform). */
export async function readPlatformFile(db: Kysely<DB>, auth: AuthContext, id: number) {
  const f = await findFile(db, id);
  if (!f) throw notFound('附件');
  await readTechPlatform(db, auth, f.platform_id);
  return f;
}

/** Staff of its region delete a platform's file (audited; the stored bytes go after the commit). */
export async function deletePlatformFile(
  db: Kysely<DB>,
  storage: StorageAdapter,
  { auth, actor }: UseCaseContext,
  id: number,
): Promise<void> {
  const f = await readPlatformFile(db, auth, id);
  assertCanChange(auth, f);
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('tech_platform_file').where('id', '=', id).execute();
    const { storage_key: _key, ...shown } = f;
    await writeAudit(trx, actor, {
      action: 'tech-platform.file.delete',
      objectType: 'tech_platform_file',
      objectId: id,
      regionCode: f.region_code,
      before: shown,
    });
  });
  await storage.remove(f.storage_key);
}
