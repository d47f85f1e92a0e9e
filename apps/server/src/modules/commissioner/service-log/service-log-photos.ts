import { defineAttachmentOwner } from '../../../platform/attachments/index';
import { AppError, notFound } from '../../../platform/errors';
import { assertCanReadLog, assertOwnLog } from './service-log.policy';
import { findServiceLog } from './service-log.repository';

export const SERVICE_LOG_OWNER = 'commissioner.service-log';

/**
 * A log's photos (docs/rules.md §5.1.1): up to 9 JPEG or PNG, seen by whoever may read the log, added and removed by
 * its commissioner until it is confirmed.
 */
export const serviceLogPhotos = defineAttachmentOwner({
  type: SERVICE_LOG_OWNER,
  label: '服务日志',
  slots: { photo: { label: '现场照片', kinds: ['jpg', 'png'], maxCount: 9 } },
  async read(db, auth, id) {
    const log = await findServiceLog(db, id);
    if (!log) throw notFound('服务日志');
    assertCanReadLog(auth, log);
    return { regionCode: log.region_code };
  },
  async assertCanChange(db, auth, id) {
    const log = await findServiceLog(db, id);
    if (!log) throw notFound('服务日志');
    assertCanReadLog(auth, log);
    assertOwnLog(auth, log);
    if (log.status === 'confirmed') throw new AppError('CONFLICT', '服务日志已确认，照片不能再修改');
  },
});
