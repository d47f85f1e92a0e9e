import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { ZUpsertDictItemRequest } from '@kechuang/domain';
import { writeAudit } from '../../platform/audit/audit.writer';
import type { DB } from '../../platform/db/schema';
import { updateVersioned } from '../../platform/db/versioned-update';
import { AppError, notFound } from '../../platform/errors';
import type { UseCaseContext } from '../../platform/http/types';
import { dictItemValue, type DictItemRow } from './dict.repository';

/**
 * Changes a dictionary item's label, parent, order or status (optimistic locking). The value is referenced by
 * business data and cannot change: a new item replaces it, and the old one is disabled rather than deleted.
 */
export async function updateDictItem(
  db: Kysely<DB>,
  { auth, actor }: UseCaseContext,
  input: { id: number } & z.output<typeof ZUpsertDictItemRequest>,
): Promise<DictItemRow> {
  const { version } = input;
  if (!version) {
    throw new AppError('VALIDATION_FAILED', '缺少版本号 version', [{ field: 'version', message: '缺少版本号' }]);
  }
  const value = await dictItemValue(db, input.id);
  if (value === undefined) throw notFound('字典项');
  if (value !== input.value) {
    throw new AppError('VALIDATION_FAILED', '字典值被业务数据引用，不能修改；如需更换请新增字典项并停用旧项');
  }
  return db.transaction().execute(async (trx) => {
    const res = await updateVersioned<DictItemRow>(trx, {
      table: 'dict_item',
      key: 'id',
      id: input.id,
      version,
      set: { label: input.label, parent_value: input.parentValue ?? null, sort: input.sort, status: input.status },
      what: '字典项',
      userId: auth.userId,
    });
    await writeAudit(trx, actor, {
      action: 'dict-item.update',
      objectType: 'dict_item',
      objectId: input.id,
      before: res.before,
      after: res.after,
    });
    return res.after;
  });
}
