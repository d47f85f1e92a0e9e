import type { TestApp, TestClient } from '../../../test/harness';

export const API = '/api/v1/achievement/records';
export const COUNTY = '621122';
export const OTHER_COUNTY = '621102';

/** A one-page PDF the upload check accepts. */
export const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);

/** A user of another role, region or enterprise, with the demo password. */
export async function extraUser(
  t: TestApp,
  username: string,
  o: { role: string; regionCode: string; enterpriseId?: number | null; name?: string },
): Promise<TestClient> {
  return t.addUser({ username, role: o.role, region: o.regionCode, enterpriseId: o.enterpriseId, name: o.name });
}

/** The id of a demo enterprise by its name. */
export async function enterpriseId(t: TestApp, name: string): Promise<number> {
  return (await t.db.selectFrom('enterprise').select('id').where('name', '=', name).executeTakeFirstOrThrow()).id;
}

/** A complete, valid 应用技术 registration form for an enterprise. */
export const form = (enterpriseId: number, extra: Record<string, unknown> = {}) => ({
  name: '输水管道防腐内衬新工艺',
  category: 'applied',
  enterpriseId,
  otherUnits: ['兰州交通大学'],
  completers: [
    { order: 1, name: '张青龙', unit: '甘肃青龙管业有限责任公司', title: '高级工程师' },
    { order: 2, name: '王小明' },
  ],
  researchStart: '2020-03',
  researchEnd: '2021-11',
  attribute: 'secondary',
  keywords: ['输水管道', '防腐'],
  level: 'provincial_leading',
  stage: 'mature',
  evaluation: 'evaluation',
  intellectualProperty: '实用新型专利 1 项',
  abstract: '研发输水管道防腐内衬新工艺，延长管道使用寿命。',
  ...extra,
});

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

/** Attaches evidence of the given kinds to a registration (each must succeed). */
export async function attach(t: TestApp, client: TestClient, id: number, kinds: string[]): Promise<void> {
  for (const kind of kinds) {
    const res = await upload(
      t,
      client,
      `/api/v1/attachments/achievement.record/${id}?slot=${kind}`,
      `${kind}.pdf`,
      PDF,
    );
    if (res.statusCode !== 200) throw new Error(`upload ${kind}: ${res.statusCode} ${res.body}`);
  }
}

/** Creates a registration (must succeed) and answers it. */
export async function create(client: TestClient, body: Record<string, unknown>) {
  const res = await client.post(API, body);
  if (res.statusCode !== 200) throw new Error(`create: ${res.statusCode} ${res.body}`);
  return res.json();
}

/** Makes a move (must succeed) and answers the registration after it. */
export async function move(client: TestClient, id: number, name: string, body: Record<string, unknown> = {}) {
  const version = (await client.get(`${API}/${id}`)).json().version;
  const res = await client.post(`${API}/${id}/${name}`, { version, ...body });
  if (res.statusCode !== 200) throw new Error(`${name}: ${res.statusCode} ${res.body}`);
  return res.json();
}

/** Creates a registration with its evidence and carries it to 已登记 with the number and date given. */
export async function registered(
  t: TestApp,
  staff: TestClient,
  body: Record<string, unknown>,
  registrationNo: string,
  registeredOn: string,
) {
  const a = await create(staff, body);
  await attach(t, staff, a.id, ['form', 'appraisal', 'user']);
  await move(staff, a.id, 'submit');
  await move(staff, a.id, 'accept');
  await move(staff, a.id, 'recommend');
  return move(staff, a.id, 'register', { registrationNo, registeredOn });
}
