import type { Transaction } from 'kysely';
import { writeAudit, type Actor } from '../../platform/audit/audit.writer';
import type { DB } from '../../platform/db/schema';
import { SIBLING_COUNTIES } from './sibling-counties';
import { seedSiblingCommissioners } from './seed-sibling-commissioners';
import { seedSiblingEnterprises } from './seed-sibling-enterprises';
import { seedSiblingPlatforms } from './seed-sibling-platforms';
import { seedSiblingProjects } from './seed-sibling-projects';
import { seedSiblingRd } from './seed-sibling-rd';
import { seedSiblingTechDemand } from './seed-sibling-tech-demand';

/**
 * The six other counties of 定西市 (loaded after everything of the demo county, so its ids stay as they are): per
 * county its firms and tiers, R&D collections and GDP, platforms, projects, commissioners and 揭榜挂帅 demands,
 * through the same writes the demo county's data uses.
 */
export async function seedSiblingCounties(trx: Transaction<DB>, actor: Actor, today: string | null): Promise<void> {
  let commissioners = 0; // numbers the people across counties, so every demo ID number is different
  for (const c of SIBLING_COUNTIES) {
    const firms = await seedSiblingEnterprises(trx, actor, c);
    await seedSiblingRd(trx, actor, c, firms);
    await seedSiblingPlatforms(trx, actor, c, firms);
    await seedSiblingProjects(trx, actor, c, firms, today);
    commissioners += await seedSiblingCommissioners(trx, actor, c, firms, commissioners);
    await seedSiblingTechDemand(trx, actor, c, firms);
    await writeAudit(trx, actor, {
      action: 'demo.seed-sibling-county',
      regionCode: c.code,
      details: {
        county: c.name,
        enterprises: firms.length,
        platforms: c.platforms.length,
        projects: c.projects.length,
      },
    });
  }
}
