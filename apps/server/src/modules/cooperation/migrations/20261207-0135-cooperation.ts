import { sql, type Kysely } from 'kysely';
import { AGREEMENT_REMIND_PARAM, COOPERATION_DICTS } from '@kechuang/domain';
import { grantPermissions } from '../../../platform/db/grants';

/** The module's dictionaries with their first items; the administrator edits them afterwards (字典管理). */
const DICTS: { code: string; name: string; items: Record<string, string> }[] = [
  {
    code: COOPERATION_DICTS.partnerKind,
    name: '合作单位类别',
    items: { university: '高等院校', institute: '科研院所', enterprise: '企业', platform: '服务机构', other: '其他' },
  },
  {
    code: COOPERATION_DICTS.agreementType,
    name: '合作协议类型',
    items: {
      strategic: '战略合作协议',
      technology: '技术合作协议',
      joint_platform: '共建平台协议',
      talent: '人才合作协议',
      other: '其他',
    },
  },
  {
    code: COOPERATION_DICTS.field,
    name: '合作领域',
    items: {
      chinese_medicine: '中药材',
      agriculture_livestock: '农牧业',
      smart_agriculture: '农业智能化',
      equipment: '装备制造',
      energy_chemical: '能源化工',
      medicine_food: '医药食品',
      new_materials: '新材料',
      other: '其他',
    },
  },
  {
    code: COOPERATION_DICTS.outputKind,
    name: '合作成果类型',
    items: {
      patent: '专利',
      new_product: '新产品',
      standard: '标准',
      paper: '论文',
      talent: '培养人才',
      other: '其他',
    },
  },
];

async function addDict(db: Kysely<unknown>, d: (typeof DICTS)[number]): Promise<void> {
  const exists = await sql`select 1 from dict_type where code = ${d.code}`.execute(db);
  if (exists.rows.length > 0) return;
  await sql`insert into dict_type (code, name, builtin) values (${d.code}, ${d.name}, true)`.execute(db);
  let sort = 0;
  for (const [value, label] of Object.entries(d.items)) {
    await sql`insert into dict_item (type_code, value, label, sort) values (${d.code}, ${value}, ${label}, ${sort++})`.execute(
      db,
    );
  }
}

const tracked = sql`
  created_at timestamptz not null default now(),
  created_by integer,
  updated_at timestamptz not null default now(),
  updated_by integer,
  version integer not null default 1`;

