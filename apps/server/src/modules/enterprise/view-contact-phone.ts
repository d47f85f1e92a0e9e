import type { Kysely } from 'kysely';
import { writeAuditAlone } from '../../platform/audit/audit.writer';
import type { DB } from '../../platform/db/schema';
import type { UseCaseContext } from '../../platform/http/types';
import { readEnterprise } from './read-enterprise';

/** The unmasked contact phone of an enterprise the user may read; every view leaves an audit row. */
export async function viewContactPhone(db: Kysely<DB>, { auth, actor }: UseCaseContext, id: number) {
  const row = await readEnterprise(db, auth, id);
  await writeAuditAlone(db, actor, {
    action: 'enterprise.view-phone',
    objectType: 'enterprise',
    objectId: row.id,
    regionCode: row.region_code,
  });
  return row.contact_phone;
}
