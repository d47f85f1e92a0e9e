import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema';
import { notFound } from '../../platform/errors';
import type { AuthContext } from '../../platform/http/types';
import { assertCanRead, serviceEventScope } from './service-event.policy';
import { findServiceEventRecord, type ServiceEventRecordRow } from './service-event.repository';

/** One record, if the user may read it: 404 when there is none, 403 outside the user's region. */
export async function readServiceEventRecord(
  db: Kysely<DB>,
  auth: AuthContext,
  id: number,
): Promise<ServiceEventRecordRow> {
  const row = await findServiceEventRecord(db, id);
  if (!row) throw notFound('科技服务活动记录');
  assertCanRead(serviceEventScope(auth), row);
  return row;
}
