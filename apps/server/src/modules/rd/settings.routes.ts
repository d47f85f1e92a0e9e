import { z } from 'zod';
import {
  RD_CHECK_CODES,
  ZIndicatorInput,
  ZIndicatorValue,
  ZRdCheckRuleRow,
  ZRdCheckRuleUpdate,
  type RdCheckCode,
} from '@kechuang/domain';
import { writeAudit } from '../../platform/audit/audit.writer';
import { inScope } from '../../platform/auth/region-scope';
import { updateVersioned } from '../../platform/db/versioned-update';
import { AppError, notFound } from '../../platform/errors';
import { actorOf, requireAuth, type App } from '../../platform/http/types';
import { rdRegionScope } from './rd.policy';
import { codeStartsWith } from '../../platform/db/code-prefix';

const tags = ['研发经费·指标与核查规则'];
type IndicatorRow = {
  id: number;
  region_code: string;
  code: string;
  period: string;
  value: string;
  unit: string;
  source: string;
  remark: string | null;
  version: number;
};
const presentIndicator = (r: IndicatorRow) => ({
  id: r.id,
  regionCode: r.region_code,
  code: r.code,
  period: r.period,
  value: r.value,
  unit: r.unit,
  source: r.source,
  remark: r.remark,
  version: r.version,
});

/** GDP (and other indicator values) per period with their source, and the cross-check rules in force. */
export async function rdSettingsRoutes(app: App): Promise<void> {
  app.get('/rd/indicators', {
    config: { access: 'signed-in' },
    schema: {
      tags,
      summary: '指标值（地区生产总值等，含数据来源）',
      querystring: z.object({ code: z.string().max(30).optional(), period: z.string().max(7).optional() }),
      response: { 200: z.array(ZIndicatorValue) },
    },
    handler: async (req) => {
      const prefix = rdRegionScope(requireAuth(req.auth));
      let q = app.db.selectFrom('indicator_value').selectAll().where(codeStartsWith('region_code', prefix));
      if (req.query.code) q = q.where('code', '=', req.query.code);
      if (req.query.period) q = q.where('period', '=', req.query.period.toUpperCase());
      return (await q.orderBy('period', 'desc').orderBy('region_code').execute()).map(presentIndicator);
    },
  });

  app.put('/rd/indicators', {
    config: { access: 'rd:task:manage' },
    schema: {
      tags,
      summary: '录入或修改某期指标值（如 GDP，单位元，须注明来源；已有值须带版本号）',
      body: ZIndicatorInput,
      response: { 200: ZIndicatorValue },
    },
    handler: async (req) => {
      const auth = requireAuth(req.auth);
      const b = req.body;
      const regionCode = b.regionCode ?? auth.regionCode;
      if (!inScope(auth.scopePrefix, regionCode)) {
        throw new AppError('OUT_OF_SCOPE', `区划 ${regionCode} 不在您的管辖范围内`);
      }
      const row = await app.db.transaction().execute(async (trx) => {
        const existing = await trx
          .selectFrom('indicator_value')
          .selectAll()
          .where('region_code', '=', regionCode)
          .where('code', '=', b.code)
          .where('period', '=', b.period)
          .executeTakeFirst();
        const values = { value: b.value, unit: b.unit, source: b.source, remark: b.remark ?? null };
        if (existing) {
          if (b.version === undefined) {
            throw new AppError('VERSION_CONFLICT', `${b.period} 的该指标已录入，请刷新后修改（您的修改未保存）`);
          }
          const { before, after } = await updateVersioned<IndicatorRow>(trx, {
            table: 'indicator_value',
            key: 'id',
            id: existing.id,
            version: b.version,
            set: values,
            what: '指标值',
            userId: auth.userId,
          });
          await writeAudit(trx, actorOf(req), {
            action: 'indicator.update',
            objectType: 'indicator_value',
            objectId: existing.id,
            regionCode,
            before,
            after,
          });
          return after;
        }
        const created = await trx
          .insertInto('indicator_value')
          .values({
            ...values,
            region_code: regionCode,
            code: b.code,
            period: b.period,
            created_by: auth.userId,
            updated_by: auth.userId,
          })
          .returningAll()
          .executeTakeFirstOrThrow();
        await writeAudit(trx, actorOf(req), {
          action: 'indicator.create',
          objectType: 'indicator_value',
          objectId: created.id,
          regionCode,
          after: created,
        });
        return created;
      });
      return presentIndicator(row);
    },
  });

  app.get('/rd/check-rules', {
    config: { access: 'signed-in' },
    schema: { tags, summary: '研发经费核查规则（严重程度、开关、阈值）', response: { 200: z.array(ZRdCheckRuleRow) } },
    handler: async (req) => {
      rdRegionScope(requireAuth(req.auth));
      const rows = await app.db.selectFrom('rd_check_rule').selectAll().execute();
      const order = (c: string) => RD_CHECK_CODES.indexOf(c as RdCheckCode);
      return rows
        .sort((a, b) => order(a.code) - order(b.code))
        .map((r) => ({
          code: r.code as RdCheckCode,
          label: r.label,
          severity: r.severity as 'error',
          enabled: r.enabled,
          threshold: r.threshold,
          locked: r.locked,
          description: r.description,
          version: r.version,
        }));
    },
  });

  app.put('/rd/check-rules/:code', {
    config: { access: 'rd:task:manage' },
    schema: {
      tags,
      summary: '修改核查规则（结构性规则不可修改；乐观锁）',
      params: z.object({ code: z.enum(RD_CHECK_CODES) }),
      body: ZRdCheckRuleUpdate,
      response: { 200: ZRdCheckRuleRow },
    },
    handler: async (req) => {
      const rule = await app.db
        .selectFrom('rd_check_rule')
        .selectAll()
        .where('code', '=', req.params.code)
        .executeTakeFirst();
      if (!rule) throw notFound('核查规则');
      if (rule.locked) throw new AppError('CONFLICT', `“${rule.label}”是结构性校验，不能修改或关闭`);
      const { version, severity, enabled, threshold } = req.body;
      const after = await app.db.transaction().execute(async (trx) => {
        const res = await updateVersioned<typeof rule>(trx, {
          table: 'rd_check_rule',
          key: 'code',
          id: rule.code,
          version,
          set: { severity, enabled, threshold },
          what: '核查规则',
          userId: req.auth!.userId,
        });
        await writeAudit(trx, actorOf(req), {
          action: 'rd.check-rule.update',
          objectType: 'rd_check_rule',
          objectId: rule.code,
          before: res.before,
          after: res.after,
        });
        return res.after;
      });
      return {
        code: after.code as RdCheckCode,
        label: after.label,
        severity: after.severity as 'error',
        enabled: after.enabled,
        threshold: after.threshold,
        locked: after.locked,
        description: after.description,
        version: after.version,
      };
    },
  });
}
