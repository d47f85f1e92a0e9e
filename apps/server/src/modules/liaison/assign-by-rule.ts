import { sql, type Kysely } from 'kysely';
import {
  ABOVE_SCALE_TAG,
  LIAISON_RULE_LABELS,
  type TLiaisonRuleAssignmentInput,
  type TLiaisonRuleCommitted,
  type TLiaisonRulePreview,
} from '@kechuang/domain';
import { regionScopePrefix } from '../../platform/auth/region-scope';
import { codeStartsWith } from '../../platform/db/code-prefix';
import type { DB } from '../../platform/db/schema';
import type { AuthContext, UseCaseContext } from '../../platform/http/types';
import { insertAssignment } from './assign-enterprise';
import { leadsOverlapping } from './assignment.repository';
import { cadreRef } from './liaison-refs';
import { assertCanWrite } from './liaison.policy';

/** The register's column a rule reads (docs/rules.md §5.7.1): 规上 is a tag, 高企 and 创新型 are qualification tiers. */
const RULE_CONDITION = {
  above_scale: sql<boolean>`${ABOVE_SCALE_TAG} = any(e.tags)`,
  high_tech: sql<boolean>`'high_tech' = any(e.qualification_tiers)`,
  innovative: sql<boolean>`'provincial_innovative' = any(e.qualification_tiers)`,
} as const;

function ruleLabel(input: TLiaisonRuleAssignmentInput, townshipName: string | null) {
  return `${townshipName ?? ''}${LIAISON_RULE_LABELS[input.rule]}`;
}

/** The enterprises the rule selects in the user's and the cadre's region, each with its current lead (if any). */
async function selectByRule(db: Kysely<DB>, auth: AuthContext, input: TLiaisonRuleAssignmentInput) {
  assertCanWrite(auth, auth.regionCode);
  const cadre = await cadreRef(db, input.cadreId);
  let q = db
    .selectFrom('enterprise as e')
    .select([
      'e.id',
      'e.name',
      'e.region_code',
      sql<string | null>`(select name from region where code = e.township_code)`.as('township_name'),
    ])
    .where('e.unit_kind', '=', 'enterprise')
    .where(codeStartsWith('e.region_code', auth.scopePrefix))
    .where(codeStartsWith('e.region_code', regionScopePrefix(cadre.region_code)))
    .where(RULE_CONDITION[input.rule]);
  if (input.townshipCode) q = q.where('e.township_code', '=', input.townshipCode);
  const enterprises = await q.orderBy('e.name').orderBy('e.id').execute();
  const leads = await leadsOverlapping(
    db,
    enterprises.map((e) => e.id),
    input.startOn,
    input.endOn,
  );
  const township = input.townshipCode
    ? ((await db.selectFrom('region').select('name').where('code', '=', input.townshipCode).executeTakeFirst())?.name ??
      null)
    : null;
  return { cadre, enterprises, leads, label: ruleLabel(input, township) };
}

/** What the rule would assign, shown before it commits: every enterprise and the lead it already has. */
export async function previewRuleAssignment(
  db: Kysely<DB>,
  auth: AuthContext,
  input: TLiaisonRuleAssignmentInput,
): Promise<TLiaisonRulePreview> {
  const { enterprises, leads, label } = await selectByRule(db, auth, input);
  const items = enterprises.map((e) => ({
    enterpriseId: e.id,
    enterpriseName: e.name,
    townshipName: e.township_name,
    currentLead: leads.get(e.id) ?? null,
  }));
  return { ruleLabel: label, items, assignable: items.filter((i) => !i.currentLead).length };
}

/** Commits the rule: assigns every selected enterprise without a lead in the period; those with one are skipped. */
export async function commitRuleAssignment(
  db: Kysely<DB>,
  { auth, actor }: UseCaseContext,
  input: TLiaisonRuleAssignmentInput,
): Promise<TLiaisonRuleCommitted> {
  const { cadre, enterprises, leads, label } = await selectByRule(db, auth, input);
  const free = enterprises.filter((e) => !leads.has(e.id));
  const ids = await db.transaction().execute(async (trx) => {
    const out: number[] = [];
    for (const enterprise of free) {
      out.push(
        await insertAssignment(trx, actor, {
          enterprise,
          cadre,
          startOn: input.startOn,
          endOn: input.endOn,
          source: 'rule',
          ruleLabel: label,
        }),
      );
    }
    return out;
  });
  return { created: ids.length, skipped: enterprises.length - free.length, ids };
}
