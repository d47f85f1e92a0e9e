/**
 * Isolates the cost of the product's single audit hash chain on PostgreSQL: 16 connections run, for 10 s each,
 *   plain   — the update transaction alone: lock the row, update it, add the timeline row, commit;
 *   global  — the same plus the audit append as writeAudit does it: pg_advisory_xact_lock(one key), read the chain
 *             head, nextval, insert the audit row (~2 kB of before/after), update the head, then commit;
 *   keyed   — the same append with one chain (lock key and head row) per county: 86 chains.
 *   one2    — the append as writeAudit does it since F1, on one chain (every write in one county): timeline row
 *             first, then lock + read head + nextval in one upsert, then insert + head update in one statement;
 *   keyed2  — the same, one chain per county (86 chains).
 * In a scratch database (kc_bench_probe, recreated) so the bench data's audit chain stays valid.
 *   node --import tsx bench/probes/audit-lock-probe.ts [--seconds 10] [--connections 16]
 */
import { createHash } from 'node:crypto';
import pg from 'pg';
import { num, parseArgs } from '../lib/args';

const args = parseArgs(process.argv.slice(2));
const seconds = num(args, 'seconds', 10);
const connections = num(args, 'connections', 16);
const admin = new pg.Client({ connectionString: 'postgres://postgres@127.0.0.1:5432/postgres' });
await admin.connect();
await admin.query('drop database if exists kc_bench_probe with (force)');
await admin.query('create database kc_bench_probe');
await admin.end();
const url = 'postgres://postgres@127.0.0.1:5432/kc_bench_probe';
const pool = new pg.Pool({ connectionString: url, max: connections });
await pool.query(`
  create table ent (id int primary key, region_code varchar(6) not null, address varchar(200), version int not null default 1, updated_at timestamptz);
  create table evt (id serial primary key, ent_id int not null, at timestamptz not null default now(), title varchar(200));
  create index on evt (ent_id, at desc);
  create table audit (id bigint primary key, at timestamptz not null, action varchar(64), object_id varchar(64), region_code varchar(12), before jsonb, after jsonb, prev_hash char(64) not null, hash char(64) not null);
  create sequence audit_seq;
  create index on audit (at);
  create index on audit (action, at);
  create table head (id int primary key, last_hash char(64) not null);
  insert into head select g, repeat('0', 64) from generate_series(0, 86) g;
  insert into ent select g, '62' || lpad((g % 86)::text, 4, '0'), 'x', 1, now() from generate_series(1, 20000) g;
  analyze;
`);

const snapshot = (id: number, v: number) => ({
  id,
  address: `甘肃省兰州市城关区压测路${v}号`,
  name: '甘肃陇原恒通新材料有限公司',
  credit_code: '91620102MA71ABCD8R',
  tags: ['规上企业'],
  version: v,
  pad: 'x'.repeat(1500),
});

type Mode = 'plain' | 'global' | 'keyed' | 'one2' | 'keyed2';

async function run(mode: Mode): Promise<{ tps: number; p50: number; p99: number }> {
  const latencies: number[] = [];
  const deadline = Date.now() + seconds * 1000;
  let next = 0;
  const worker = async (w: number) => {
    const c = await pool.connect();
    try {
      while (Date.now() < deadline) {
        const id = 1 + ((w * 1_237 + next++ * 16) % 20_000);
        const t0 = performance.now();
        await c.query('begin');
        const before = (await c.query('select * from ent where id = $1 for update', [id])).rows[0];
        const after = (
          await c.query(
            'update ent set address = $1, version = version + 1, updated_at = now() where id = $2 returning *',
            [`addr ${next}`, id],
          )
        ).rows[0];
        if (mode === 'one2' || mode === 'keyed2') {
          await c.query('insert into evt (ent_id, title) values ($1, $2)', [id, '修改企业信息']);
          const key = mode === 'one2' ? 0 : 1 + (id % 86);
          const b = snapshot(id, before.version);
          const a = snapshot(id, after.version);
          const head = (
            await c.query(
              `insert into head (id, last_hash) values ($1, repeat('0', 64)) on conflict (id) do update set last_hash = head.last_hash returning last_hash, nextval('audit_seq')::int as seq`,
              [key],
            )
          ).rows[0];
          const hash = createHash('sm3')
            .update(head.last_hash)
            .update(JSON.stringify([head.seq, b, a]))
            .digest('hex');
          await c.query(
            'with ins as (insert into audit values ($1, now(), $2, $3, $4, $5, $6, $7, $8)) update head set last_hash = $8 where id = $9',
            [
              head.seq,
              'enterprise.update',
              String(id),
              before.region_code,
              JSON.stringify(b),
              JSON.stringify(a),
              head.last_hash,
              hash,
              key,
            ],
          );
          await c.query('commit');
          latencies.push(performance.now() - t0);
          continue;
        }
        if (mode !== 'plain') {
          const key = mode === 'global' ? 0 : 1 + (id % 86);
          await c.query('select pg_advisory_xact_lock($1)', [7_202_207 + key]);
          const head = (await c.query('select last_hash from head where id = $1', [key])).rows[0];
          const seq = (await c.query(`select nextval('audit_seq')::int as id`)).rows[0].id;
          const b = snapshot(id, before.version);
          const a = snapshot(id, after.version);
          const hash = createHash('sm3')
            .update(head.last_hash)
            .update(JSON.stringify([seq, b, a]))
            .digest('hex');
          await c.query('insert into audit values ($1, now(), $2, $3, $4, $5, $6, $7, $8)', [
            seq,
            'enterprise.update',
            String(id),
            before.region_code,
            JSON.stringify(b),
            JSON.stringify(a),
            head.last_hash,
            hash,
          ]);
          await c.query('update head set last_hash = $1 where id = $2', [hash, key]);
        }
        await c.query('insert into evt (ent_id, title) values ($1, $2)', [id, '修改企业信息']);
        await c.query('commit');
        latencies.push(performance.now() - t0);
      }
    } finally {
      c.release();
    }
  };
  const t0 = performance.now();
  await Promise.all(Array.from({ length: connections }, (_, w) => worker(w)));
  const elapsed = (performance.now() - t0) / 1000;
  latencies.sort((a, b) => a - b);
  const q = (p: number) =>
    Math.round(latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * p))] * 10) / 10;
  return { tps: Math.round(latencies.length / elapsed), p50: q(0.5), p99: q(0.99) };
}

const modes: Mode[] = ['plain', 'global', 'keyed', 'one2', 'keyed2'];
for (const mode of [...modes, ...modes]) {
  const r = await run(mode);
  console.log(`${mode.padEnd(7)} ${String(r.tps).padStart(6)} tx/s   p50 ${r.p50} ms   p99 ${r.p99} ms`);
}
await pool.end();
const drop = new pg.Client({ connectionString: 'postgres://postgres@127.0.0.1:5432/postgres' });
await drop.connect();
await drop.query('drop database if exists kc_bench_probe with (force)');
await drop.end();
