import { ZPublicDemand, type TPublicDemand } from '@kechuang/domain';
import { z } from 'zod';
import type { App } from '../../platform/http/types';
import { listPublishedDemands, type DemandRow } from './tech-demand.repository';

/** A published demand for everyone: never the contact person or phone (docs/rules.md §6.4). */
const presentPublic = (r: DemandRow): TPublicDemand => ({
  id: r.id,
  title: r.title,
  enterpriseName: r.enterprise_name,
  regionName: r.region_name,
  field: r.field,
  problem: r.problem,
  indicators: r.indicators,
  expectedOutcome: r.expected_outcome,
  budget: r.budget,
  periodMonths: r.period_months,
  publishedOn: r.published_on,
  bidDeadline: r.bid_deadline,
  state: r.state,
});

/** Public, no sign-in: the 榜单 — demands published and open to 揭榜 (docs/rules.md §5.2). */
export async function techDemandPublicRoutes(app: App): Promise<void> {
  app.get('/public/tech-demands', {
    config: { access: 'public' },
    schema: {
      tags: ['揭榜挂帅（公开）'],
      summary: '已发榜的技术需求（榜单）',
      response: { 200: z.array(ZPublicDemand) },
    },
    handler: async () => (await listPublishedDemands(app.db)).map(presentPublic),
  });
}
