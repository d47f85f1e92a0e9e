import { defineAttachmentOwner } from '../../../platform/attachments/attachment-owner';
import { notFound } from '../../../platform/errors';
import { readDemand } from '../read-demand';
import { assertDemandStaff, assertSeesBids } from './bid.policy';
import { acceptanceOf, findBid, findMilestone } from './bid.repository';

// The files of 揭榜 (docs/rules.md §5.2): readers of the demand (not 论证 experts) download, its region's staff change.

/** An application's materials (方案, 资质, 团队证明). */
export const BID_ATTACHMENTS = defineAttachmentOwner({
  type: 'tech-demand.bid',
  label: '揭榜申请',
  slots: { file: { label: '申请材料' } },
  async read(db, auth, id) {
    const bid = await findBid(db, id);
    if (!bid) throw notFound('揭榜申请');
    assertSeesBids((await readDemand(db, auth, bid.demand_id)).scope);
    return { regionCode: bid.region_code };
  },
  async assertCanChange(db, auth, id) {
    const bid = await findBid(db, id);
    if (!bid) throw notFound('揭榜申请');
    assertDemandStaff(auth, bid.region_code);
  },
});

/** A milestone's report materials (owner: the milestone). */
export const MILESTONE_ATTACHMENTS = defineAttachmentOwner({
  type: 'tech-demand.milestone',
  label: '揭榜里程碑',
  slots: { file: { label: '里程碑报告材料' } },
  async read(db, auth, id) {
    const m = await findMilestone(db, id);
    if (!m) throw notFound('里程碑');
    assertSeesBids((await readDemand(db, auth, m.demand_id)).scope);
    return { regionCode: m.region_code };
  },
  async assertCanChange(db, auth, id) {
    const m = await findMilestone(db, id);
    if (!m) throw notFound('里程碑');
    assertDemandStaff(auth, m.region_code);
  },
});

/** The acceptance's materials (owner: the demand, as a demand has one acceptance). */
export const ACCEPTANCE_ATTACHMENTS = defineAttachmentOwner({
  type: 'tech-demand.acceptance',
  label: '揭榜项目验收',
  slots: { file: { label: '验收材料' } },
  async read(db, auth, demandId) {
    const { row, scope } = await readDemand(db, auth, demandId);
    assertSeesBids(scope);
    return { regionCode: row.region_code };
  },
  async assertCanChange(db, auth, demandId) {
    const { row } = await readDemand(db, auth, demandId);
    assertDemandStaff(auth, row.region_code);
    if (!(await acceptanceOf(db, demandId)) && row.state !== 'implementing') throw notFound('项目验收');
  },
});

export const TECH_DEMAND_BID_ATTACHMENTS = [BID_ATTACHMENTS, MILESTONE_ATTACHMENTS, ACCEPTANCE_ATTACHMENTS] as const;
