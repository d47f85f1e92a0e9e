import { z } from 'zod';
import { zFactIdsText } from '../platform/common.contract';
import { AWARD_LEVELS, NOMINEE_KINDS } from './award.enums';

// The field rules shared by the API bodies and the Excel rows, so a refusal reads the same wherever it comes from;
// every message names its field.

/** A required name-like text of 2–`max` characters, the message naming the field. */
export const zName = (label: string, max = 100) =>
  z
    .string({ message: `请填写${label}` })
    .trim()
    .min(2, `${label}至少 2 个字`)
    .max(max, `${label}最多 ${max} 个字`);

/** An optional free text up to `max` characters. */
export const zText = (label: string, max: number) => z.string().trim().max(max, `${label}最多 ${max} 个字`);

export const zRegionCode = z.string().regex(/^\d{6}$/, '所属县区须为 6 位区划代码');
export const zYear = z.coerce
  .number({ message: '年度须为数字' })
  .int('年度须为整数')
  .min(2000, '年度不早于 2000')
  .max(2100, '年度不晚于 2100');
export const zLevel = z.enum(AWARD_LEVELS, { message: '级别须为国家级、省级、市级或县级' });
export const zNomineeKind = z.enum(NOMINEE_KINDS, { message: '类型须为单位或个人' });
/** A dictionary code (the web offers the dictionary's items). */
export const zCode = (label: string) =>
  z
    .string({ message: `请选择${label}` })
    .trim()
    .min(1, `请选择${label}`)
    .max(50, `${label}代码最多 50 个字符`);
/** A phone number (mobile or landline with area code). */
export const zPhone = z
  .string()
  .trim()
  .regex(/^(1\d{10}|0\d{2,3}-?\d{7,8})$/, '联系电话须为 11 位手机号或带区号的固定电话');
export const zIds = zFactIdsText.optional();
export const zOrder = z.enum(['ascend', 'descend']).optional();
export const zKeyword = z.string().trim().max(50, '关键字最多 50 个字').optional();

/**
 * Who is nominated or enters, the same for nominations and competition entries: a unit (an enterprise of the
 * register, or an institution by name) or a person (name, and the unit they belong to — possibly an enterprise
 * of the register). Which fields a kind needs is checked on the whole record (server, `nominee-input.ts`).
 */
export const ZNomineeFields = z.object({
  nomineeKind: zNomineeKind,
  enterpriseId: z.number().int().positive().nullable().optional(),
  unitName: zName('单位名称').nullable().optional(),
  personName: z.string().trim().min(2, '姓名至少 2 个字').max(30, '姓名最多 30 个字').nullable().optional(),
  contactPhone: zPhone.nullable().optional(),
});
