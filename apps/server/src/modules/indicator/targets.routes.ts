import { z } from 'zod';
import { ZIndicatorTarget, ZIndicatorTargetInput, ZIndicatorTargetQuery, type IndicatorTarget } from '@kechuang/domain';
import { inScope } from '../../platform/auth/region-scope';
import { AppError } from '../../platform/errors';
import { contextOf, requireAuth, type App } from '../../platform/http/types';
import { childrenOf, findRegion, targetsOf, type TargetRow } from './indicator.repository';
import { setTarget } from './set-target';

const tags = ['指标与目标'];

function presentTarget(r: TargetRow, regionName: string): IndicatorTarget {
  return {
    id: r.id,
    regionCode: r.region_code,
    regionName,
    year: r.year,
    indicatorKey: r.indicator_key,
    target: r.target,
    halfYearTarget: r.half_year_target,
    setByRegion: r.set_by_region,
    version: r.version,
  };
}

/** Targets: those of a region and its children for a year (read-only below), and setting one (the region above). */
export async function indicatorTargetRoutes(app: App): Promise<void> {
  app.get('/indicators/targets', {
    config: { access: 'dashboard:view' },
    schema: {
      tags,
      summary: '某年度本区划及下级区划的指标目标（本级目标由上级下达，只读）',
      querystring: ZIndicatorTargetQuery,
      response: { 200: z.array(ZIndicatorTarget) },
    },
    handler: async (req) => {
      const auth = requireAuth(req.auth);
      const code = req.query.region ?? auth.regionCode;
      if (!inScope(auth.scopePrefix, code)) throw new AppError('OUT_OF_SCOPE', `区划 ${code} 不在您的管辖范围内`);
      const region = await findRegion(app.db, code);
      if (!region) throw new AppError('VALIDATION_FAILED', `区划代码 ${code} 不存在`);
      const regions = [region, ...(await childrenOf(app.db, code))];
      const names = new Map(regions.map((r) => [r.code, r.name]));
      const rows = await targetsOf(
        app.db,
        regions.map((r) => r.code),
        req.query.year,
      );
      return rows
        .sort((a, b) => a.region_code.localeCompare(b.region_code) || a.indicator_key.localeCompare(b.indicator_key))
        .map((r) => presentTarget(r, names.get(r.region_code)!));
    },
  });

  app.put('/indicators/targets', {
    config: { access: 'indicator:target:write' },
    schema: {
      tags,
      summary: '为下级区划下达（或修改）某指标的年度目标与半年目标（留痕）',
      body: ZIndicatorTargetInput,
      response: { 200: ZIndicatorTarget },
    },
    handler: async (req) => {
      const row = await setTarget(app.db, contextOf(req), req.body);
      return presentTarget(row, (await findRegion(app.db, row.region_code))!.name);
    },
  });
}
