import { z } from 'zod';
import { ZPageQuery } from '../platform/common.contract';
import { zDate } from '../platform/date';
import { COMPETITION_STAGE_CODES } from './competition-stages';
import {
  ZNomineeFields,
  zCode,
  zIds,
  zKeyword,
  zLevel,
  zName,
  zNomineeKind,
  zOrder,
  zPhone,
  zRegionCode,
  zText,
  zYear,
} from './award-fields';

/** A competition edition and division, e.g. 第十一届中国创新创业大赛·甘肃赛区. */
export const ZCompetitionInput = z.object({
  name: zName('大赛名称'),
  edition: z
    .number({ message: '届次须为数字' })
    .int('届次须为整数')
    .min(1, '届次须大于 0')
    .max(200)
    .nullable()
    .optional(),
  division: zText('赛区或赛段', 50).nullable().optional(),
  organiser: zName('主办单位'),
  level: zLevel,
  year: zYear,
  regionCode: zRegionCode,
  remark: zText('备注', 500).nullable().optional(),
});
export type TCompetitionInput = z.infer<typeof ZCompetitionInput>;

export const ZUpdateCompetitionRequest = ZCompetitionInput.partial().extend({ version: z.number().int().min(1) });
export type TUpdateCompetitionRequest = z.infer<typeof ZUpdateCompetitionRequest>;

export const ZCompetition = z.object({
  id: z.number().int(),
  regionCode: z.string(),
  regionName: z.string().nullable(),
  name: z.string(),
  edition: z.number().int().nullable(),
  division: z.string().nullable(),
  /** As the report names it: 第十一届中国创新创业大赛（甘肃赛区）. */
  displayName: z.string(),
  organiser: z.string(),
  level: z.string(),
  year: z.number().int(),
  remark: z.string().nullable(),
  entries: z.number().int(),
  awarded: z.number().int(),
  updatedAt: z.string(),
  version: z.number().int(),
});
export type TCompetition = z.infer<typeof ZCompetition>;

export const ZCompetitionListQuery = ZPageQuery.extend({
  keyword: zKeyword,
  year: zYear.optional(),
  level: zLevel.optional(),
  ids: zIds,
  sort: z.enum(['year', 'name', 'updatedAt']).optional(),
  order: zOrder,
});
export type TCompetitionListQuery = z.infer<typeof ZCompetitionListQuery>;

/** An entry (参赛) of a unit or a person; it starts at 报名 and advances stage by stage. */
export const ZCompetitionEntryInput = ZNomineeFields.extend({
  competitionId: z.number({ message: '请选择大赛' }).int().positive(),
  projectTitle: zText('参赛项目', 200).nullable().optional(),
  enteredOn: zDate('报名日期'),
  remark: zText('备注', 500).nullable().optional(),
});
export type TCompetitionEntryInput = z.infer<typeof ZCompetitionEntryInput>;

export const ZUpdateCompetitionEntryRequest = ZCompetitionEntryInput.omit({ competitionId: true })
  .partial()
  .extend({ version: z.number().int().min(1) });
export type TUpdateCompetitionEntryRequest = z.infer<typeof ZUpdateCompetitionEntryRequest>;

/** An entry reaches the next stage (on the date the organiser announced it). */
export const ZAdvanceEntryRequest = z.object({
  to: z.enum(COMPETITION_STAGE_CODES, { message: '阶段须为报名、初赛、复赛或决赛' }),
  on: zDate('晋级日期'),
  version: z.number().int().min(1),
});
export type TAdvanceEntryRequest = z.infer<typeof ZAdvanceEntryRequest>;

/** The award an entry won (优秀奖 etc.), at the stage it reached. */
export const ZEntryAwardRequest = z.object({
  award: zCode('所获奖项'),
  awardedOn: zDate('获奖日期'),
  version: z.number().int().min(1),
});
export type TEntryAwardRequest = z.infer<typeof ZEntryAwardRequest>;

export const ZCompetitionEntry = z.object({
  id: z.number().int(),
  regionCode: z.string(),
  regionName: z.string().nullable(),
  competitionId: z.number().int(),
  competitionName: z.string(),
  year: z.number().int(),
  level: z.string(),
  nomineeKind: z.string(),
  enterpriseId: z.number().int().nullable(),
  enterpriseName: z.string().nullable(),
  unitName: z.string().nullable(),
  personName: z.string().nullable(),
  /** Masked (docs/rules.md §6.4). */
  contactPhone: z.string().nullable(),
  projectTitle: z.string().nullable(),
  enteredOn: z.string(),
  stage: z.enum(COMPETITION_STAGE_CODES),
  award: z.string().nullable(),
  awardedOn: z.string().nullable(),
  remark: z.string().nullable(),
  updatedAt: z.string(),
  version: z.number().int(),
});
export type TCompetitionEntry = z.infer<typeof ZCompetitionEntry>;

export const ZCompetitionEntryListQuery = ZPageQuery.extend({
  keyword: zKeyword,
  year: zYear.optional(),
  competitionId: z.coerce.number().int().positive().optional(),
  stage: z.enum(COMPETITION_STAGE_CODES).optional(),
  awarded: z.enum(['true', 'false']).optional(),
  nomineeKind: zNomineeKind.optional(),
  ids: zIds,
  sort: z.enum(['enteredOn', 'updatedAt']).optional(),
  order: zOrder,
});
export type TCompetitionEntryListQuery = z.infer<typeof ZCompetitionEntryListQuery>;

/**
 * One row of an entries sheet: the competition by name, 届次, 赛区 and year, the unit or person, and how far the
 * entry got (the stage reached, and the award if any). A row adds an entry.
 */
export const ZEntryImportRow = z.object({
  competitionName: z.string({ message: '请填写大赛名称' }).trim().min(2, '大赛名称至少 2 个字').max(100),
  edition: z.coerce.number({ message: '届次须为数字' }).int('届次须为整数').min(1, '届次须大于 0').optional(),
  division: z.string().trim().max(50, '赛区或赛段最多 50 个字').optional(),
  year: zYear,
  nomineeKind: zNomineeKind,
  unitName: z.string().trim().max(100, '单位名称最多 100 个字').optional(),
  personName: z.string().trim().min(2, '姓名至少 2 个字').max(30, '姓名最多 30 个字').optional(),
  contactPhone: zPhone.optional(),
  projectTitle: zText('参赛项目', 200).optional(),
  enteredOn: zDate('报名日期'),
  stage: z.enum(COMPETITION_STAGE_CODES, { message: '所处阶段须为报名、初赛、复赛或决赛' }),
  award: z.string().trim().max(50).optional(),
  awardedOn: zDate('获奖日期').optional(),
});
export type TEntryImportRow = z.output<typeof ZEntryImportRow>;

export const ZEntryImportCommitted = z.object({ created: z.number().int(), awarded: z.number().int() });
export type TEntryImportCommitted = z.infer<typeof ZEntryImportCommitted>;
