import { z } from 'zod';

/** An amount in 元 from a number or string, kept as a decimal string (never a float). */
export const ZMoney = z
  .union([z.number(), z.string()])
  .transform((v) => String(v).trim())
  .pipe(z.string().regex(/^\d{1,16}(\.\d{1,2})?$/, '金额须为非负数，最多两位小数（单位：元）'));

/** A calendar date 'YYYY-MM-DD'. */
export const ZDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式为 YYYY-MM-DD');
