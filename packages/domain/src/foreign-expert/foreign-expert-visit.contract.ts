import { z } from 'zod';
import { ZPageQuery, zFactIdsText } from '../platform/common.contract';
import { zDate } from '../platform/date';

const ids = (label: string) =>
  z
    .array(z.number().int().positive(), { message: `请选择${label}` })
    .min(1, `请选择${label}`)
    .max(50, `${label}最多 50 个`)
    .refine((a) => new Set(a).size === a.length, `${label}不能重复`);

/** A visit or guidance stay of foreign experts at enterprises of the register (docs/rules.md §5.7). */
const visitFields = z.object({
  regionCode: z.string().regex(/^\d{6}$/, '所属县区须为 6 位区划代码'),
  startOn: zDate('开始日期'),
  endOn: zDate('结束日期'),
  expertIds: ids('来访专家'),
  enterpriseIds: ids('服务企业'),
  topics: z
    .string({ message: '请填写指导内容' })
    .trim()
    .min(2, '指导内容至少 2 个字')
    .max(1000, '指导内容最多 1000 个字'),
  results: z.string().trim().max(2000, '成效最多 2000 个字').nullable().optional(),
  talentBaseId: z.number().int().positive().nullable().optional(),
});
const endNotBeforeStart: [(v: { startOn: string; endOn: string }) => boolean, { message: string; path: string[] }] = [
  (v) => v.endOn >= v.startOn,
  { message: '结束日期不能早于开始日期', path: ['endOn'] },
];

export const ZForeignExpertVisitInput = visitFields.refine(...endNotBeforeStart);
export type TForeignExpertVisitInput = z.infer<typeof ZForeignExpertVisitInput>;

/** An edit sends the whole visit again with the version it read. */
export const ZUpdateForeignExpertVisitRequest = visitFields
  .extend({ version: z.number().int().min(1) })
  .refine(...endNotBeforeStart);
export type TUpdateForeignExpertVisitRequest = z.infer<typeof ZUpdateForeignExpertVisitRequest>;

const ZRef = z.object({ id: z.number().int(), name: z.string() });

/** A visit as the API answers it, with its experts, enterprises and 引智基地 by name. */
export const ZForeignExpertVisit = z.object({
  id: z.number().int(),
  regionCode: z.string(),
  regionName: z.string().nullable(),
  startOn: z.string(),
  endOn: z.string(),
  experts: z.array(ZRef.extend({ countryLabel: z.string().nullable() })),
  enterprises: z.array(ZRef),
  topics: z.string(),
  results: z.string().nullable(),
  talentBaseId: z.number().int().nullable(),
  talentBaseName: z.string().nullable(),
  updatedAt: z.string(),
  version: z.number().int(),
});
export type TForeignExpertVisit = z.infer<typeof ZForeignExpertVisit>;

/** The visit list's filters: year of the start, an expert, an enterprise, a 引智基地, and a fact's ids. */
export const ZForeignExpertVisitListQuery = ZPageQuery.extend({
  keyword: z.string().trim().max(50, '关键字最多 50 个字').optional(),
  year: z.coerce.number().int('年度须为整数').min(2000, '年度不早于 2000').max(2100, '年度不晚于 2100').optional(),
  expertId: z.coerce.number().int().positive().optional(),
  enterpriseId: z.coerce.number().int().positive().optional(),
  talentBaseId: z.coerce.number().int().positive().optional(),
  ids: zFactIdsText.optional(),
  sort: z.enum(['startOn', 'updatedAt']).optional(),
  order: z.enum(['ascend', 'descend']).optional(),
});
export type TForeignExpertVisitListQuery = z.infer<typeof ZForeignExpertVisitListQuery>;

/** A 引智基地 of the region (a 创新平台 of kind talent_base) with its experts and visits. */
export const ZTalentBase = z.object({
  id: z.number().int(),
  name: z.string(),
  regionCode: z.string(),
  regionName: z.string().nullable(),
  status: z.string(),
  recognizedOn: z.string().nullable(),
  operatorName: z.string().nullable(),
  experts: z.array(z.object({ id: z.number().int(), name: z.string(), countryLabel: z.string().nullable() })),
  visits: z.array(z.object({ id: z.number().int(), startOn: z.string(), endOn: z.string(), topics: z.string() })),
});
export type TTalentBase = z.infer<typeof ZTalentBase>;
