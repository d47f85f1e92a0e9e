import { readFileSync } from 'node:fs';
import { sql, type Kysely } from 'kysely';
import { DEFAULT_ROLE_PERMISSIONS, ROLE_CODES, ROLE_LABELS } from '@kechuang/domain';
import { BASE_DICTS } from '../base-dicts';
import { BASE_PARAMS } from '../base-params';
import type { DB } from '../schema';

interface CodeRow {
  code: string;
  name: string;
  level: string | number;
  parent: string | null;
  validFrom?: string;
  validTo?: string | null;
}

const readTable = (file: string): CodeRow[] =>
  JSON.parse(readFileSync(new URL(`../code-tables/${file}`, import.meta.url), 'utf8')) as CodeRow[];

const DATA_SCOPES: Record<string, string> = {
  enterprise: 'own-enterprise',
  commissioner: 'assigned',
  expert: 'assigned',
  sysadmin: 'region',
  secadmin: 'none',
  auditor: 'none',
  staff: 'region',
  leader: 'region',
};

async function insertChunked<T>(rows: T[], size: number, insert: (chunk: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += size) await insert(rows.slice(i, i + size));
}

/** Roles, parameters, dictionaries and the code tables shipped as data. */
export async function up(raw: Kysely<unknown>): Promise<void> {
  const db = raw as unknown as Kysely<DB>;
  await db
    .insertInto('role')
    .values(
      ROLE_CODES.map((code, i) => ({
        code,
        name: ROLE_LABELS[code],
        data_scope: DATA_SCOPES[code] as 'region',
        permissions: JSON.stringify(DEFAULT_ROLE_PERMISSIONS[code]),
        sort: i,
      })),
    )
    .execute();

  await db.insertInto('sys_param').values(BASE_PARAMS).execute();

  for (const dict of BASE_DICTS) {
    await db
      .insertInto('dict_type')
      .values({ code: dict.code, name: dict.name, builtin: true, remark: dict.remark ?? null })
      .execute();
    if (dict.items.length > 0) {
      await db
        .insertInto('dict_item')
        .values(
          dict.items.map((it, i) => ({
            type_code: dict.code,
            value: it.value,
            label: it.label,
            parent_value: it.parent ?? null,
            sort: i,
          })),
        )
        .execute();
    }
  }

  const domains = readTable('hightech-domains.json');
  await db
    .insertInto('dict_type')
    .values({
      code: 'hightech_domain',
      name: '国家重点支持的高新技术领域',
      builtin: true,
      remark: '国科发火〔2016〕32号 附件',
    })
    .execute();
  await insertChunked(domains, 500, (chunk) =>
    db
      .insertInto('dict_item')
      .values(
        chunk.map((d, i) => ({
          type_code: 'hightech_domain',
          value: d.code,
          label: d.name,
          parent_value: d.parent,
          sort: i,
        })),
      )
      .execute(),
  );

  await insertChunked(readTable('regions.json'), 1000, (chunk) =>
    db
      .insertInto('region')
      .values(
        chunk.map((r) => ({
          code: r.code,
          name: r.name,
          level: r.level as 'county',
          parent_code: r.parent,
          valid_from: r.validFrom ?? '1980-01-01',
          valid_to: r.validTo ?? null,
        })),
      )
      .execute(),
  );
  await insertChunked(readTable('industries.json'), 1000, (chunk) =>
    db
      .insertInto('industry')
      .values(chunk.map((r) => ({ code: r.code, name: r.name, level: Number(r.level), parent_code: r.parent })))
      .execute(),
  );
  await sql`insert into audit_head (id, last_id, last_hash) values (1, 0, ${'0'.repeat(64)})`.execute(db);
}
