import ExcelJS from 'exceljs';
import { Rng } from '../prng';
import { creditCode, mobile, personName } from '../gen/names';
import { call, callJson, type Side } from './types';

export const IMPORT_ROWS = 10_000;

/** What (g) measured: the product end to end as a job, and the baseline writing the same file raw. */
export interface ImportResult {
  status: 'done' | 'pending' | 'failed';
  reason?: string;
  rows?: number;
  product?: {
    totalMs: number;
    uploadMs: number;
    validateMs: number;
    confirmMs: number;
    commitMs: number;
    created?: number;
    rssPeakMb?: number | null;
    fileBytes: number;
    /** Slowest answer of GET /api/health polled every 250 ms during the import: how long other users wait meanwhile. */
    probeMaxMs: number;
    probeCount: number;
  };
  baseline?: { totalMs: number; rows: number };
  /** Product RSS peak during the import (also when it failed). */
  rssPeakMb?: number | null;
}

const HEADER_KEYS: Record<string, string> = {
  企业名称: 'name',
  统一社会信用代码: 'creditCode',
  单位类型: 'unitKind',
  所属乡镇: 'townshipCode',
  行业代码: 'industryCode',
  成立日期: 'foundedOn',
  地址: 'address',
  联系人: 'contactName',
  联系电话: 'contactPhone',
  标签: 'tags',
  数据年度: 'year',
  职工总数: 'staffTotal',
  科技人员数: 'techStaff',
  '销售收入（元）': 'revenue',
  '研发费用（元）': 'rdExpense',
};

/** Whether the product serves the import (template endpoint answers). */
export async function importPendingReason(county: Side): Promise<string | null> {
  const res = await call(county, 'GET', '/api/v1/enterprises/import-template');
  if (res.status === 404) return 'import endpoints not served yet (GET /api/v1/enterprises/import-template → 404)';
  if (!res.ok) return `import template answered ${res.status}: ${(await res.text()).slice(0, 200)}`;
  return null;
}

/**
 * A 10,000-row file made from the product's own template: new enterprises of the import county (credit codes
 * from `serialBase`, so every run's file is new to the register) with one year of figures each.
 */
