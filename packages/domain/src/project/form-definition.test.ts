import { describe, expect, it } from 'vitest';
import { ZFormDefinition, checkFormData, type TFormField } from './form-definition';

const form: TFormField[] = [
  { key: 'leader', label: '项目负责人', type: 'text', required: true },
  { key: 'budget', label: '总投资', type: 'money', required: true },
  { key: 'start', label: '开始日期', type: 'date', required: false },
  { key: 'field', label: '技术领域', type: 'select', required: false, options: ['农业', '医药'] },
  { key: 'plan', label: '可研报告', type: 'file', required: true },
];

describe('call forms', () => {
  it('saving a draft checks types but not required fields', () => {
    expect(checkFormData(form, { budget: '1000.5' }, new Set(), 'save')).toEqual([]);
    expect(
      checkFormData(form, { budget: '1,000', start: '2022/1/1', field: '工业', extra: 'x' }, new Set(), 'save')
        .map((p) => p.field)
        .sort(),
    ).toEqual(['budget', 'extra', 'field', 'start']);
  });
  it('submitting requires every required field and attachment', () => {
    const p = checkFormData(form, { budget: '1000' }, new Set(), 'submit');
    expect(p).toEqual([
      { field: 'leader', message: '必填项“项目负责人”未填写' },
      { field: 'plan', message: '缺少必传附件“可研报告”' },
    ]);
    expect(checkFormData(form, { leader: '张三', budget: 1000 }, new Set(['plan']), 'submit')).toEqual([]);
  });
  it('refuses duplicate keys and selects without options', () => {
    const r = ZFormDefinition.safeParse([
      { key: 'a', label: 'A', type: 'text' },
      { key: 'a', label: 'B', type: 'select' },
    ]);
    expect(r.success).toBe(false);
    expect(r.error!.issues.map((i) => i.message)).toEqual(['字段标识“a”重复', '选择字段“B”须列出选项']);
  });
});
