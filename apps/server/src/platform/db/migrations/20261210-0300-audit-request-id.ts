import { sql, type Kysely } from 'kysely';

/**
 * The id of the HTTP request that wrote an audit row (the X-Request-Id its answer carried), to find the row from a
 * log line or a user's report and back. Outside the row's hash: it names where a change came from, not what
 * changed, and leaving it out keeps every existing row's hash and the chain's verification unchanged.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table audit_log add column request_id varchar(64)`.execute(db);
  // The auditor looks a row up by it; rows without one (jobs, older rows) stay out of the index.
  await sql`create index audit_log_request_id_idx on audit_log (request_id) where request_id is not null`.execute(db);
}
