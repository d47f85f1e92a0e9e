import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { ZCreateRegionRequest } from '@kechuang/domain';
import { writeAudit } from '../../platform/audit/audit.writer';
import type { DB, RegionTable } from '../../platform/db/schema';
import { AppError } from '../../platform/errors';
import type { UseCaseContext } from '../../platform/http/types';
import { findRegion, type RegionRow } from './region.repository';
import { assertInAdminScope } from './system.policy';

const LEVEL_BELOW: Record<string, RegionTable['level']> = { province: 'city', city: 'county', county: 'township' };

/**
 * Adds a region (a new township, say) below one in the administrator's region: its code has the length of its
 * level and starts with its parent's, and a code once used is never used again.
 */
export async function createRegion(
  db: Kysely<DB>,
  { auth, actor }: UseCaseContext,
  input: z.output<typeof ZCreateRegionRequest>,
): Promise<RegionRow> {
  assertInAdminScope(auth, input.parentCode);
  const parent = await findRegion(db, input.parentCode);
  if (!parent) {
    throw new AppError('VALIDATION_FAILED', '上级区划不存在', [{ field: 'parentCode', message: '上级区划不存在' }]);
  }
  const level = LEVEL_BELOW[parent.level];
  if (!level) {
    throw new AppError('VALIDATION_FAILED', '乡镇以下不再细分', [{ field: 'parentCode', message: '乡镇以下不再细分' }]);
  }
  const prefixLen = { city: 2, county: 4, township: 6 }[level as 'city'];
  const expectLen = level === 'township' ? 12 : 6;
  if (input.code.length !== expectLen || !input.code.startsWith(parent.code.slice(0, prefixLen))) {
    const message = `${level === 'township' ? '乡镇' : '下级区划'}代码须为 ${expectLen} 位，且以上级代码 ${parent.code.slice(0, prefixLen)} 开头`;
    throw new AppError('VALIDATION_FAILED', message, [{ field: 'code', message }]);
  }
  if (await findRegion(db, input.code)) {
    throw new AppError('CONFLICT', `区划代码 ${input.code} 已存在（停用的代码不得重复使用）`, [
      { field: 'code', message: '区划代码已存在' },
    ]);
  }
  return db.transaction().execute(async (trx) => {
    const r = await trx
      .insertInto('region')
      .values({
        code: input.code,
        name: input.name,
        level,
        parent_code: parent.code,
        valid_from: input.validFrom,
        valid_to: null,
        updated_by: auth.userId,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await writeAudit(trx, actor, {
      action: 'region.create',
      objectType: 'region',
      objectId: r.code,
      regionCode: r.code,
      after: r,
    });
    return r;
  });
}
