import type { Kysely } from 'kysely';
import type { TEnterpriseInput } from '@kechuang/domain';
import type { DB } from '../../platform/db/schema';
import type { UseCaseContext } from '../../platform/http/types';
import { checkEnterpriseReferences } from './enterprise-input';
import { assertCanWrite } from './enterprise.policy';
import { findEnterprise, type EnterpriseRow } from './enterprise.repository';
import { insertEnterprise } from './insert-enterprise';

/**
 * Adds an enterprise to the register in the user's region: in one transaction the codes given are checked and
 * the industry code normalised (C2730 → 2730), then the row, its timeline entry and its audit row are written.
 * Answers the stored enterprise with its names.
 */
export async function createEnterprise(
  db: Kysely<DB>,
  { auth, actor }: UseCaseContext,
  input: TEnterpriseInput,
): Promise<EnterpriseRow> {
  assertCanWrite(auth, input.regionCode);
  const id = await db.transaction().execute(async (trx) => {
    const checked = await checkEnterpriseReferences(trx, input);
    return insertEnterprise(trx, actor, checked.input);
  });
  return (await findEnterprise(db, id))!;
}
