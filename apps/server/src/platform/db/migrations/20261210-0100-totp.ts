import { sql, type Kysely } from 'kysely';
import { BASE_PARAMS } from '../base-params';
import { grantPermissions } from '../grants';

/**
 * Two-step verification (TOTP, RFC 6238; issue 20 item 14): each account's sealed secret, when it was confirmed and
 * the last time-step used (a code is accepted once); its hashed one-time recovery codes; and the challenges a
 * right password answers while the code is still to come. The security policy switch makes it required for the
 * three administrator roles.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table user_totp (
      user_id integer primary key references app_user(id),
      secret_sealed text not null,
      enrolled_at timestamptz,
      last_step integer,
      created_at timestamptz not null default now()
    )`.execute(db);
  await sql`
    create table user_totp_recovery_code (
      id serial primary key,
      user_id integer not null references app_user(id),
      code_digest varchar(64) not null,
      used_at timestamptz
    )`.execute(db);
  await sql`create index user_totp_recovery_code_user_idx on user_totp_recovery_code (user_id)`.execute(db);
  await sql`
    create table sign_in_challenge (
      token_hash varchar(64) primary key,
      user_id integer not null references app_user(id),
      expires_at timestamptz not null
    )`.execute(db);
  await sql`create index sign_in_challenge_user_idx on sign_in_challenge (user_id)`.execute(db);
  // A database made before this release gets the switch here; a new one has it from BASE_PARAMS already.
  const p = BASE_PARAMS.find((x) => x.key === 'security.totp_required_for_admins')!;
  await sql`
    insert into sys_param (key, name, value, category, value_type, remark)
    values (${p.key}, ${p.name}, ${p.value}, ${p.category}, ${p.value_type}, ${p.remark ?? null})
    on conflict (key) do nothing`.execute(db);
  await grantPermissions(db, 'secadmin', ['security:user:totp-reset']);
}
