import type { Kysely } from 'kysely';
import type { TCommissionerDetail } from '@kechuang/domain';
import type { DB } from '../../platform/db/schema';
import { notFound } from '../../platform/errors';
import type { AuthContext } from '../../platform/http/types';
import { agreementsOf } from './agreement/agreement.repository';
import { assertCanRead, commissionerScope } from './commissioner.policy';
import { presentAgreement, presentCommissioner, presentHistory } from './commissioner.presenter';
import { findCommissioner, historyOf, type CommissionerRow } from './commissioner.repository';
import { eligibilityOf, levelRule } from './level-rules';

/** One commissioner, if the user may read it: 404 when there is none, 403 outside the user's scope. */
export async function readCommissioner(db: Kysely<DB>, auth: AuthContext, id: number): Promise<CommissionerRow> {
  const row = await findCommissioner(db, id);
  if (!row) throw notFound('科技特派员');
  assertCanRead(commissionerScope(auth), row);
  return row;
}

/** The detail: the record, its eligibility (on the appointment day, else the term's start), history, agreements. */
export async function readCommissionerDetail(
  db: Kysely<DB>,
  auth: AuthContext,
  id: number,
): Promise<TCommissionerDetail> {
  const row = await readCommissioner(db, auth, id);
  const [rule, history, agreements] = await Promise.all([
    levelRule(db, row.level),
    historyOf(db, id),
    agreementsOf(db, id),
  ]);
  return {
    commissioner: presentCommissioner(row),
    eligibility: eligibilityOf(row, rule, row.appointed_on ?? row.term_start),
    ruleSource: rule.source,
    history: history.map(presentHistory),
    agreements: agreements.map(presentAgreement),
  };
}
