import { expect } from 'vitest';
import type { TestApp, TestClient } from '../../../test/harness';

export const COUNTY = '621122';
export const OTHER_COUNTY = '621102';

/** A user of another county (安定区) or another role, with the demo staff account's password. */
export async function extraUser(
  t: TestApp,
  o: { username: string; role: string; region?: string; enterpriseId?: number | null },
): Promise<TestClient> {
  return t.addUser({ ...o, region: o.region ?? COUNTY });
}

/** The id of a demo enterprise by its full name. */
export async function enterpriseId(t: TestApp, name: string): Promise<number> {
  const e = await t.db.selectFrom('enterprise').select('id').where('name', '=', name).executeTakeFirstOrThrow();
  return e.id;
}

/** Posts and expects 200, answering the body. */
export async function ok(client: TestClient, url: string, body: unknown) {
  const res = await client.post(url, body);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

/** A refusal's status and message. */
export async function refusal(res: { statusCode: number; json(): { error: { message: string } } }) {
  return { status: res.statusCode, message: res.json().error.message };
}

export const partnerBody = (name: string, extra: Record<string, unknown> = {}) => ({
  name,
  kind: 'university',
  province: '甘肃省',
  city: '兰州市',
  contactName: '测试联系人',
  contactPhone: '13912345678',
  regionCode: COUNTY,
  ...extra,
});

export const projectBody = (
  name: string,
  enterprise: number,
  partner: number,
  extra: Record<string, unknown> = {},
) => ({
  name,
  enterpriseId: enterprise,
  partnerId: partner,
  field: 'smart_agriculture',
  startOn: '2021-03-01',
  endOn: '2022-12-31',
  enterpriseAmount: '100000',
  partnerAmount: '50000.5',
  regionCode: COUNTY,
  ...extra,
});

/** A minimal valid PDF (the upload check reads its magic bytes). */
export const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);

/** Posts one file as multipart/form-data, signed in as the client. */
export function upload(t: TestApp, client: TestClient, url: string, fileName: string, data: Buffer) {
  const boundary = `----kc${Math.random().toString(16).slice(2)}`;
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: application/octet-stream\r\n\r\n`;
  const payload = Buffer.concat([Buffer.from(head), data, Buffer.from(`\r\n--${boundary}--\r\n`)]);
  const headers: Record<string, string> = { 'content-type': `multipart/form-data; boundary=${boundary}` };
  if (client.cookie) headers.cookie = client.cookie;
  if (client.csrf) headers['x-csrf-token'] = client.csrf;
  return t.app.inject({ method: 'POST', url, headers, payload });
}
