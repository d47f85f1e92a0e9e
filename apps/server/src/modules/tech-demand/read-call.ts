import type { Kysely } from 'kysely';
import { assertInScope } from '../../platform/auth/row-scope';
import type { DB } from '../../platform/db/schema';
import { notFound } from '../../platform/errors';
import type { AuthContext } from '../../platform/http/types';
import { findCall, type CallRow } from './call.repository';
import { callScope } from './tech-demand.policy';

/** One call if the user may read it (404 / 403 for another county). */
export async function readCall(db: Kysely<DB>, auth: AuthContext, id: number): Promise<CallRow> {
  const call = await findCall(db, id);
  if (!call) throw notFound('榜单批次');
  assertInScope(callScope(auth), call, '该榜单批次');
  return call;
}
