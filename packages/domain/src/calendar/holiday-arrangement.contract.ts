import { z } from 'zod';
import { arrangementProblems } from './holiday-arrangement';

const text = (max: number, label: string, required = `请填写${label}`) =>
  z
    .string({ error: (iss) => (iss.input === undefined || iss.input === null ? required : `${label}须为文字`) })
    .trim()
    .max(max, `${label}不超过 ${max} 个字符`);

const ZHolidayPeriodInput = z.object({
  name: text(20, '节日名称'),
  from: text(10, '放假开始日期'),
  to: text(10, '放假结束日期'),
  workdays: z.array(text(10, '调休上班日期')).max(10, '调休上班日不超过 10 天').default([]),
});

const ZArrangementFields = z.object({
  year: z.number({ error: '请填写年份' }).int('年份须为整数'),
  noticeNo: text(50, '通知文号', '请填写国务院办公厅通知的文号（如 国办发明电〔2025〕7号）'),
  noticeTitle: text(200, '通知标题'),
  noticeUrl: z.string().trim().max(500, '通知链接不超过 500 个字符').nullable().optional(),
  holidays: z.array(ZHolidayPeriodInput, { error: '请录入节假日' }).max(20, '节假日不超过 20 项'),
});

// Dates and cross-field rules live in arrangementProblems, whose messages name the holiday and the field.
function addProblems(v: z.infer<typeof ZArrangementFields>, ctx: z.RefinementCtx): void {
  for (const p of arrangementProblems(v)) {
    const path = p.field.split('.').map((s) => (/^\d+$/.test(s) ? Number(s) : s));
    ctx.addIssue({ code: 'custom', path, message: p.message });
  }
}

/** 新增某年节假日安排, from the State Council's notice. */
export const ZCreateHolidayArrangementRequest = ZArrangementFields.superRefine(addProblems);
export type CreateHolidayArrangementRequest = z.infer<typeof ZCreateHolidayArrangementRequest>;

/** 修改某年节假日安排: the whole arrangement again, with the version read (the year cannot change). */
export const ZUpdateHolidayArrangementRequest = ZArrangementFields.extend({
  version: z.number({ error: '缺少版本号 version' }).int().min(1),
}).superRefine(addProblems);
export type UpdateHolidayArrangementRequest = z.infer<typeof ZUpdateHolidayArrangementRequest>;

export const ZHolidayPeriod = z.object({
  name: z.string(),
  from: z.string(),
  to: z.string(),
  workdays: z.array(z.string()),
});

export const ZHolidayArrangement = z.object({
  year: z.number().int(),
  noticeNo: z.string(),
  noticeTitle: z.string(),
  noticeUrl: z.string().nullable(),
  holidays: z.array(ZHolidayPeriod),
  updatedAt: z.string(),
  version: z.number().int(),
});
export type THolidayArrangement = z.infer<typeof ZHolidayArrangement>;
