import type { Kysely } from 'kysely';
import { writeAuditAlone } from '../../platform/audit/audit.writer';
import { personalData } from '../../platform/crypto/personal-data';
import type { DB } from '../../platform/db/schema';
import type { UseCaseContext } from '../../platform/http/types';
import { assertCanReveal } from './commissioner.policy';
import { readCommissioner } from './read-commissioner';

/**
 * The full ID number and phone of a commissioner in the user's region (docs/rules.md §6.4): opened only here, and
 * every view leaves an audit row.
 */
export async function revealPersonalData(db: Kysely<DB>, { auth, actor }: UseCaseContext, id: number) {
  const row = await readCommissioner(db, auth, id);
  assertCanReveal(auth, row);
  await writeAuditAlone(db, actor, {
    action: 'commissioner.reveal',
    objectType: 'commissioner',
    objectId: row.id,
    regionCode: row.region_code,
    details: { fields: ['idNumber', 'phone'] },
  });
  return { idNumber: personalData().open(row.id_number_sealed), phone: row.phone };
}
