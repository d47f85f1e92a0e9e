import { defineAttachmentOwner } from '../../platform/attachments/attachment-owner';
import { assertCanChangeVisitFiles } from './foreign-expert.policy';
import { readVisit } from './read-foreign-expert';

/** A visit's 现场照片 and materials (reports, slides): the region's staff change them, its readers download. */
export const VISIT_ATTACHMENTS = defineAttachmentOwner({
  type: 'foreign-expert.visit',
  label: '外国专家来访指导',
  slots: {
    photo: { label: '现场照片', kinds: ['jpg', 'png'], maxCount: 9 },
    material: { label: '指导材料', maxCount: 10 },
  },
  async read(db, auth, id) {
    const v = await readVisit(db, auth, id);
    return { regionCode: v.region_code };
  },
  async assertCanChange(db, auth, id) {
    assertCanChangeVisitFiles(auth, await readVisit(db, auth, id));
  },
});
