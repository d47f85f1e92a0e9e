import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { ZUpsertDictItemRequest } from '@kechuang/domain';
import { writeAudit } from '../../platform/audit/audit.writer';
import type { DB } from '../../platform/db/schema';
import { AppError, notFound } from '../../platform/errors';
import type { UseCaseContext } from '../../platform/http/types';
import { dictTypeExists, dictValueExists, type DictItemRow } from './dict.repository';

/** Adds an item to a dictionary under a value the dictionary does not hold yet. */
export async function createDictItem(
  db: Kysely<DB>,
  { auth, actor }: UseCaseContext,
  input: { typeCode: string } & z.output<typeof ZUpsertDictItemRequest>,
): Promise<DictItemRow> {
  if (!(await dictTypeExists(db, input.typeCode))) throw notFound('字典类型');
  if (await dictValueExists(db, input.typeCode, input.value)) {
    throw new AppError('CONFLICT', `字典值“${input.value}”已存在`, [{ field: 'value', message: '字典值已存在' }]);
  }
  return db.transaction().execute(async (trx) => {
    const r = await trx
      .insertInto('dict_item')
      .values({
        type_code: input.typeCode,
        value: input.value,
        label: input.label,
        parent_value: input.parentValue ?? null,
        sort: input.sort,
        status: input.status,
        updated_by: auth.userId,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await writeAudit(trx, actor, { action: 'dict-item.create', objectType: 'dict_item', objectId: r.id, after: r });
    return r;
  });
}
