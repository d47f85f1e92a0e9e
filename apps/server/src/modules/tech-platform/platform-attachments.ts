import { defineAttachmentOwner } from '../../platform/attachments/attachment-owner';
import { readTechPlatform } from './read-tech-platform';
import { assertCanChangeFiles } from './tech-platform.policy';

/** A platform's attachments: the 认定证书 and other documents; whoever reads the platform may download them. */
export const PLATFORM_ATTACHMENTS = defineAttachmentOwner({
  type: 'tech-platform.platform',
  label: '创新平台',
  slots: { certificate: { label: '认定证书' }, other: { label: '其他附件' } },
  async read(db, auth, id) {
    const { row } = await readTechPlatform(db, auth, id);
    return { regionCode: row.region_code };
  },
  async assertCanChange(db, auth, id) {
    const { row } = await readTechPlatform(db, auth, id);
    assertCanChangeFiles(auth, row);
  },
});
