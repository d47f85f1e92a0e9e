import type { Kysely, Selectable } from 'kysely';
import { codeStartsWith } from '../../platform/db/code-prefix';
import { listPage, type PageRequest } from '../../platform/db/paging';
import type { DB, JobTable } from '../../platform/db/schema';
import type { JobScope } from './system.policy';

export type JobRow = Selectable<JobTable>;

/** One page of the jobs in a scope, newest first. */
export async function listJobs(db: Kysely<DB>, scope: JobScope, page: PageRequest) {
  const q = db
    .selectFrom('job')
    .selectAll()
    .where((eb) =>
      scope.kind === 'region'
        ? eb.or([codeStartsWith('region_code', scope.prefix), eb('region_code', 'is', null)])
        : eb('created_by', '=', scope.userId),
    );
  return listPage(q, page, { defaultSort: ['id', 'desc'], idColumn: 'id' });
}

/** One job, of the given type when one is named. */
export async function findJob(db: Kysely<DB>, id: number, type?: string): Promise<JobRow | undefined> {
  let q = db.selectFrom('job').selectAll().where('id', '=', id);
  if (type) q = q.where('type', '=', type);
  return q.executeTakeFirst();
}
