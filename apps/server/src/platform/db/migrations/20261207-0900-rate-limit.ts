import { sql, type Kysely } from 'kysely';

/**
 * Request counters in fixed windows, shared by every instance on the database: the rate limits of sign-in and
 * password change per address and per account, and the failure count of sign-in names that are no account (so an
 * unknown name locks exactly like a real one and the answers do not tell which names exist).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table rate_limit_hit (
      key varchar(200) primary key,
      window_start timestamptz not null,
      hits integer not null
    )`.execute(db);
  await sql`
    insert into sys_param (key, name, value, category, value_type, min_value, max_value, remark) values
      ('security.sign_in_failures_per_address', '同一地址登录失败上限（次）', '30', 'security', 'int', 5, 1000,
       '同一 IP 在统计时段内登录或修改密码失败达到该次数后，暂停其尝试'),
      ('security.failure_window_minutes', '失败次数统计时段（分钟）', '10', 'security', 'int', 1, 1440, null),
      ('security.password_change_failures', '修改密码原密码错误上限（次）', '5', 'security', 'int', 1, 20,
       '统计时段内原密码错误达到该次数后，暂停本人修改密码')
    on conflict (key) do nothing`.execute(db);
}
