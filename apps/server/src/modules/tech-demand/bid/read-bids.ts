import type { Kysely } from 'kysely';
import type { TBidOverview } from '@kechuang/domain';
import type { DB } from '../../../platform/db/schema';
import type { AuthContext } from '../../../platform/http/types';
import { readDemand } from '../read-demand';
import { assertSeesBids } from './bid.policy';
import { presentOverview } from './bid.presenter';
import { acceptanceOf, bidsOf, contractOf, milestonesOf, reportsOf } from './bid.repository';

/** A demand's 揭榜 (applications, contract, milestones with reports, acceptance) if the user may read it. */
export async function readBidOverview(db: Kysely<DB>, auth: AuthContext, demandId: number): Promise<TBidOverview> {
  const { scope } = await readDemand(db, auth, demandId);
  assertSeesBids(scope);
  const contract = await contractOf(db, demandId);
  const milestones = contract ? await milestonesOf(db, contract.id) : [];
  return presentOverview({
    demandId,
    bids: await bidsOf(db, demandId),
    contract,
    milestones,
    reports: await reportsOf(
      db,
      milestones.map((m) => m.id),
    ),
    acceptance: await acceptanceOf(db, demandId),
  });
}
