import { sql, type Kysely } from 'kysely';
import { grantPermissions } from '../../../platform/db/grants';

/**
 * 干部包企业: the register's table with the `Tracked` columns (region, who and when, version), an index for the
 * region-scoped list, and the module's permissions granted to staff (all) and leaders (read). A fresh database
 * already gets these grants from DEFAULT_ROLE_PERMISSIONS; the grant here upgrades an existing one.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table liaison_record (
      id serial primary key,
      region_code varchar(6) not null,
      name varchar(100) not null,
      recorded_on date not null,
      amount numeric(18,2),
      remark varchar(500),
      created_at timestamptz not null default now(),
      created_by integer,
      updated_at timestamptz not null default now(),
      updated_by integer,
      version integer not null default 1
    )`.execute(db);
  await sql`create index liaison_record_region_idx on liaison_record (region_code text_pattern_ops, recorded_on)`.execute(
    db,
  );
  await grantPermissions(db, 'staff', ['liaison:read', 'liaison:write', 'liaison:import']);
  await grantPermissions(db, 'leader', ['liaison:read']);
}
