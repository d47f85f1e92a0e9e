import { sql, type Kysely } from 'kysely';

/** Adds permissions to a role's grants (idempotent): module migrations grant what they introduce. */
export async function grantPermissions(
  db: Kysely<unknown>,
  role: string,
  permissions: readonly string[],
): Promise<void> {
  await sql`
    update role set permissions = (
      select coalesce(jsonb_agg(distinct p order by p), '[]'::jsonb)
      from jsonb_array_elements_text(permissions || ${JSON.stringify(permissions)}::jsonb) as p
    ), version = version + 1
    where code = ${role}`.execute(db);
}
