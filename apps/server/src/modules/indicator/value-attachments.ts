import type { Kysely } from 'kysely';
import { defineAttachmentOwner } from '../../platform/attachments/attachment-owner';
import { inScope } from '../../platform/auth/region-scope';
import type { DB } from '../../platform/db/schema';
import { notFound } from '../../platform/errors';
import { assertCanChangeValueFiles } from './indicator.policy';

async function readValue(db: Kysely<DB>, id: number) {
  return db.selectFrom('indicator_value').select(['id', 'region_code']).where('id', '=', id).executeTakeFirst();
}

/** A hand-entered value's evidence (the statistics bulletin, the tax bureau's letter): staff of its region change it. */
export const VALUE_ATTACHMENTS = defineAttachmentOwner({
  type: 'indicator.value',
  label: '手工录入指标值',
  slots: { evidence: { label: '数据来源证明材料', maxCount: 5 } },
  async read(db, auth, id) {
    const v = await readValue(db, id);
    if (!v || !inScope(auth.scopePrefix, v.region_code)) throw notFound('指标值');
    return { regionCode: v.region_code };
  },
  async assertCanChange(db, auth, id) {
    const v = await readValue(db, id);
    if (!v) throw notFound('指标值');
    assertCanChangeValueFiles(auth, v.region_code);
  },
});
