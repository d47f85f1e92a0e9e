import { describe, expect, it } from 'vitest';
import type { ReportFact } from '../platform/report-facts.contract';
import { paragraphText } from './report-document.contract';
import { parseTemplateText, PlaceholderError } from './report-placeholder';
import { renderParagraph, resolveFromFacts, wanText, type RenderContext } from './report-render';

const fact = (
  key: string,
  value: string,
  dimensions: Record<string, string>,
  names: string[],
  unit = '项',
): ReportFact => ({
  key,
  module: key.split('.')[0],
  label: key,
  value,
  unit: unit as ReportFact['unit'],
  dimensions,
  recordType: 'rec',
  recordIds: names.map((_, i) => Number(`${key.length}${Object.keys(dimensions).length}${i}`)),
  recordNames: names,
  link: `/x?ids=`,
});

const FACTS: ReportFact[] = [
  fact('enterprise.applied', '5', { tier: 'p' }, ['甲公司', '乙公司', '丙公司', '丁公司', '戊公司'], '家'),
  fact('enterprise.applied-by-stage', '3', { tier: 'p', stage: 'publicizing' }, ['乙公司', '丙公司', '丁公司'], '家'),
  fact('enterprise.applied-by-stage', '2', { tier: 'p', stage: 'recommended' }, ['甲公司', '戊公司'], '家'),
  fact('rd.approved-total', '72000000.00', { period: '2022H1' }, ['甲公司'], '元'),
  fact('project.funding', '125000.00', { level: 'county' }, ['a'], '元'),
  fact('project.funding', '2000000.00', { level: 'provincial' }, ['b'], '元'),
];

const ctx: RenderContext = {
  resolve: (p) => resolveFromFacts(FACTS, p, (f, i) => f.recordNames?.[i] ?? ''),
  words: { region: '陇西县', period: '2022年上半年', year: '2022', whole: '全县' },
};
const render = (text: string) => {
  const runs = renderParagraph(text, ctx);
  return runs ? paragraphText({ id: 'p', runs }) : null;
};

describe('report placeholders: parsed, resolved against the facts, printed in the bureau’s style', () => {
  it('prints 万元 exactly, never through a float', () => {
    expect(wanText('72000000.00')).toBe('7200万元');
    expect(wanText('2000000')).toBe('200万元');
    expect(wanText('125000.00')).toBe('12.5万元');
    expect(wanText('100.01')).toBe('0.010001万元');
    expect(render('{{wan project.funding level=provincial}}')).toBe('200万元');
    expect(render('{{wan project.funding}}')).toBe('212.5万元');
  });

  it('lists names joined by 、, the first N then 等M家 when a unit is given', () => {
    expect(render('指导{{names enterprise.applied-by-stage tier=p first=2 unit=家企业}}申报')).toBe(
      '指导乙公司、丙公司等5家企业申报',
    );
    expect(render('{{names enterprise.applied tier=p first=2}}等')).toBe('甲公司、乙公司等');
    expect(render('{{count enterprise.applied-by-stage tier=p stage=publicizing}}家')).toBe('3家');
  });

  it('reads the fact with exactly the named dimensions before summing its breakdowns', () => {
    expect(render('{{count enterprise.applied tier=p}}')).toBe('5');
    expect(render('{{count enterprise.applied-by-stage tier=p}}')).toBe('5');
  });

  it('leaves out a sentence whose facts are all zero, keeping sentences without facts and the rest', () => {
    const text =
      '一是活力。申报中央引导{{count project.applications category=x}}项。研发经费{{wan rd.approved-total}}；高企{{count enterprise.applied tier=h}}家；';
    expect(render(text)).toBe('一是活力。研发经费7200万元。');
    expect(render('{{if project.applications}}只在有申报时出现。')).toBeNull();
    expect(render('{{period}}，{{whole}}科技工作')).toBe('2022年上半年，全县科技工作');
  });

  it('keeps each figure’s fact key, value and records', () => {
    const runs = renderParagraph('经费{{wan rd.approved-total}}', ctx)!;
    expect(runs[1]).toEqual({
      figure: expect.objectContaining({
        text: '7200万元',
        factKey: 'rd.approved-total',
        value: '72000000',
        unit: '元',
      }),
    });
  });

  it('refuses malformed placeholders, naming them', () => {
    expect(() => parseTemplateText('{{sum x.y}}')).toThrow(PlaceholderError);
    expect(() => parseTemplateText('{{count x.y first=0}}')).toThrow('first 须为 1–99 的整数');
    expect(() => parseTemplateText('{{count}}')).toThrow('缺少事实键');
    expect(() => parseTemplateText('{{count x.y')).toThrow('未成对');
  });
});
