import { z } from 'zod';

/** A non-negative amount in 元: a number or a plain decimal string such as '12345.67' (no commas, no 万). */
export const ZYuan = z.union([
  z.number().nonnegative('金额不能为负数'),
  z
    .string()
    .trim()
    .regex(/^\d+(\.\d+)?$/, '金额须为非负数字，单位为元，如 12345.67'),
]);
/** An amount as callers pass it. */
export type TYuan = z.input<typeof ZYuan>;

/** An amount in 元 that may be negative (净资产 can be negative when liabilities exceed assets). */
export const ZSignedYuan = z.union([
  z.number(),
  z
    .string()
    .trim()
    .regex(/^-?\d+(\.\d+)?$/, '金额须为数字，单位为元，如 -12345.67'),
]);
/** A signed amount as callers pass it. */
export type TSignedYuan = z.input<typeof ZSignedYuan>;

/** A head count or an item count. */
export const ZCount = z.number().int('须为整数').nonnegative('不能为负数');

/** A fraction between 0 and 1 (0.5 = 50%), as a number or decimal string. */
export const ZFraction = z.union([
  z.number().min(0, '比例须在 0 到 1 之间').max(1, '比例须在 0 到 1 之间'),
  z
    .string()
    .trim()
    .regex(/^(0(\.\d+)?|1(\.0+)?)$/, '比例须为 0 到 1 之间的小数，如 0.6'),
]);
/** A fraction as callers pass it. */
export type TFraction = z.input<typeof ZFraction>;
