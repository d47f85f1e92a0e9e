import { demoTotpSecret, freshTotpCode } from './totp';

/** Direct API calls the project browser flow needs for its setup (a fresh call) and for exact expectations. */

export interface ApiSession {
  cookie: string;
  csrf: string;
}

/** Signs in through the API (with the TOTP step for the demo administrators) and keeps the cookie and CSRF token. */
export async function apiLogin(base: string, username: string, password: string): Promise<ApiSession> {
  const post = (path: string, body: unknown) =>
    fetch(`${base}/api/v1${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
  let res = await post('/auth/login', { username, password });
  if (!res.ok) throw new Error(`login ${username} failed: ${res.status} ${await res.text()}`);
  let body = (await res.json()) as { csrfToken: string } | { challenge: string };
  const secret = demoTotpSecret(username);
  if ('challenge' in body && secret) {
    res = await post('/auth/login/totp', {
      challenge: body.challenge,
      code: await freshTotpCode(base, username, secret),
    });
    if (!res.ok) throw new Error(`login ${username} (TOTP) failed: ${res.status} ${await res.text()}`);
    body = (await res.json()) as { csrfToken: string };
  }
  if (!('csrfToken' in body)) throw new Error(`login ${username} needs a TOTP code nobody knows`);
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  return { cookie, csrf: body.csrfToken };
}

export async function apiCall<T>(
  base: string,
  s: ApiSession,
  method: string,
  path: string,
  body?: unknown,
): Promise<T> {
  const res = await fetch(`${base}/api/v1${path}`, {
    method,
    headers: {
      cookie: s.cookie,
      'x-csrf-token': s.csrf,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${method} ${path} failed: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

/**
 * A published county call open from an hour ago for 30 days, reviewed by at least two experts (arithmetic
 * mean), with one required text, one required textarea and one required attachment slot.
 */
export async function createOpenCall(base: string, staff: ApiSession, title: string): Promise<{ id: number }> {
  const now = Date.now();
  const call = await apiCall<{ id: number; version: number }>(base, staff, 'POST', '/calls', {
    title,
    category: 'county_plan',
    level: 'county',
    year: new Date().getFullYear(),
    opensAt: new Date(now - 3600_000).toISOString(),
    closesAt: new Date(now + 30 * 86400_000).toISOString(),
    guide: '申报单位须为在陇西县登记注册的企业，按申报表填报并上传项目实施方案（PDF）。',
    form: [
      { key: 'leader', label: '项目负责人', type: 'text', required: true, maxLength: 30 },
      { key: 'summary', label: '项目简介', type: 'textarea', required: true, maxLength: 2000 },
      { key: 'plan', label: '项目实施方案', type: 'file', required: true },
    ],
    criteria: [
      { key: 'innovation', label: '技术创新性', maxScore: 50, weight: 50 },
      { key: 'feasibility', label: '实施可行性', maxScore: 50, weight: 50 },
    ],
    minExperts: 2,
    outlierRule: 'none',
  });
  await apiCall(base, staff, 'POST', `/calls/${call.id}/publish`, { version: call.version });
  return { id: call.id };
}

/** A small valid one-page PDF. */
export function tinyPdf(): Buffer {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 4 0 R >>',
    '<< /Length 35 >>\nstream\nBT /F1 12 Tf 20 100 Td (plan) Tj ET\nendstream',
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((n) => `${String(n).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

/** 元 string → 分. */
export function fen(yuan: string): bigint {
  const [i, f = ''] = yuan.split('.');
  return BigInt(i) * 100n + BigInt(f.padEnd(2, '0').slice(0, 2));
}

/** 分 → the 万元 text the web shows: 2 decimals rounded half up, grouped (the domain's formatWanAmount). */
export function wanText(f: bigint): string {
  const cents = (f + 5000n) / 10000n; // 0.01 万元 = 100 元 = 10,000 分
  return `${(cents / 100n).toLocaleString('en-US')}.${(cents % 100n).toString().padStart(2, '0')}`;
}

/** The funding ledger's totals per kind (GET /funding's kindTotals) in 分; a kind with no record is absent. */
export async function fundingKindFen(base: string, session: ApiSession, query = ''): Promise<Map<string, bigint>> {
  const page = await apiCall<{ kindTotals: { kind: string; amount: string }[] }>(
    base,
    session,
    'GET',
    `/funding?pageSize=1${query}`,
  );
  return new Map(page.kindTotals.map((t) => [t.kind, fen(t.amount)]));
}
