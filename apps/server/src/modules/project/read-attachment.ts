import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema';
import type { AuthContext } from '../../platform/http/types';
import { accessibleAttachment } from './stored-attachment';

/** A stored file's record (with its storage key) if the user may download it. */
export function readAttachment(db: Kysely<DB>, auth: AuthContext, id: number) {
  return accessibleAttachment(db, auth, id, false);
}
