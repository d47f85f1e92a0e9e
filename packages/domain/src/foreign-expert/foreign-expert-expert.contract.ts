import { z } from 'zod';
import { ZPageQuery, zFactIdsText } from '../platform/common.contract';

// The fields of an expert profile (docs/rules.md §5.7: the bureau records profiles, visits, guidance and 引智基地;
// the 外国人来华工作许可 itself is issued elsewhere, only its number is kept). Messages name the field.

/** The dictionary of countries (value: ISO 3166-1 alpha-2 code, label: the Chinese name). */
export const FOREIGN_EXPERT_COUNTRY_DICT = 'foreign_expert_country';

const text = (label: string, max: number) =>
  z
    .string({ message: `请填写${label}` })
    .trim()
    .min(1, `请填写${label}`)
    .max(max, `${label}最多 ${max} 个字`);
const optionalText = (label: string, max: number) => z.string().trim().max(max, `${label}最多 ${max} 个字`);

/** A passport number as printed: letters and digits, 5 to 20 (spaces and case ignored). */
export const zPassportNo = z
  .string({ message: '请填写护照号码' })
  .transform((s) => s.replace(/\s+/g, '').toUpperCase())
  .pipe(z.string().regex(/^[A-Z0-9]{5,20}$/, '护照号码须为 5～20 位字母或数字'));

const phone = z
  .string()
  .trim()
  .regex(/^\+?[\d-]{7,20}$/, '联系电话须为 7～20 位数字（可带 + 与 -）');
const email = z.string().trim().email('电子邮箱格式不正确').max(100, '电子邮箱最多 100 个字');
const workPermitNo = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9-]{6,30}$/, '外国人来华工作许可证号须为 6～30 位字母、数字或 -');

/** The editable fields of an expert (POST body; PUT takes any of them with the version read). */
export const ZForeignExpertInput = z.object({
  name: text('姓名', 100),
  nameZh: optionalText('中文名', 50).nullable().optional(),
  regionCode: z.string().regex(/^\d{6}$/, '所属县区须为 6 位区划代码'),
  country: text('国籍', 10),
  field: text('专业领域', 100),
  employer: optionalText('工作单位', 200).nullable().optional(),
  passportNo: zPassportNo,
  phone: phone.nullable().optional(),
  email: email.nullable().optional(),
  workPermitNo: workPermitNo.nullable().optional(),
  talentBaseId: z.number().int().positive().nullable().optional(),
  remark: optionalText('备注', 500).nullable().optional(),
});
export type TForeignExpertInput = z.input<typeof ZForeignExpertInput>;
export type TForeignExpertInputParsed = z.output<typeof ZForeignExpertInput>;

export const ZUpdateForeignExpertRequest = ZForeignExpertInput.partial().extend({
  version: z.number().int().min(1),
});
export type TUpdateForeignExpertRequest = z.input<typeof ZUpdateForeignExpertRequest>;

/** An expert as the API answers it: passport and phone masked (the full passport only via the audited reveal). */
export const ZForeignExpert = z.object({
  id: z.number().int(),
  regionCode: z.string(),
  regionName: z.string().nullable(),
  name: z.string(),
  nameZh: z.string().nullable(),
  country: z.string(),
  countryLabel: z.string().nullable(),
  field: z.string(),
  employer: z.string().nullable(),
  passportMasked: z.string().nullable(),
  phoneMasked: z.string().nullable(),
  email: z.string().nullable(),
  workPermitNo: z.string().nullable(),
  talentBaseId: z.number().int().nullable(),
  talentBaseName: z.string().nullable(),
  visitCount: z.number().int(),
  remark: z.string().nullable(),
  updatedAt: z.string(),
  version: z.number().int(),
});
export type TForeignExpert = z.infer<typeof ZForeignExpert>;

/** The expert list's filters: keyword (name, 中文名, employer), country, 引智基地, and a fact's ids. */
export const ZForeignExpertListQuery = ZPageQuery.extend({
  keyword: z.string().trim().max(50, '关键字最多 50 个字').optional(),
  country: z.string().trim().max(10).optional(),
  talentBaseId: z.coerce.number().int().positive().optional(),
  ids: zFactIdsText.optional(),
  sort: z.enum(['name', 'country', 'updatedAt']).optional(),
  order: z.enum(['ascend', 'descend']).optional(),
});
export type TForeignExpertListQuery = z.infer<typeof ZForeignExpertListQuery>;

/** The full passport number, answered only by the audited reveal. */
export const ZForeignExpertPassport = z.object({ passportNo: z.string() });
