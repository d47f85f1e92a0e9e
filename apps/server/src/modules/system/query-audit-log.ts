import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { ZAuditQuery } from '@kechuang/domain';
import { writeAuditAlone } from '../../platform/audit/audit.writer';
import type { DB } from '../../platform/db/schema';
import type { UseCaseContext } from '../../platform/http/types';
import { listAuditEntries } from './audit.repository';

/** One page of the operation log (or of the sign-ins only); reading the trail is itself audited. */
export async function queryAuditLog(
  db: Kysely<DB>,
  { actor }: UseCaseContext,
  input: { query: z.infer<typeof ZAuditQuery>; loginOnly: boolean },
) {
  const { current, pageSize, ...filter } = input.query;
  const page = await listAuditEntries(db, filter, input.loginOnly, { current, pageSize });
  await writeAuditAlone(db, actor, {
    action: 'audit.query',
    details: { loginOnly: input.loginOnly, filter: { ...input.query } },
  });
  return page;
}
