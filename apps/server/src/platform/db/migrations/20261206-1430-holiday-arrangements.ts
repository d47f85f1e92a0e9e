import { sql, type Kysely } from 'kysely';
import { CN_HOLIDAY_ARRANGEMENTS_2022_2026 } from '@kechuang/domain';
import { grantPermissions } from '../grants';

/**
 * The State Council's holiday arrangements become data the system administrator keeps (系统管理 → 节假日安排),
 * one row per year, seeded with 2022–2026; years without a row are estimated by the statutory rule. Also: the
 * permission to edit them, and how many days before the table ends the administrators are reminded.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table holiday_arrangement (
      year integer primary key check (year between 2000 and 2100),
      notice_no varchar(50) not null,
      notice_title varchar(200) not null,
      notice_url varchar(500),
      holidays jsonb not null,
      created_at timestamptz not null default now(),
      created_by integer,
      updated_at timestamptz not null default now(),
      updated_by integer,
      version integer not null default 1
    )`.execute(db);
  for (const a of CN_HOLIDAY_ARRANGEMENTS_2022_2026) {
    await sql`
      insert into holiday_arrangement (year, notice_no, notice_title, notice_url, holidays)
      values (${a.year}, ${a.noticeNo}, ${a.noticeTitle}, ${a.noticeUrl}, ${JSON.stringify(a.holidays)}::jsonb)`.execute(
      db,
    );
  }
  await grantPermissions(db, 'sysadmin', ['system:holiday:manage']);
  await sql`
    insert into sys_param (key, name, value, category, value_type, min_value, max_value, remark)
    values ('system.holiday_alert_days', '节假日安排到期提醒天数', '60', 'system', 'int', 7, 180,
      '节假日安排表最后一年结束前多少天起，提醒系统管理员录入下一年的国务院放假安排')`.execute(db);
}
