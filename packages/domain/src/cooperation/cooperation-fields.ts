import { z } from 'zod';
import { zFactIdsText } from '../platform/common.contract';
import { zDate } from '../platform/date';
import { MONEY_LIMITS, zMoney } from '../platform/money';

// Field rules shared by the module's contracts (API bodies and Excel rows), each message naming its field.

export const zRegionCode = z.string().regex(/^\d{6}$/, '所属县区须为 6 位区划代码');
export const zRemark = z.string().trim().max(500, '备注最多 500 个字');

/** A dictionary value (the dictionary's own check is on the server, against its active items). */
export const zDictValue = (label: string) =>
  z
    .string({ message: `请选择${label}` })
    .trim()
    .min(1, `请选择${label}`)
    .max(40, `${label}不是有效选项`);

/** A record of another register named by id. */
export const zRefId = (label: string) =>
  z
    .number({ message: `请选择${label}` })
    .int(`${label}编号须为整数`)
    .positive(`请选择${label}`);

/** A party's money in 元 (0 allowed: a party may put in nothing); bounded like a project's amount. */
export const zPartyMoney = (label: string) => zMoney(label, { max: MONEY_LIMITS.projectAmount });

/** Ids a report fact links to (`factLink`): the list honours `?ids=`. */
export const zIdsFilter = zFactIdsText.optional();

export const zKeyword = z.string().trim().max(50, '关键字最多 50 个字').optional();
export const zYear = z.coerce
  .number()
  .int('年度须为整数')
  .min(2000, '年度不早于 2000')
  .max(2100, '年度不晚于 2100')
  .optional();
export const zOrder = z.enum(['ascend', 'descend']).optional();

/** A reason for a move (required by the transition table for terminations). */
export const ZCoopTransitionRequest = z.object({
  to: z.string().min(1, '请选择目标状态'),
  version: z.number().int().min(1),
  reason: z.string().trim().max(500, '原因最多 500 个字').nullable().optional(),
  /** The date the move takes effect (结题/终止/到期), default today (Beijing). */
  on: zDate('生效日期').optional(),
});
export type TCoopTransitionRequest = z.infer<typeof ZCoopTransitionRequest>;

/** One row of a record's history (状态变更). */
export const ZCoopHistory = z.object({
  id: z.number().int(),
  fromState: z.string().nullable(),
  toState: z.string(),
  at: z.string(),
  actorName: z.string().nullable(),
  reason: z.string().nullable(),
});
export type TCoopHistory = z.infer<typeof ZCoopHistory>;
