import type { Kysely } from 'kysely';
import { isIncubationKind } from '@kechuang/domain';
import { writeAudit } from '../../platform/audit/audit.writer';
import type { DB } from '../../platform/db/schema';
import { AppError } from '../../platform/errors';
import type { UseCaseContext } from '../../platform/http/types';
import { platformEventInserts } from './platform-events';
import { readTechPlatform } from './read-tech-platform';
import { assertCanChange, assertEnterpriseInRegion } from './tech-platform.policy';
import { enterprisesByIds } from './tech-platform.repository';

const invalid = (field: string, message: string) => new AppError('VALIDATION_FAILED', message, [{ field, message }]);

/**
 * An enterprise of the register enters incubation at a 孵化器, 众创空间 or 星创天地 (docs/rules.md §5.4): one open
 * stay per platform and enterprise; the enterprise's timeline records the entry. Answers the incubatee's id.
 */
export async function addIncubatee(
  db: Kysely<DB>,
  { auth, actor }: UseCaseContext,
  platformId: number,
  input: { enterpriseId: number; enteredOn: string },
): Promise<number> {
  const { row: p } = await readTechPlatform(db, auth, platformId);
  assertCanChange(auth, p);
  if (!isIncubationKind(p.kind)) {
    throw new AppError('CONFLICT', `“${p.kind_label ?? p.kind}”不是孵化载体，不能登记在孵企业`);
  }
  if (p.status === 'delisted' || p.status === 'revoked') {
    throw new AppError('CONFLICT', `平台已${p.status === 'delisted' ? '摘牌' : '撤销'}，不能登记在孵企业`);
  }
  const [e] = await enterprisesByIds(db, [input.enterpriseId]);
  if (!e) throw invalid('enterpriseId', `在孵企业：企业库中没有编号为 ${input.enterpriseId} 的企业`);
  assertEnterpriseInRegion(auth, e, 'enterpriseId', '在孵企业');
  const open = await db
    .selectFrom('tech_platform_incubatee')
    .select('id')
    .where('platform_id', '=', platformId)
    .where('enterprise_id', '=', e.id)
    .where('graduated_on', 'is', null)
    .executeTakeFirst();
  if (open) throw new AppError('CONFLICT', `“${e.name}”已在该平台孵化中`);
  return db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('tech_platform_incubatee')
      .values({
        platform_id: platformId,
        region_code: p.region_code,
        enterprise_id: e.id,
        entered_on: input.enteredOn,
        created_by: actor.id,
        updated_by: actor.id,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    const events = platformEventInserts(trx, actor, [e.id], {
      platformId,
      regionCode: p.region_code,
      kind: 'incubation-entered',
      title: `入驻${p.kind_label ?? '孵化载体'}：${p.name}`,
      detail: `入孵日期 ${input.enteredOn}`,
    });
    await writeAudit(
      trx,
      actor,
      {
        action: 'tech-platform.incubatee.add',
        objectType: 'tech_platform_incubatee',
        objectId: row.id,
        regionCode: p.region_code,
        after: row,
        details: { platformId, enterprise: e.name },
      },
      { alongside: events },
    );
    return row.id;
  });
}
