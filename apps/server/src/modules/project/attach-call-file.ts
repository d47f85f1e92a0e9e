import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema';
import type { UseCaseContext } from '../../platform/http/types';
import type { StorageAdapter } from '../../platform/storage/storage';
import { findCall } from './call.repository';
import { assertStaffKeeps } from './project.policy';
import type { ReadUpload } from '../../platform/attachments/read-upload';
import { storeAttachment, uploadLimitBytes } from './stored-attachment';

/** Staff of its region attach a file (the guide, a notice) to a call; returns the file's id. */
export async function attachCallFile(
  db: Kysely<DB>,
  storage: StorageAdapter,
  { auth, actor }: UseCaseContext,
  input: { callId: number; slot: string; read: ReadUpload },
): Promise<number> {
  const c = await findCall(db, input.callId);
  assertStaffKeeps(auth, c, '项目批次');
  const maxBytes = await uploadLimitBytes(db);
  return storeAttachment(db, storage, actor, {
    owner: { type: 'call', id: c.id, regionCode: c.region_code, title: c.title },
    slot: input.slot,
    ...(await input.read(maxBytes)),
    maxBytes,
  });
}
