import type { Kysely } from 'kysely';
import type { TFormField } from '@kechuang/domain';
import type { DB } from '../../platform/db/schema';
import { AppError } from '../../platform/errors';
import type { UseCaseContext } from '../../platform/http/types';
import type { StorageAdapter } from '../../platform/storage/storage';
import { assertEditable } from './application-rules';
import { applicantActor } from './project.policy';
import { readApplication } from './read-application';
import type { ReadUpload } from '../../platform/attachments/read-upload';
import { storeAttachment, uploadLimitBytes } from './stored-attachment';

/**
 * The applicant (or staff on its behalf) attaches a file to a file slot of the form of an application still being
 * edited; the upload is read only once that is allowed. Returns the file's id.
 */
export async function attachApplicationFile(
  db: Kysely<DB>,
  storage: StorageAdapter,
  { auth, actor }: UseCaseContext,
  input: { applicationId: number; slot: string; read: ReadUpload },
): Promise<number> {
  const a = await readApplication(db, auth, input.applicationId);
  const { onBehalf } = applicantActor(auth, a);
  assertEditable(a.state);
  const slot = ((a.form ?? []) as TFormField[]).find((f) => f.key === input.slot && f.type === 'file');
  if (!slot) {
    throw new AppError('VALIDATION_FAILED', `申报表中没有附件栏目“${input.slot}”`, [
      { field: 'slot', message: '附件栏目不存在' },
    ]);
  }
  const maxBytes = await uploadLimitBytes(db);
  return storeAttachment(db, storage, actor, {
    owner: { type: 'application', id: a.id, regionCode: a.region_code, enterpriseId: a.enterprise_id, title: a.title },
    slot: slot.key,
    ...(await input.read(maxBytes)),
    maxBytes,
    onBehalf,
  });
}
