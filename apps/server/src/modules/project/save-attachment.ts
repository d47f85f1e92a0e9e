import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import { writeAudit, type Actor } from '../../platform/audit/audit.writer';
import type { DB } from '../../platform/db/schema';
import { AppError } from '../../platform/errors';
import { getIntParam } from '../../platform/params/params.repository';
import { checkUpload } from '../../platform/storage/file-type';
import type { StorageAdapter } from '../../platform/storage/storage';
import { recordEnterpriseEvent } from '../enterprise/timeline';

/** The upload size limit in bytes, from the `system.upload_max_mb` parameter. */
export async function uploadLimitBytes(db: Kysely<DB>): Promise<number> {
  return (await getIntParam(db, 'system.upload_max_mb')) * 1024 * 1024;
}

export interface NewAttachment {
  owner: { type: 'call' | 'application'; id: number; regionCode: string; enterpriseId?: number; title: string };
  slot: string;
  fileName: string;
  data: Buffer;
  maxBytes: number;
  onBehalf?: boolean;
}

/**
 * Checks the file (allow-listed type by extension and magic bytes, size, zip-bomb), stores it under a random key,
 * and records it with its audit row (and a timeline entry for an application) in one transaction; a failed
 * transaction removes the stored file again.
 */
export async function saveAttachment(
  db: Kysely<DB>,
  storage: StorageAdapter,
  actor: Actor,
  n: NewAttachment,
): Promise<number> {
  const check = checkUpload(n.fileName, n.data, n.maxBytes);
  if (!check.ok) throw new AppError('VALIDATION_FAILED', check.message, [{ field: 'file', message: check.message }]);
  // Only the last path component of what the browser sent is kept, and only as a label.
  const fileName = n.fileName.split(/[\\/]/).pop()!.slice(-200);
  const sha256 = createHash('sha256').update(n.data).digest('hex');
  const key = await storage.put(n.data);
  try {
    return await db.transaction().execute(async (trx) => {
      const row = await trx
        .insertInto('project_file')
        .values({
          region_code: n.owner.regionCode,
          owner_type: n.owner.type,
          owner_id: n.owner.id,
          slot: n.slot,
          file_name: fileName,
          mime_type: check.mime,
          size_bytes: n.data.length,
          sha256,
          storage_key: key,
          created_by: actor.id,
          updated_by: actor.id,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      const { storage_key: _key, ...shown } = row;
      await writeAudit(trx, actor, {
        action: 'project.file.upload',
        objectType: 'project_file',
        objectId: row.id,
        regionCode: n.owner.regionCode,
        after: shown,
        details: { owner: n.owner.type, ownerId: n.owner.id, onBehalf: n.onBehalf ?? false },
      });
      if (n.owner.enterpriseId) {
        await recordEnterpriseEvent(trx, actor, {
          enterpriseId: n.owner.enterpriseId,
          regionCode: n.owner.regionCode,
          module: 'project',
          kind: 'attachment-uploaded',
          title: `上传附件：${fileName}`,
          detail: n.owner.title,
          ref: { type: 'project_application', id: n.owner.id },
        });
      }
      return row.id;
    });
  } catch (err) {
    await storage.remove(key);
    throw err;
  }
}

/** Deletes an attachment's record (audited) and then its stored bytes. */
export async function deleteAttachment(
  db: Kysely<DB>,
  storage: StorageAdapter,
  actor: Actor,
  file: { id: number; region_code: string; storage_key: string; file_name: string },
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('project_file').where('id', '=', file.id).execute();
    await writeAudit(trx, actor, {
      action: 'project.file.delete',
      objectType: 'project_file',
      objectId: file.id,
      regionCode: file.region_code,
      details: { fileName: file.file_name },
    });
  });
  await storage.remove(file.storage_key);
}
