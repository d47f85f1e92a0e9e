import { expect } from 'vitest';
import { paragraphText, type ReportDetail, type ReportDocument, type ReportSection } from '@kechuang/domain';
import type { TestApp, TestClient } from '../../../test/harness';

/** Generates a report through the API and runs its job; answers the report as GET /reports/:id gives it. */
export async function generateReport(
  t: TestApp,
  client: TestClient,
  regionCode: string,
  period: string,
): Promise<ReportDetail> {
  const res = await client.post('/api/v1/reports', { regionCode, period });
  expect(res.statusCode, res.body).toBe(200);
  const { reportId, jobId } = res.json();
  await t.app.jobs.drain();
  const job = (await client.get(`/api/v1/jobs/${jobId}`)).json();
  expect(job.status, JSON.stringify(job)).toBe('succeeded');
  const read = await client.get(`/api/v1/reports/${reportId}`);
  expect(read.statusCode, read.body).toBe(200);
  return read.json();
}

/** Runs a re-generation's job and answers the report after it. */
export async function regenerateReport(t: TestApp, client: TestClient, id: number): Promise<ReportDetail> {
  const res = await client.post(`/api/v1/reports/${id}/regenerate`);
  expect(res.statusCode, res.body).toBe(200);
  await t.app.jobs.drain();
  return (await client.get(`/api/v1/reports/${id}`)).json();
}

const sectionText = (s: ReportSection): string[] => [
  s.heading,
  ...s.paragraphs.map(paragraphText),
  ...s.sections.flatMap(sectionText),
];

/** The whole document as plain text, one paragraph a line (figures as printed). */
export function documentText(doc: ReportDocument): string {
  return [doc.title, ...doc.opening.map(paragraphText), ...doc.sections.flatMap(sectionText), doc.issuer].join('\n');
}

/** Every figure of a document, in order. */
export function figuresOf(doc: ReportDocument) {
  const walk = (s: ReportSection): ReportDocument['opening'] => [...s.paragraphs, ...s.sections.flatMap(walk)];
  return [...doc.opening, ...doc.sections.flatMap(walk)].flatMap((p) =>
    p.runs.flatMap((r) => ('figure' in r ? [r.figure] : [])),
  );
}
