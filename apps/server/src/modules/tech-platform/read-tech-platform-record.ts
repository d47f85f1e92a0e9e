import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema';
import { notFound } from '../../platform/errors';
import type { AuthContext } from '../../platform/http/types';
import { assertCanRead, techPlatformScope } from './tech-platform.policy';
import { findTechPlatformRecord, type TechPlatformRecordRow } from './tech-platform.repository';

/** One record, if the user may read it: 404 when there is none, 403 outside the user's region. */
export async function readTechPlatformRecord(
  db: Kysely<DB>,
  auth: AuthContext,
  id: number,
): Promise<TechPlatformRecordRow> {
  const row = await findTechPlatformRecord(db, id);
  if (!row) throw notFound('创新平台记录');
  assertCanRead(techPlatformScope(auth), row);
  return row;
}
