import type { Kysely } from 'kysely';
import { writeAudit } from '../../platform/audit/audit.writer';
import type { DB } from '../../platform/db/schema';
import type { UseCaseContext } from '../../platform/http/types';
import type { StorageAdapter } from '../../platform/storage/storage';
import { accessibleAttachment } from './stored-attachment';

/** Deletes an attachment the user may change: its record (audited), then its stored bytes. */
export async function deleteAttachment(
  db: Kysely<DB>,
  storage: StorageAdapter,
  { auth, actor }: UseCaseContext,
  fileId: number,
): Promise<void> {
  const file = await accessibleAttachment(db, auth, fileId, true);
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