export async function buildImportFile(
  county: Side,
  countyCode: string,
  serialBase: number,
  townships: string[],
  classes: string[],
  rows = IMPORT_ROWS,
): Promise<Buffer> {
  const template = Buffer.from(await (await call(county, 'GET', '/api/v1/enterprises/import-template')).arrayBuffer());
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(template as unknown as ArrayBuffer);
  const ws = wb.worksheets[0];
  const colOf = new Map<string, number>();
  ws.getRow(1).eachCell((cell, col) => {
    const key =
      HEADER_KEYS[
        String(cell.value ?? '')
          .normalize('NFKC')
          .replace(/\s+/g, '')
          .replace(/^\*+|\*+$/g, '')
      ];
    if (key) colOf.set(key, col);
  });
  if (!colOf.has('name') || !colOf.has('creditCode')) {
    throw new Error('import template: name / credit code columns not found');
  }
  const rng = new Rng(`import-${serialBase}`);
  for (let i = 0; i < rows; i++) {
    const staff = rng.int(10, 500);
    const values: Record<string, string | number> = {
      name: `陇西导入${serialBase + i}号科技有限公司`,
      creditCode: creditCode(countyCode, serialBase + i),
      unitKind: '企业',
      industryCode: rng.pick(classes),
      foundedOn: `20${String(rng.int(0, 23)).padStart(2, '0')}-0${rng.int(1, 9)}-1${rng.int(0, 9)}`,
      address: `甘肃省陇西县导入路${i + 1}号`,
      contactName: personName(rng),
      contactPhone: mobile(rng),
      year: 2024,
      staffTotal: staff,
      techStaff: Math.floor(staff * 0.2),
      revenue: (rng.int(100_000, 90_000_000) + rng.int(0, 99) / 100).toFixed(2),
      rdExpense: (rng.int(10_000, 3_000_000) + rng.int(0, 99) / 100).toFixed(2),
    };
    if (townships.length && colOf.has('townshipCode')) values.townshipCode = rng.pick(townships);
    const row = ws.getRow(i + 2);
    for (const [k, v] of Object.entries(values)) {
      const col = colOf.get(k);
      if (col) row.getCell(col).value = v;
    }
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function waitJob(
  side: Side,
  id: number,
  timeoutMs: number,
): Promise<{ status: string; result: unknown; message: string | null }> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    // A poll may hang when the server is stuck (the job holds its only connection): bound each one.
    const left = Math.max(1_000, deadline - Date.now());
    const res = await fetch(`${side.base}/api/v1/jobs/${id}`, {
      headers: side.headers,
      signal: AbortSignal.timeout(left),
    }).catch((err: Error) => {
      throw new Error(
        `job ${id}: no answer from GET /api/v1/jobs/${id} within ${Math.round(timeoutMs / 1000)} s (${err.name}): the server is blocked`,
      );
    });
    if (!res.ok) throw new Error(`GET /api/v1/jobs/${id} → ${res.status}: ${(await res.text()).slice(0, 300)}`);
    const job = (await res.json()) as { status: string; result: unknown; message: string | null };
    if (job.status === 'succeeded' || job.status === 'failed') return job;
    if (Date.now() > deadline) throw new Error(`job ${id} still ${job.status} after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** (g) on the product: upload → validate job → confirm → commit job, timed from the upload to the committed job. */
export async function importOnProduct(
  county: Side,
  file: Buffer,
  timeoutMs = 120_000,
  fileName = 'bench-import-10000.xlsx',
): Promise<NonNullable<ImportResult['product']>> {
  const probe = startProbe(county.base);
  try {
    const out = await importSteps(county, file, timeoutMs, fileName);
    return { ...out, ...(await probe.stop()) };
  } finally {
    await probe.stop();
  }
}

/** Polls GET /api/health one request at a time; records the slowest answer. */
function startProbe(base: string) {
  let max = 0;
  let count = 0;
  let running = true;
  const loop = (async () => {
    while (running) {
      const t = performance.now();
      await fetch(`${base}/api/health`, { signal: AbortSignal.timeout(130_000) })
        .then((r) => r.arrayBuffer())
        .catch(() => undefined);
      max = Math.max(max, performance.now() - t);
      count++;
      await new Promise((r) => setTimeout(r, 250));
    }
  })();
  return {
    async stop() {
      running = false;
      await loop;
      return { probeMaxMs: Math.round(max), probeCount: count };
    },
  };
}

async function importSteps(
  county: Side,
  file: Buffer,
  timeoutMs: number,
  fileName: string,
): Promise<Omit<NonNullable<ImportResult['product']>, 'probeMaxMs' | 'probeCount'>> {
  const t0 = performance.now();
  const form = new FormData();
  form.append(
    'file',
    new Blob([new Uint8Array(file)], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }),
    fileName,
  );
  const up = await fetch(`${county.base}/api/v1/enterprises/import`, {
    method: 'POST',
    headers: county.headers,
    body: form,
  });
  const upText = await up.text();
  if (!up.ok) throw new Error(`upload → ${up.status}: ${upText.slice(0, 300)}`);
  const t1 = performance.now();
  const validated = await waitJob(county, (JSON.parse(upText) as { jobId: number }).jobId, timeoutMs);
  const preview = validated.result as {
    validRows?: number;
    failedRows?: number;
    problems?: { row: number | null; message: string }[];
  } | null;
  if (validated.status !== 'succeeded' || !preview || preview.failedRows) {
    throw new Error(
      `validation ${validated.status}: ${validated.message ?? ''} ${JSON.stringify(preview?.problems?.slice(0, 5) ?? preview)}`,
    );
  }
  const t2 = performance.now();
  const confirm = await callJson<{ jobId: number }>(
    county,
    'POST',
    `/api/v1/enterprises/import/${(JSON.parse(upText) as { jobId: number }).jobId}/confirm`,
  );
  const t3 = performance.now();
  const committed = await waitJob(county, confirm.jobId, timeoutMs);
  if (committed.status !== 'succeeded') throw new Error(`commit failed: ${committed.message}`);
  const t4 = performance.now();
  const r = committed.result as { created?: number } | null;
  return {
    totalMs: Math.round(t4 - t0),
    uploadMs: Math.round(t1 - t0),
    validateMs: Math.round(t2 - t1),
    confirmMs: Math.round(t3 - t2),
    commitMs: Math.round(t4 - t3),
    created: r?.created,
    fileBytes: file.length,
  };
}

/** (g) on the baseline: the same kind of file, parsed and written with multi-row inserts in one transaction. */
export async function importOnBaseline(
  baseline: Side,
  file: Buffer,
  countyCode: string,
): Promise<NonNullable<ImportResult['baseline']>> {
  const t0 = performance.now();
  const res = await fetch(`${baseline.base}/api/v1/baseline/import?regionCode=${countyCode}`, {
    method: 'POST',
    headers: { 'content-type': 'application/octet-stream' },
    body: new Uint8Array(file),
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`baseline import → ${res.status}: ${text.slice(0, 300)}`);
  return { totalMs: Math.round(performance.now() - t0), rows: (JSON.parse(text) as { written: number }).written };
}

/** The first credit-code serial for this run's import files: past everything the register already holds. */
export async function importSerialBase(staff: Side): Promise<number> {
  const { total } = await callJson<{ total: number }>(staff, 'GET', '/api/v1/enterprises?pageSize=1');
  return 50_000_000 + total;
}
