import { sql } from 'kysely';

/** The name of a record's county, over the record called `alias` (also computed by the versioned update). */
export const regionNameOf = (alias: string) =>
  sql<string | null>`(select name from region where code = ${sql.ref(`${alias}.region_code`)})`.as('region_name');

/** The ids of a `?ids=` filter. */
export const idsOf = (ids: string) => ids.split(',').map(Number);
