import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { ZUpdateRegionRequest } from '@kechuang/domain';
import { writeAudit } from '../../platform/audit/audit.writer';
import type { DB } from '../../platform/db/schema';
import { updateVersioned } from '../../platform/db/versioned-update';
import { AppError, notFound } from '../../platform/errors';
import type { UseCaseContext } from '../../platform/http/types';
import { findRegion, regionHasChildren, type RegionRow } from './region.repository';
import { assertInAdminScope } from './system.policy';

/**
 * Renames a region of the administrator's region or sets the day it lapses (not before it took effect; the code
 * never changes), under optimistic locking. Answers the region and whether it has regions below it.
 */
export async function updateRegion(
  db: Kysely<DB>,
  { auth, actor }: UseCaseContext,
  input: { code: string } & z.output<typeof ZUpdateRegionRequest>,
): Promise<RegionRow & { has_children: boolean }> {
  assertInAdminScope(auth, input.code);
  const current = await findRegion(db, input.code);
  if (!current) throw notFound('区划');
  if (input.validTo && input.validTo < current.valid_from) {
    throw new AppError('VALIDATION_FAILED', '失效日期不能早于生效日期', [
      { field: 'validTo', message: '失效日期不能早于生效日期' },
    ]);
  }
  const after = await db.transaction().execute(async (trx) => {
    const res = await updateVersioned<RegionRow>(trx, {
      table: 'region',
      key: 'code',
      id: input.code,
      version: input.version,
      set: { name: input.name, valid_to: input.validTo },
      what: '区划',
      userId: auth.userId,
    });
    await writeAudit(trx, actor, {
      action: 'region.update',
      objectType: 'region',
      objectId: input.code,
      regionCode: input.code,
      before: res.before,
      after: res.after,
    });
    return res.after;
  });
  return { ...after, has_children: await regionHasChildren(db, after.code) };
}
