import type { Kysely } from 'kysely';
import { defineAttachmentOwner } from '../../../platform/attachments/attachment-owner';
import type { DB } from '../../../platform/db/schema';
import { notFound } from '../../../platform/errors';
import type { AuthContext } from '../../../platform/http/types';
import { assertCanChangeFiles } from '../commissioner.policy';
import { readCommissioner } from '../read-commissioner';
import { findAgreement } from './agreement.repository';

async function commissionerOf(db: Kysely<DB>, auth: AuthContext, agreementId: number) {
  const a = await findAgreement(db, agreementId);
  if (!a) throw notFound('三方协议');
  return readCommissioner(db, auth, a.commissioner_id);
}

/** A 三方协议's signed scan: whoever reads the commissioner downloads it; the region's staff change it. */
export const AGREEMENT_ATTACHMENTS = defineAttachmentOwner({
  type: 'commissioner.agreement',
  label: '三方协议',
  slots: { scan: { label: '协议扫描件', kinds: ['pdf', 'jpg', 'png'], maxCount: 5 } },
  async read(db, auth, id) {
    const c = await commissionerOf(db, auth, id);
    return { regionCode: c.region_code };
  },
  async assertCanChange(db, auth, id) {
    assertCanChangeFiles(auth, await commissionerOf(db, auth, id));
  },
});
