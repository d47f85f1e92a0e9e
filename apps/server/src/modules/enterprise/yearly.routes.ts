import { z } from 'zod';
import { ZIdParam, ZYearlyFiguresRow, ZYearlyFiguresSave, ZYearParam } from '@kechuang/domain';
import { contextOf, requireAuth, type App } from '../../platform/http/types';
import { listYearly, presentYearly, saveYearly } from './yearly-figures';

const tags = ['企业名录'];

/** An enterprise's yearly figures: read by whoever reads the enterprise, edited by staff in scope or the enterprise. */
export async function yearlyRoutes(app: App): Promise<void> {
  app.get('/enterprises/:id/yearly', {
    config: { access: 'signed-in' },
    schema: {
      tags,
      summary: '企业年度数据（最新年度在前）',
      params: ZIdParam,
      response: { 200: z.array(ZYearlyFiguresRow) },
    },
    handler: async (req) => (await listYearly(app.db, requireAuth(req.auth), req.params.id)).map(presentYearly),
  });

  app.put('/enterprises/:id/yearly/:year', {
    config: { access: 'signed-in' },
    schema: {
      tags,
      summary:
        '保存某年度数据（与 Excel 导入同一校验；业务人员可改管辖内企业，企业用户改本企业；乐观锁，新年度 version 为 0）',
      params: ZYearParam,
      body: ZYearlyFiguresSave,
      response: { 200: ZYearlyFiguresRow },
    },
    handler: async (req) =>
      presentYearly(
        await saveYearly(app.db, contextOf(req), {
          enterpriseId: req.params.id,
          year: req.params.year,
          figures: req.body,
        }),
      ),
  });
}
