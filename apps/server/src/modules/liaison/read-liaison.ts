import { sql, type Kysely } from 'kysely';
import type { TLiaisonCadre } from '@kechuang/domain';
import { codeStartsWith } from '../../platform/db/code-prefix';
import type { RowScope } from '../../platform/auth/row-scope';
import type { DB } from '../../platform/db/schema';
import { notFound } from '../../platform/errors';
import type { AuthContext } from '../../platform/http/types';
import { findIssueRow, issueWithHistory } from './issue.repository';
import { CADRE_ROLES } from './liaison-refs';
import { assertCanRead, liaisonIssueScope } from './liaison.policy';

/** One issue with its history, if the user may read it (an enterprise user: its own only). */
export async function readIssue(db: Kysely<DB>, auth: AuthContext, id: number) {
  const row = await findIssueRow(db, id);
  if (!row) throw notFound('企业诉求');
  assertCanRead(liaisonIssueScope(auth), row, '该企业诉求');
  return issueWithHistory(db, row);
}

/** The users who may be named lead cadre in the region (its active staff and leaders, and those of its towns). */
export async function listCadres(db: Kysely<DB>, scope: RowScope): Promise<TLiaisonCadre[]> {
  const prefix = scope.kind === 'region' ? scope.prefix : '~';
  const rows = await db
    .selectFrom('app_user as u')
    .select(['u.id', 'u.display_name', 'u.region_code'])
    .where('u.status', '=', 'active')
    .where(codeStartsWith('u.region_code', prefix === '~' ? '000000' : prefix))
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('user_role as r')
          .select(sql`1`.as('one'))
          .whereRef('r.user_id', '=', 'u.id')
          .where('r.role_code', 'in', CADRE_ROLES),
      ),
    )
    .orderBy('u.id')
    .execute();
  return rows.map((r) => ({ id: r.id, name: r.display_name, regionCode: r.region_code }));
}
