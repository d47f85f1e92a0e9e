import { z } from 'zod';
import { ZPageQuery } from '../platform/common.contract';
import { zDate } from '../platform/date';
import { NOMINATION_STATES } from './award.enums';
import {
  ZNomineeFields,
  zCode,
  zIds,
  zKeyword,
  zLevel,
  zNomineeKind,
  zOrder,
  zPhone,
  zText,
  zYear,
} from './award-fields';

const rank = z.coerce
  .number({ message: '名次须为数字' })
  .int('名次须为整数')
  .min(1, '名次须大于 0')
  .max(9999, '名次过大');

/** A nomination (推荐) of a unit or a person to a programme, in one of its categories. */
export const ZAwardNominationInput = ZNomineeFields.extend({
  programmeId: z.number({ message: '请选择评选' }).int().positive(),
  category: zCode('奖项类别'),
  title: zText('成果名称', 200).nullable().optional(),
  nominatedOn: zDate('推荐日期'),
  remark: zText('备注', 500).nullable().optional(),
});
export type TAwardNominationInput = z.infer<typeof ZAwardNominationInput>;

/** An edit of a nomination's fields (its state moves only through a result). */
export const ZUpdateAwardNominationRequest = ZAwardNominationInput.omit({ programmeId: true })
  .partial()
  .extend({ version: z.number().int().min(1) });
export type TUpdateAwardNominationRequest = z.infer<typeof ZUpdateAwardNominationRequest>;

/** The result announced for a nomination: 获奖 with its 等级 (and 名次 if given) or 未获奖. */
export const ZAwardResultRequest = z.object({
  state: z.enum(['awarded', 'not_awarded'], { message: '评选结果须为获奖或未获奖' }),
  grade: zCode('获奖等级').nullable().optional(),
  rank: rank.nullable().optional(),
  announcedOn: zDate('公布日期'),
  comment: zText('说明', 500).nullable().optional(),
  version: z.number().int().min(1),
});
export type TAwardResultRequest = z.infer<typeof ZAwardResultRequest>;

export const ZAwardNomination = z.object({
  id: z.number().int(),
  regionCode: z.string(),
  regionName: z.string().nullable(),
  programmeId: z.number().int(),
  programmeName: z.string(),
  year: z.number().int(),
  level: z.string(),
  category: z.string(),
  nomineeKind: z.string(),
  enterpriseId: z.number().int().nullable(),
  enterpriseName: z.string().nullable(),
  unitName: z.string().nullable(),
  personName: z.string().nullable(),
  /** Masked (docs/rules.md §6.4). */
  contactPhone: z.string().nullable(),
  title: z.string().nullable(),
  nominatedOn: z.string(),
  state: z.enum(NOMINATION_STATES),
  grade: z.string().nullable(),
  rank: z.number().int().nullable(),
  announcedOn: z.string().nullable(),
  remark: z.string().nullable(),
  updatedAt: z.string(),
  version: z.number().int(),
});
export type TAwardNomination = z.infer<typeof ZAwardNomination>;

export const ZAwardNominationListQuery = ZPageQuery.extend({
  keyword: zKeyword,
  year: zYear.optional(),
  programmeId: z.coerce.number().int().positive().optional(),
  level: zLevel.optional(),
  category: z.string().max(50).optional(),
  state: z.enum(NOMINATION_STATES, { message: '状态须为推荐、获奖或未获奖' }).optional(),
  nomineeKind: zNomineeKind.optional(),
  ids: zIds,
  sort: z.enum(['nominatedOn', 'announcedOn', 'updatedAt']).optional(),
  order: zOrder,
});
export type TAwardNominationListQuery = z.infer<typeof ZAwardNominationListQuery>;

/** One history row of a nomination or an entry: a state or stage move. */
export const ZAwardHistoryEntry = z.object({
  fromState: z.string().nullable(),
  toState: z.string(),
  detail: z.string().nullable(),
  at: z.string(),
  actorName: z.string().nullable(),
});
export type TAwardHistoryEntry = z.infer<typeof ZAwardHistoryEntry>;

/**
 * One row of the results sheet bureaus collect: the programme by name and year, the nominee, and — when announced —
 * the result. A row adds a nomination (with its result when given), or brings the result of one recorded as 推荐.
 */
export const ZAwardResultImportRow = z.object({
  programmeName: z.string({ message: '请填写评选名称' }).trim().min(2, '评选名称至少 2 个字').max(100),
  year: zYear,
  category: zCode('奖项类别'),
  nomineeKind: zNomineeKind,
  unitName: z.string().trim().max(100, '单位名称最多 100 个字').optional(),
  personName: z.string().trim().min(2, '姓名至少 2 个字').max(30, '姓名最多 30 个字').optional(),
  contactPhone: zPhone.optional(),
  title: zText('成果名称', 200).optional(),
  nominatedOn: zDate('推荐日期'),
  state: z.enum(NOMINATION_STATES, { message: '评选结果须为推荐、获奖或未获奖' }),
  grade: z.string().trim().max(50).optional(),
  rank: rank.optional(),
  announcedOn: zDate('公布日期').optional(),
});
export type TAwardResultImportRow = z.output<typeof ZAwardResultImportRow>;

export const ZAwardImportCommitted = z.object({
  created: z.number().int(),
  /** Results recorded on nominations already there (推荐 → 获奖 / 未获奖). */
  resulted: z.number().int(),
  awarded: z.number().int(),
});
export type TAwardImportCommitted = z.infer<typeof ZAwardImportCommitted>;
