import { defineAttachmentOwner } from '../../platform/attachments/attachment-owner';
import { readServiceEvent } from './read-service-event';
import { assertCanChangeFiles } from './service-event.policy';

/** The slots of an event: its materials (通知、课件、签到表) and its photos. */
export const EVENT_ATTACHMENT_SLOTS = {
  material: { label: '活动材料', kinds: ['pdf', 'docx', 'xlsx'], maxCount: 20 },
  photo: { label: '现场照片', kinds: ['jpg', 'png'], maxCount: 9 },
} as const;

/** An event's materials and photos: whoever reads the event may see them; staff of its region add and remove them. */
export const EVENT_ATTACHMENTS = defineAttachmentOwner({
  type: 'service-event.event',
  label: '科技服务活动',
  slots: EVENT_ATTACHMENT_SLOTS,
  async read(db, auth, id) {
    const row = await readServiceEvent(db, auth, id);
    return { regionCode: row.region_code };
  },
  async assertCanChange(db, auth, id) {
    assertCanChangeFiles(auth, await readServiceEvent(db, auth, id));
  },
});
