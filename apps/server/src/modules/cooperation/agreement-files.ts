import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import { writeAudit } from '../../platform/audit/audit.writer';
import type { DB } from '../../platform/db/schema';
import { AppError, notFound } from '../../platform/errors';
import type { AuthContext, UseCaseContext } from '../../platform/http/types';
import { getIntParam } from '../../platform/params/params.repository';
import { checkUpload } from '../../platform/storage/file-type';
import type { StorageAdapter } from '../../platform/storage/storage';
import { readAgreement } from './agreement-writes';
import { assertCanUpdate } from './cooperation.policy';

/** Reads the uploaded file, refusing one over `maxBytes`; called only once the upload is allowed. */
import type { ReadUpload } from '../../platform/attachments/read-upload';

/** An agreement's attachments, oldest first. */
export async function agreementFiles(db: Kysely<DB>, agreementId: number) {
  return db.selectFrom('cooperation_file').selectAll().where('agreement_id', '=', agreementId).orderBy('id').execute();
}

/**
 * The region's staff attach a file to an agreement (the signed text, an annex): checked (allow-listed type by
 * extension and content, size from `system.upload_max_mb`), stored under a random key and recorded with its audit
 * row in one transaction; a failed transaction removes the stored file. Returns the file's id.
 */
export async function attachAgreementFile(
  db: Kysely<DB>,
  storage: StorageAdapter,
  { auth, actor }: UseCaseContext,
  input: { agreementId: number; read: ReadUpload },
): Promise<number> {
  const a = await readAgreement(db, auth, input.agreementId);
  assertCanUpdate(auth, a, '该合作协议');
  const maxBytes = (await getIntParam(db, 'system.upload_max_mb')) * 1024 * 1024;
  const { fileName: sent, data } = await input.read(maxBytes);
  const check = checkUpload(sent, data, maxBytes);
  if (!check.ok) throw new AppError('VALIDATION_FAILED', check.message, [{ field: 'file', message: check.message }]);
  // Only the last path component of what the browser sent is kept, and only as a label.
  const fileName = sent.split(/[\\/]/).pop()!.slice(-200);
  const key = await storage.put(data);
  try {
    return await db.transaction().execute(async (trx) => {
      const row = await trx
        .insertInto('cooperation_file')
        .values({
          region_code: a.region_code,
          agreement_id: a.id,
          file_name: fileName,
          mime_type: check.mime,
          size_bytes: data.length,
          sha256: createHash('sha256').update(data).digest('hex'),
          storage_key: key,
          created_by: actor.id,
          updated_by: actor.id,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      const { storage_key: _key, ...shown } = row;
      await writeAudit(trx, actor, {
        action: 'cooperation.agreement.file.upload',
        objectType: 'cooperation_file',
        objectId: row.id,
        regionCode: a.region_code,
        after: shown,
        details: { agreementId: a.id },
      });
      return row.id;
    });
  } catch (err) {
    await storage.remove(key);
    throw err;
  }
}

/** One attachment, if the user may read its agreement (404 / 403). */
export async function readAgreementFile(db: Kysely<DB>, auth: AuthContext, id: number) {
  const f = await db.selectFrom('cooperation_file').selectAll().where('id', '=', id).executeTakeFirst();
  if (!f) throw notFound('协议附件');
  await readAgreement(db, auth, f.agreement_id);
  return f;
}