/**
 * 院地院企合作: partner institutions, agreements (签订 → 执行中 → 到期/终止), cooperation projects (签约 → 实施中 →
 * 已结题/终止) with milestones, outputs and history, agreements' attachments; the module's dictionaries, the reminder setting, and its
 * permissions (staff all, leaders read, enterprise users their own). Replaces the generated skeleton's sample
 * register, which never shipped.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table cooperation_partner (
      id serial primary key,
      region_code varchar(6) not null,
      name varchar(100) not null,
      kind varchar(40) not null,
      province varchar(20),
      city varchar(20),
      address varchar(200),
      contact_name varchar(30),
      contact_phone varchar(20),
      remark varchar(500),
      ${tracked}
    )`.execute(db);
  await sql`create unique index cooperation_partner_name_uq on cooperation_partner (region_code, name)`.execute(db);

  await sql`
    create table cooperation_agreement (
      id serial primary key,
      region_code varchar(6) not null,
      title varchar(200) not null,
      type varchar(40) not null,
      gov_party varchar(20),
      enterprise_id integer references enterprise(id),
      partner_id integer references cooperation_partner(id),
      signed_on date not null,
      end_on date not null,
      scope varchar(1000),
      status varchar(12) not null default 'signed',
      ended_on date,
      end_reason varchar(500),
      remark varchar(500),
      ${tracked},
      check (end_on >= signed_on)
    )`.execute(db);
  await sql`create index cooperation_agreement_region_idx on cooperation_agreement (region_code text_pattern_ops, signed_on)`.execute(
    db,
  );
  await sql`create index cooperation_agreement_enterprise_idx on cooperation_agreement (enterprise_id)`.execute(db);
  await sql`create index cooperation_agreement_end_idx on cooperation_agreement (end_on) where status in ('signed', 'executing')`.execute(
    db,
  );

  await sql`
    create table cooperation_project (
      id serial primary key,
      region_code varchar(6) not null,
      name varchar(200) not null,
      enterprise_id integer not null references enterprise(id),
      partner_id integer not null references cooperation_partner(id),
      agreement_id integer references cooperation_agreement(id),
      field varchar(40) not null,
      start_on date not null,
      end_on date not null,
      enterprise_amount numeric(18,2),
      partner_amount numeric(18,2),
      government_amount numeric(18,2),
      content varchar(1000),
      status varchar(12) not null default 'signed',
      ended_on date,
      end_reason varchar(500),
      remark varchar(500),
      ${tracked},
      check (end_on >= start_on)
    )`.execute(db);
  await sql`create index cooperation_project_region_idx on cooperation_project (region_code text_pattern_ops, start_on)`.execute(
    db,
  );
  await sql`create index cooperation_project_enterprise_idx on cooperation_project (enterprise_id)`.execute(db);

  await sql`
    create table cooperation_milestone (
      id serial primary key,
      project_id integer not null references cooperation_project(id),
      region_code varchar(6) not null,
      title varchar(100) not null,
      planned_on date not null,
      actual_on date,
      done boolean not null default false,
      note varchar(500),
      updated_at timestamptz not null default now(),
      updated_by integer
    )`.execute(db);
  await sql`create index cooperation_milestone_project_idx on cooperation_milestone (project_id)`.execute(db);

  await sql`
    create table cooperation_output (
      id serial primary key,
      project_id integer not null references cooperation_project(id),
      region_code varchar(6) not null,
      kind varchar(40) not null,
      title varchar(200) not null,
      count integer not null check (count >= 1),
      achieved_on date not null,
      achievement_id integer,
      created_at timestamptz not null default now(),
      created_by integer
    )`.execute(db);
  await sql`create index cooperation_output_project_idx on cooperation_output (project_id)`.execute(db);
  await sql`create index cooperation_output_region_idx on cooperation_output (region_code text_pattern_ops, achieved_on)`.execute(
    db,
  );

  await sql`
    create table cooperation_history (
      id serial primary key,
      region_code varchar(6) not null,
      subject varchar(10) not null,
      subject_id integer not null,
      from_state varchar(12),
      to_state varchar(12) not null,
      at timestamptz not null default now(),
      actor_id integer,
      actor_name varchar(50),
      reason varchar(500)
    )`.execute(db);
  await sql`create index cooperation_history_subject_idx on cooperation_history (subject, subject_id)`.execute(db);

  // Attachments of agreements (the signed text, annexes): stored by an opaque key, checked by type and size.
  await sql`
    create table cooperation_file (
      id serial primary key,
      region_code varchar(6) not null,
      agreement_id integer not null references cooperation_agreement(id),
      file_name varchar(200) not null,
      mime_type varchar(100) not null,
      size_bytes integer not null,
      sha256 char(64) not null,
      storage_key varchar(100) not null,
      ${tracked}
    )`.execute(db);
  await sql`create index cooperation_file_agreement_idx on cooperation_file (agreement_id)`.execute(db);

  for (const d of DICTS) await addDict(db, d);
  await sql`
    insert into sys_param (key, name, value, category, value_type, min_value, max_value, remark)
    values (${AGREEMENT_REMIND_PARAM}, '合作协议到期提前提醒天数', '30', 'system', 'int', 1, 365,
            '合作协议到期前该天数内，每日提醒所属县区的业务人员')
    on conflict (key) do nothing`.execute(db);

  await grantPermissions(db, 'staff', ['cooperation:read', 'cooperation:write', 'cooperation:import']);
  await grantPermissions(db, 'leader', ['cooperation:read']);
  await grantPermissions(db, 'enterprise', ['cooperation:self']);
}
