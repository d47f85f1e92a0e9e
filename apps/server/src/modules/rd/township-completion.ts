import { sql, type Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema';
import type { StatusCounts } from './rd-task.repository';

const count = (status: string) => sql<number>`count(*) filter (where u.status = ${status})::int`;

/** Units per status for a task, overall and per township (with the township's name). */
export async function townshipCompletion(db: Kysely<DB>, taskId: number) {
  const rows = await db
    .selectFrom('rd_task_unit as u')
    .leftJoin('region as r', 'r.code', 'u.township_code')
    .select([
      'u.township_code',
      'r.name as township_name',
      sql<number>`count(*)::int`.as('units'),
      count('not_filled').as('not_filled'),
      count('saved').as('saved'),
      count('submitted').as('submitted'),
      count('approved').as('approved'),
      count('returned').as('returned'),
    ])
    .where('u.task_id', '=', taskId)
    .groupBy(['u.township_code', 'r.name'])
    .orderBy('u.township_code')
    .execute();
  const overall: StatusCounts = { units: 0, not_filled: 0, saved: 0, submitted: 0, approved: 0, returned: 0 };
  for (const r of rows) for (const k of Object.keys(overall) as (keyof StatusCounts)[]) overall[k] += r[k];
  return { overall, byTownship: rows };
}
