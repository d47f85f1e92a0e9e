import { z } from 'zod';
import { ZPageQuery } from '../platform/common.contract';
import { zCode, zIds, zKeyword, zLevel, zName, zOrder, zRegionCode, zText, zYear } from './award-fields';

/** An award programme (奖励评选), e.g. 2022年职工技术成果奖和“五小”创新成果奖评选: its organiser, level, year, categories. */
export const ZAwardProgrammeInput = z.object({
  name: zName('评选名称'),
  organiser: zName('主办单位'),
  level: zLevel,
  year: zYear,
  categories: z
    .array(zCode('奖项类别'), { message: '请选择奖项类别' })
    .min(1, '请至少选择一个奖项类别')
    .max(10, '奖项类别最多 10 个'),
  regionCode: zRegionCode,
  remark: zText('备注', 500).nullable().optional(),
});
export type TAwardProgrammeInput = z.infer<typeof ZAwardProgrammeInput>;

export const ZUpdateAwardProgrammeRequest = ZAwardProgrammeInput.partial().extend({
  version: z.number().int().min(1),
});
export type TUpdateAwardProgrammeRequest = z.infer<typeof ZUpdateAwardProgrammeRequest>;

export const ZAwardProgramme = z.object({
  id: z.number().int(),
  regionCode: z.string(),
  regionName: z.string().nullable(),
  name: z.string(),
  organiser: z.string(),
  level: z.string(),
  year: z.number().int(),
  categories: z.array(z.string()),
  remark: z.string().nullable(),
  /** Nominations and how many won. */
  nominations: z.number().int(),
  winners: z.number().int(),
  updatedAt: z.string(),
  version: z.number().int(),
});
export type TAwardProgramme = z.infer<typeof ZAwardProgramme>;

export const ZAwardProgrammeListQuery = ZPageQuery.extend({
  keyword: zKeyword,
  year: zYear.optional(),
  level: zLevel.optional(),
  ids: zIds,
  sort: z.enum(['year', 'name', 'updatedAt']).optional(),
  order: zOrder,
});
export type TAwardProgrammeListQuery = z.infer<typeof ZAwardProgrammeListQuery>;
