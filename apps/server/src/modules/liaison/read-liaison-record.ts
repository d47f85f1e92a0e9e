import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema';
import { notFound } from '../../platform/errors';
import type { AuthContext } from '../../platform/http/types';
import { assertCanRead, liaisonScope } from './liaison.policy';
import { findLiaisonRecord, type LiaisonRecordRow } from './liaison.repository';

/** One record, if the user may read it: 404 when there is none, 403 outside the user's region. */
export async function readLiaisonRecord(db: Kysely<DB>, auth: AuthContext, id: number): Promise<LiaisonRecordRow> {
  const row = await findLiaisonRecord(db, id);
  if (!row) throw notFound('干部包企业记录');
  assertCanRead(liaisonScope(auth), row);
  return row;
}
