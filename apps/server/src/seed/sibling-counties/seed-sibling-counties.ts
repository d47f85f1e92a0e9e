import type { Transaction } from 'kysely';
import { writeAudit, type Actor } from '../../platform/audit/audit.writer';
import type { DB } from '../../platform/db/schema';
import { SIBLING_COUNTIES } from './sibling-counties';
import { seedSiblingEnterprises } from './seed-sibling-enterprises';
import { seedSiblingRd } from './seed-sibling-rd';

/**
 * The six other counties of 定西市 (loaded after everything of the demo county, so its ids stay as they are): per
 * county its firms and tiers, R&D collections and GDP, platforms, projects, commissioners and 揭榜挂帅 demands,
 * through the same writes the demo county's data uses.
 */
export async function seedSiblingCounties(trx: Transaction<DB>, actor: Actor): Promise<void> {
  for (const c of SIBLING_COUNTIES) {
    const firms = await seedSiblingEnterprises(trx, actor, c);
    await seedSiblingRd(trx, actor, c, firms);
    await writeAudit(trx, actor, {
      action: 'demo.seed-sibling-county',
      regionCode: c.code,
      details: { county: c.name, enterprises: firms.length },
    });
  }
}
