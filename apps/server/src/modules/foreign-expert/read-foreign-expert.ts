import type { Kysely } from 'kysely';
import { writeAudit } from '../../platform/audit/audit.writer';
import { personalData } from '../../platform/crypto/personal-data';
import type { DB } from '../../platform/db/schema';
import { notFound } from '../../platform/errors';
import type { AuthContext, UseCaseContext } from '../../platform/http/types';
import { findExpert, type ExpertRow } from './expert.repository';
import { assertCanRead, assertCanRevealPassport, foreignExpertScope } from './foreign-expert.policy';
import { findVisit, type VisitRow } from './visit.repository';

/** One expert, if the user may read it: 404 when there is none, 403 outside the user's region. */
export async function readExpert(db: Kysely<DB>, auth: AuthContext, id: number): Promise<ExpertRow> {
  const row = await findExpert(db, id);
  if (!row) throw notFound('外国专家');
  assertCanRead(foreignExpertScope(auth), row);
  return row;
}

/** One visit, if the user may read it. */
export async function readVisit(db: Kysely<DB>, auth: AuthContext, id: number): Promise<VisitRow> {
  const row = await findVisit(db, id);
  if (!row) throw notFound('来访指导记录');
  assertCanRead(foreignExpertScope(auth), row, '该来访指导记录');
  return row;
}

/** The full passport number, opened from its seal only here; every look leaves an audit row (docs/rules.md §6.4). */
export async function revealPassport(db: Kysely<DB>, { auth, actor }: UseCaseContext, id: number) {
  const row = await findExpert(db, id);
  if (!row) throw notFound('外国专家');
  assertCanRevealPassport(auth, row);
  const passportNo = personalData().open(row.passport_sealed);
  await db.transaction().execute(async (trx) => {
    await writeAudit(trx, actor, {
      action: 'foreign-expert.expert.view-passport',
      objectType: 'foreign_expert',
      objectId: id,
      regionCode: row.region_code,
    });
  });
  return { passportNo };
}
