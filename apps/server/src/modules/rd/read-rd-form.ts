import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema';
import type { AuthContext } from '../../platform/http/types';
import { loadRdForm, type RdFormView } from './rd-form-view';
import { readRdUnit } from './read-rd-unit';

/** A unit's form with its projects and findings, if the user may read it (readRdUnit). */
export async function readRdForm(db: Kysely<DB>, auth: AuthContext, id: number): Promise<RdFormView> {
  await readRdUnit(db, auth, id);
  return loadRdForm(db, id);
}
