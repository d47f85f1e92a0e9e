import { chinaToday } from '@kechuang/domain';
import { expect } from 'vitest';
import type { TestClient } from '../../../test/harness';

export const API = '/api/v1/tech-demand';
export const COUNTY = '621122';

export const addDays = (d: string, n: number) =>
  new Date(Date.parse(`${d}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

/** A call of the demo county collecting demands around today. */
export async function openCall(client: TestClient, title: string, extra: Record<string, unknown> = {}) {
  const today = chinaToday();
  const res = await client.post(`${API}/calls`, {
    regionCode: COUNTY,
    year: Number(today.slice(0, 4)),
    title,
    collectFrom: addDays(today, -5),
    collectTo: addDays(today, 5),
    bidDeadline: addDays(today, 40),
    ...extra,
  });
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

export const demandBody = (title: string, extra: Record<string, unknown> = {}) => ({
  title,
  field: '装备制造',
  hightechDomain: '08',
  problem: '大口径钢管内壁防腐涂层质量在线检测缺少可靠手段',
  indicators: '检测精度 0.1 mm，速度不低于 2 m/min',
  expectedOutcome: '在线检测装置一套',
  budget: '1200000.00',
  periodMonths: 18,
  contactName: '张工',
  contactPhone: '13800138000',
  ...extra,
});

export async function postDemand(client: TestClient, body: Record<string, unknown>) {
  const res = await client.post(`${API}/demands`, body);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

/** Asks a move on the generic endpoint with the version the client reads now. */
export async function moveDemand(client: TestClient, id: number, to: string, reason?: string) {
  const current = (await client.get(`${API}/demands/${id}`)).json();
  return client.post(`${API}/demands/${id}/transition`, { to, reason, version: current.version });
}
