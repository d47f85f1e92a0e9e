import { z } from 'zod';
import { dateProblem } from '../platform/date';
import { MONEY_LIMITS, moneyProblem } from '../platform/money';

/** Field types a call's application form may use; 'file' is an attachment slot. */
export const FORM_FIELD_TYPES = ['text', 'textarea', 'number', 'money', 'date', 'select', 'file'] as const;
export type FormFieldType = (typeof FORM_FIELD_TYPES)[number];

/** One field of a call's form: configuration, not code (docs/architecture.md §2.3). */
export const ZFormField = z.object({
  key: z.string().regex(/^[a-zA-Z][a-zA-Z0-9_]{0,39}$/, '字段标识须以字母开头，仅含字母、数字、下划线'),
  label: z.string().trim().min(1, '请填写字段名称').max(60),
  type: z.enum(FORM_FIELD_TYPES),
  required: z.boolean().default(false),
  options: z.array(z.string().trim().min(1).max(60)).max(50).optional(),
  maxLength: z.number().int().min(1).max(20000).optional(),
  help: z.string().max(300).optional(),
});
export type TFormField = z.infer<typeof ZFormField>;

/** A whole form: keys unique, select fields carry options. */
export const ZFormDefinition = z
  .array(ZFormField)
  .max(100)
  .superRefine((fields, ctx) => {
    const seen = new Set<string>();
    fields.forEach((f, i) => {
      if (seen.has(f.key)) ctx.addIssue({ code: 'custom', path: [i, 'key'], message: `字段标识“${f.key}”重复` });
      seen.add(f.key);
      if (f.type === 'select' && !f.options?.length) {
        ctx.addIssue({ code: 'custom', path: [i, 'options'], message: `选择字段“${f.label}”须列出选项` });
      }
    });
  });

/** A problem with the filled form: which field and what is wrong. */
export interface FormProblem {
  field: string;
  message: string;
}

const NUMBER = /^-?\d{1,16}(\.\d{1,6})?$/;

const blank = (v: unknown) => v === undefined || v === null || (typeof v === 'string' && v.trim() === '');

function typeProblem(f: TFormField, v: unknown): string | null {
  const s = typeof v === 'number' ? String(v) : typeof v === 'string' ? v.trim() : null;
  if (s === null) return `“${f.label}”的值类型不正确`;
  switch (f.type) {
    case 'number':
      return NUMBER.test(s) ? null : `“${f.label}”须为数字`;
    case 'money':
      return moneyProblem(`“${f.label}”`, s, { max: MONEY_LIMITS.projectAmount });
    case 'date':
      return dateProblem(`“${f.label}”`, s);
    case 'select':
      return f.options?.includes(s) ? null : `“${f.label}”须从选项中选择：${(f.options ?? []).join('、')}`;
    default:
      return s.length > (f.maxLength ?? 5000) ? `“${f.label}”最多 ${f.maxLength ?? 5000} 个字` : null;
  }
}

/**
 * Checks filled data against the form. Saving a draft checks types and refuses unknown keys; submitting also
 * requires every required field and every required attachment slot (`filledSlots` = slots holding a file).
 */
export function checkFormData(
  fields: readonly TFormField[],
  data: Record<string, unknown>,
  filledSlots: ReadonlySet<string>,
  mode: 'save' | 'submit',
): FormProblem[] {
  const problems: FormProblem[] = [];
  const known = new Map(fields.map((f) => [f.key, f]));
  for (const key of Object.keys(data)) {
    const f = known.get(key);
    if (!f || f.type === 'file') problems.push({ field: key, message: `表单中没有字段“${key}”` });
  }
  for (const f of fields) {
    if (f.type === 'file') {
      if (mode === 'submit' && f.required && !filledSlots.has(f.key)) {
        problems.push({ field: f.key, message: `缺少必传附件“${f.label}”` });
      }
      continue;
    }
    const v = data[f.key];
    if (blank(v)) {
      if (mode === 'submit' && f.required) problems.push({ field: f.key, message: `必填项“${f.label}”未填写` });
      continue;
    }
    const p = typeProblem(f, v);
    if (p) problems.push({ field: f.key, message: p });
  }
  return problems;
}
