import { containing, startingWith } from '../../platform/db/like-pattern';
import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { ZAuditQuery } from '@kechuang/domain';
import { listPage, type PageRequest } from '../../platform/db/paging';
import type { DB } from '../../platform/db/schema';

export type AuditFilter = Omit<z.infer<typeof ZAuditQuery>, 'current' | 'pageSize'>;

/** One page of the audit trail (sign-ins only, for the login log), filtered, newest first. */
export async function listAuditEntries(db: Kysely<DB>, f: AuditFilter, loginOnly: boolean, page: PageRequest) {
  let q = db.selectFrom('audit_log').selectAll();
  if (loginOnly) q = q.where('action', 'like', 'auth.%');
  if (f.actor) q = q.where('actor_name', 'like', containing(f.actor));
  if (f.action) q = q.where('action', 'like', startingWith(f.action));
  if (f.objectType) q = q.where('object_type', '=', f.objectType);
  if (f.result) q = q.where('result', '=', f.result);
  if (f.requestId) q = q.where('request_id', '=', f.requestId);
  if (f.from) q = q.where('at', '>=', new Date(f.from));
  if (f.to) q = q.where('at', '<', new Date(f.to));
  return listPage(q, page, { defaultSort: ['id', 'desc'], idColumn: 'id' });
}
