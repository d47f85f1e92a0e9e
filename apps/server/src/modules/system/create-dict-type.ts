import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { ZCreateDictTypeRequest } from '@kechuang/domain';
import { writeAudit } from '../../platform/audit/audit.writer';
import type { DB } from '../../platform/db/schema';
import { AppError } from '../../platform/errors';
import type { UseCaseContext } from '../../platform/http/types';
import { dictTypeExists, type DictTypeRow } from './dict.repository';

/** Adds a dictionary type under a code not yet used. */
export async function createDictType(
  db: Kysely<DB>,
  { auth, actor }: UseCaseContext,
  input: z.output<typeof ZCreateDictTypeRequest>,
): Promise<DictTypeRow> {
  if (await dictTypeExists(db, input.code)) {
    throw new AppError('CONFLICT', `字典编码“${input.code}”已存在`, [{ field: 'code', message: '字典编码已存在' }]);
  }
  return db.transaction().execute(async (trx) => {
    const r = await trx
      .insertInto('dict_type')
      .values({ code: input.code, name: input.name, remark: input.remark ?? null, updated_by: auth.userId })
      .returningAll()
      .executeTakeFirstOrThrow();
    await writeAudit(trx, actor, { action: 'dict.create', objectType: 'dict_type', objectId: r.code, after: r });
    return r;
  });
}
