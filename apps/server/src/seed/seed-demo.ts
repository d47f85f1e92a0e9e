import { chinaToday } from '@kechuang/domain';
import type { Kysely } from 'kysely';
import type { DB } from '../platform/db/schema';
import { writeAudit } from '../platform/audit/audit.writer';
import { hashPassword } from '../platform/auth/password';
import { personalData } from '../platform/crypto/personal-data';
import type { ServerModule } from '../platform/module-kit/module';
import { MODULES } from '../modules/index';
import { DEMO_ACCOUNTS, DEMO_COUNTY, DEMO_PASSWORD } from './demo-accounts';
import { seedDemoEnterprises } from './seed-demo-enterprises';
import { seedDemoRd } from './seed-demo-rd';
import { seedDemoProjects } from './seed-demo-projects';
import type { DemoToday } from './demo-life';
import { seedDemoQualificationsLater } from './seed-demo-qualifications-later';
import { seedDemoRdLater } from './seed-demo-rd-later';
import { seedSiblingCounties } from './sibling-counties/seed-sibling-counties';

/**
 * Loads the demo data once (skipped when the `admin` account exists), in one transaction: the register, R&D, the
 * accounts and projects, then every module's own `seedDemo` hook in module order, then the six other counties of
 * 定西市 (after all of the demo county's, whose ids stay as they were). Returns whether it ran.
 * The county lives on from its recorded 2022 H1 until `today` (by default the clock's day in Beijing); null loads
 * the demo as recorded, for tests that count its 2022 records.
 */
export async function seedDemo(
  db: Kysely<DB>,
  modules: readonly ServerModule[] = MODULES,
  today: DemoToday = chinaToday(),
): Promise<boolean> {
  const exists = await db.selectFrom('app_user').select('id').where('username', '=', 'admin').executeTakeFirst();
  if (exists) return false;
  const hash = await hashPassword(DEMO_PASSWORD);
  await db.transaction().execute(async (trx) => {
    const system = { id: null, name: 'system', ip: null };
    const enterprises = await seedDemoEnterprises(trx, system);
    await seedDemoRd(trx, system, enterprises);
    if (today !== null) {
      await seedDemoQualificationsLater(trx, system, enterprises, today);
      await seedDemoRdLater(trx, system, enterprises, today);
    }
    for (const a of DEMO_ACCOUNTS) {
      const user = await trx
        .insertInto('app_user')
        .values({
          username: a.username,
          display_name: a.displayName,
          password_hash: hash,
          region_code: a.region ?? DEMO_COUNTY.code,
          enterprise_id: a.role === 'enterprise' ? (enterprises.get('青龙管业') ?? null) : null,
          must_change_password: false,
          created_by: null,
          updated_by: null,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await trx.insertInto('user_role').values({ user_id: user.id, role_code: a.role }).execute();
      if (a.totpSecret) {
        const sealed = personalData().seal(a.totpSecret);
        await trx
          .insertInto('user_totp')
          .values({ user_id: user.id, secret_sealed: sealed, enrolled_at: new Date() })
          .execute();
      }
    }
    await seedDemoProjects(trx, system, enterprises, today);
    for (const module of modules) await module.seedDemo?.(trx, system, { county: DEMO_COUNTY, today });
    await seedSiblingCounties(trx, system, today);
    await writeAudit(trx, system, {
      action: 'demo.seed',
      regionCode: DEMO_COUNTY.code,
      details: { accounts: DEMO_ACCOUNTS.map((a) => a.username) },
    });
  });
  return true;
}
