import { z } from 'zod';
import { zDate } from '../platform/date';
import { MONEY_LIMITS, zMoney } from '../platform/money';
import { checkYearlyFigures } from './yearly-rules';

const optionalText = (max: number) => z.string().trim().max(max, `最多 ${max} 个字`).optional();
const money = (label: string) => zMoney(label, { max: MONEY_LIMITS.enterpriseYearly }).optional();
const count = z
  .number({ message: '须为整数' })
  .int('须为整数')
  .min(0, '不能为负数')
  .max(1_000_000, '数值过大')
  .optional();

/**
 * One row of the enterprise import sheet (upsert by 统一社会信用代码). The columns are the register's own
 * fields plus one year of figures, so a county can load its legacy Excel in one go.
 */
export const ZEnterpriseImportRow = z
  .object({
    name: z
      .string({ message: '请填写企业名称' })
      .trim()
      .min(2, '企业名称至少 2 个字')
      .max(100, '企业名称最多 100 个字'),
    creditCode: z.string({ message: '请填写统一社会信用代码' }).trim().min(1, '请填写统一社会信用代码').max(40),
    creditCodeOverride: optionalText(200),
    unitKind: z.enum(['enterprise', 'institution', 'school']).default('enterprise'),
    townshipCode: z
      .string()
      .regex(/^\d{12}$/, '请从下拉列表选择乡镇')
      .optional(),
    industryCode: z
      .string()
      .trim()
      .regex(/^[A-T]?\d{2,4}$/, '行业代码须为 GB/T 4754 代码，如 2730 或 C2730')
      .optional(),
    hightechDomain: z
      .string()
      .regex(/^0[1-8]$/, '请从下拉列表选择高新技术领域')
      .optional(),
    foundedOn: zDate('成立日期').optional(),
    address: optionalText(200),
    contactName: optionalText(30),
    contactPhone: z
      .string()
      .trim()
      .regex(/^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$/, '须为手机号或带区号的座机')
      .optional(),
    tags: z.string().trim().max(200).optional(),
    year: z
      .number({ message: '须为四位年份' })
      .int('须为四位年份')
      .min(2000, '年度不早于 2000')
      .max(2100, '年度不晚于 2100')
      .optional(),
    staffTotal: count,
    techStaff: count,
    revenue: money('销售收入'),
    rdExpense: money('研发费用'),
  })
  // The same rule as the yearly-figures edit (yearly-rules.ts).
  .superRefine(checkYearlyFigures)
  .refine(
    (r) => r.year !== undefined || [r.staffTotal, r.techStaff, r.revenue, r.rdExpense].every((v) => v === undefined),
    { message: '填写年度数据时须填写“数据年度”', path: ['year'] },
  );
export type TEnterpriseImportRow = z.output<typeof ZEnterpriseImportRow>;

/** The preview an import job hands back before anything is written. */
export const ZImportPreview = z.object({
  jobId: z.number().int(),
  stage: z.enum(['validated', 'committed']),
  fileName: z.string(),
  totalRows: z.number().int(),
  validRows: z.number().int(),
  failedRows: z.number().int(),
  toCreate: z.number().int(),
  toUpdate: z.number().int(),
  problems: z.array(z.object({ row: z.number().int().nullable(), column: z.string().nullable(), message: z.string() })),
  sample: z.array(z.record(z.string(), z.unknown())),
  errorReportFileId: z.string().nullable(),
});
export type TImportPreview = z.infer<typeof ZImportPreview>;
