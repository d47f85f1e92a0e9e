import { z } from 'zod';
import {
  ZIndicatorHandValue,
  ZIndicatorHandValueInput,
  ZReportPeriodCode,
  type IndicatorHandValue,
} from '@kechuang/domain';
import { inScope } from '../../platform/auth/region-scope';
import { AppError } from '../../platform/errors';
import { contextOf, requireAuth, type App } from '../../platform/http/types';
import { enterHandValue, type HandValueRow } from './enter-hand-value';
import { handValuesOf } from './indicator.repository';

const tags = ['指标与目标'];

function presentValue(r: HandValueRow): IndicatorHandValue {
  return {
    id: r.id,
    indicatorKey: r.code,
    regionCode: r.region_code,
    period: r.period,
    value: r.value,
    unit: r.unit,
    source: r.source,
    remark: r.remark,
    version: r.version,
  };
}

/** Hand-entered values of a region and period (with their sources), and entering one. */
export async function indicatorValueRoutes(app: App): Promise<void> {
  app.get('/indicators/values', {
    config: { access: 'dashboard:view' },
    schema: {
      tags,
      summary: '某区划某期间手工录入的指标值及其来源',
      querystring: z.object({
        period: ZReportPeriodCode,
        region: z
          .string()
          .regex(/^\d{6}$/, '区划代码须为 6 位数字')
          .optional(),
      }),
      response: { 200: z.array(ZIndicatorHandValue) },
    },
    handler: async (req) => {
      const auth = requireAuth(req.auth);
      const region = req.query.region ?? auth.regionCode;
      if (!inScope(auth.scopePrefix, region)) throw new AppError('OUT_OF_SCOPE', `区划 ${region} 不在您的管辖范围内`);
      return (await handValuesOf(app.db, region, req.query.period)).map(presentValue);
    },
  });

  app.put('/indicators/values', {
    config: { access: 'indicator:value:write' },
    schema: {
      tags,
      summary: '手工录入（或修改）指标值，须注明数据来源（留痕）',
      body: ZIndicatorHandValueInput,
      response: { 200: ZIndicatorHandValue },
    },
    handler: async (req) => presentValue(await enterHandValue(app.db, contextOf(req), req.body)),
  });
}
