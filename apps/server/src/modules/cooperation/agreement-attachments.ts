import { defineAttachmentOwner } from '../../platform/attachments/attachment-owner';
import { attachmentsOf } from '../../platform/attachments/attachments.repository';
import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema';
import { readAgreement } from './agreement-writes';
import { assertCanUpdate } from './cooperation.policy';

/** An agreement's attachments (the signed text, annexes): the region's staff change them, its readers download. */
export const AGREEMENT_ATTACHMENTS = defineAttachmentOwner({
  type: 'cooperation.agreement',
  label: '合作协议',
  slots: { file: { label: '协议附件' } },
  async read(db, auth, id) {
    const a = await readAgreement(db, auth, id);
    return { regionCode: a.region_code };
  },
  async assertCanChange(db, auth, id) {
    assertCanUpdate(auth, await readAgreement(db, auth, id), '该合作协议');
  },
});

/** An agreement's attachments, oldest first. */
export function agreementFiles(db: Kysely<DB>, agreementId: number) {
  return attachmentsOf(db, AGREEMENT_ATTACHMENTS.type, [agreementId]);
}
