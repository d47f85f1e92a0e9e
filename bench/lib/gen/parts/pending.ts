import type { DataPart, GenContext } from '../context';

/**
 * A part whose module is still being built. It reports itself pending until its tables exist and
 * the part is written for them; then replace it in `parts/index.ts` with the real part.
 */
function pendingPart(name: string, description: string, table: string, migration: string): DataPart {
  return {
    name,
    description,
    async pendingReason(ctx: GenContext) {
      if (!ctx.tables.has(table)) return `table "${table}" does not exist yet (migration ${migration} not in the product)`;
      return `table "${table}" exists, but the generator part for it is not written yet`;
    },
    async run() {
      throw new Error(`${name} is pending`);
    },
  };
}

/** (e) 50,000 applications with their transitions and reviews: projects module, migration 20261125-0300-projects. */
export const applicationsPending = pendingPart('applications', 'applications with transitions, reviews and their audit rows', 'project_application', '20261125-0300-projects');

/** (b) 2 R&D collection periods with 40,000 unit forms: R&D module, migration 20261125-0400-rd. */
export const rdPending = pendingPart('rd', 'R&D collection periods and unit forms with their audit rows', 'rd_task_unit', '20261125-0400-rd');
