import { sql, type Kysely } from 'kysely';
import { grantPermissions } from '../../../platform/db/grants';

/**
 * Resets of an administrator's password wait for a second administrator (issue 20): the request, who asked, who
 * decided, and when it lapses. The one-time password is never stored here (only its hash, on the account).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table admin_reset_request (
      id serial primary key,
      target_user_id integer not null references app_user(id),
      region_code varchar(6) not null,
      reason varchar(500) not null,
      status varchar(20) not null default 'pending',
      requested_by integer not null references app_user(id),
      requested_at timestamptz not null default now(),
      expires_at timestamptz not null,
      decided_by integer references app_user(id),
      decided_at timestamptz,
      decision_note varchar(500)
    )`.execute(db);
  await sql`create index admin_reset_request_status_idx on admin_reset_request (status, requested_at)`.execute(db);
  await sql`create index admin_reset_request_target_idx on admin_reset_request (target_user_id, status)`.execute(db);
  await sql`
    insert into sys_param (key, name, value, category, value_type, min_value, max_value, remark) values
      ('security.admin_reset_expiry_hours', '管理员密码重置申请有效期（小时）', '24', 'security', 'int', 1, 168,
       '超过该时长未审批的申请失效，须重新提交')
    on conflict (key) do nothing`.execute(db);
  await grantPermissions(db, 'secadmin', ['security:user:reset-approve']);
  await grantPermissions(db, 'auditor', ['security:user:reset-approve']);
}
