import type { Kysely } from 'kysely';
import { chinaToday, rankCommissioners } from '@kechuang/domain';
import type { DB } from '../../../platform/db/schema';
import { notFound } from '../../../platform/errors';
import type { AuthContext } from '../../../platform/http/types';
import { getIntParam } from '../../../platform/params/params.repository';
import { assertCanMatch, assertCanReadNeed } from './matching.policy';
import { candidatesFor, findNeed, needHistory } from './need.repository';

/** One need the user may read, with its history and whether its contact phone shows in full. */
export async function readNeed(db: Kysely<DB>, auth: AuthContext, id: number) {
  const row = await findNeed(db, id);
  if (!row) throw notFound('技术需求');
  const scope = assertCanReadNeed(auth, row);
  return { row, scope, history: await needHistory(db, id) };
}

/** The ranking's weights, from sys_param (docs/rules.md §5.1.2). */
async function matchWeights(db: Kysely<DB>) {
  return {
    field: await getIntParam(db, 'commissioner.match_field'),
    keyword: await getIntParam(db, 'commissioner.match_keyword'),
    keywordCap: await getIntParam(db, 'commissioner.match_keyword_cap'),
    loadPenalty: await getIntParam(db, 'commissioner.match_load_penalty'),
  };
}

/** The commissioners proposed for a need (staff of its region): ranked, each with its reasons. */
export async function proposeCommissioners(db: Kysely<DB>, auth: AuthContext, id: number) {
  const row = await findNeed(db, id);
  if (!row) throw notFound('技术需求');
  assertCanMatch(auth, row);
  const candidates = (await candidatesFor(db, row.region_code, chinaToday())).map((c) => ({
    ...c,
    regionCode: c.region_code,
    regionName: c.region_name,
    fieldLabel: c.field_label,
    load: Number(c.load),
  }));
  return rankCommissioners({ regionCode: row.region_code, field: row.field, problem: row.problem }, candidates, {
    ...(await matchWeights(db)),
  });
}
