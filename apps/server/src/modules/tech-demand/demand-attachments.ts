import { DEMAND_STATE_LABELS, type DemandState } from '@kechuang/domain';
import { defineAttachmentOwner } from '../../platform/attachments/attachment-owner';
import { AppError, notFound } from '../../platform/errors';
import { actorOnDemand } from './tech-demand.policy';
import { findDemand } from './tech-demand.repository';
import { readDemand } from './read-demand';

/**
 * A demand's materials (docs/rules.md §5.2: 需求说明、技术资料): whoever reads the demand downloads them; its
 * enterprise, or staff on its behalf, changes them while the demand is a draft (new, or returned for changes).
 */
export const DEMAND_ATTACHMENTS = defineAttachmentOwner({
  type: 'tech-demand.demand',
  label: '技术需求',
  slots: { file: { label: '需求附件', maxCount: 10 } },
  async read(db, auth, id) {
    const { row } = await readDemand(db, auth, id);
    return { regionCode: row.region_code };
  },
  async assertCanChange(db, auth, id) {
    const row = await findDemand(db, id);
    if (!row) throw notFound('技术需求');
    const actor = actorOnDemand(auth, row);
    if (row.state !== 'draft') {
      const label = DEMAND_STATE_LABELS[row.state as DemandState];
      throw new AppError('CONFLICT', `需求处于“${label}”状态，只有草稿或退回修改的需求可以增删附件`);
    }
    return { onBehalf: actor === 'staff' };
  },
});
