import { describe, expect, it } from 'vitest';
import type { ReportDocument } from './report-document.contract';
import { markEdited, mergeRegenerated } from './merge-regenerated';
import { redactDocument, redactText } from './redaction';
import { deriveShortName, regionPrefixes, shortNamer } from './short-name';

const fig = (text: string, value: string) => ({
  figure: {
    text,
    factKey: 'enterprise.certified',
    dimensions: {},
    value,
    unit: '家',
    recordType: 'q',
    recordIds: [1],
    link: '',
  },
});
const doc = (paragraphText: string, figure: string): ReportDocument => ({
  title: '陇西县科学技术局2022年上半年工作总结',
  opening: [],
  sections: [
    {
      id: 's',
      level: 1,
      heading: 'h',
      sections: [],
      paragraphs: [{ id: 'p', runs: [{ text: paragraphText }, fig(figure, figure)] }],
    },
  ],
  issuer: '陇西县科学技术局',
  issuedOn: '2022年7月5日',
});

describe('short names (简称), derived by rule as the seed writes them', () => {
  it.each([
    ['甘肃青龙管业有限责任公司', '青龙管业'],
    ['甘肃众智众创科技发展有限公司', '众智众创'],
    ['陇西华硒生物科技有限公司', '华硒生物'],
    ['陇西菜源商贸有限公司', '菜源商贸'],
    ['陇西昌芳农业科技有限公司', '昌芳农业'],
    ['陇西佳伟农业发展有限公司', '佳伟农业'],
    ['甘肃省农业科学院', '甘肃省农业科学院'],
  ])('%s → %s', (name, short) => expect(deriveShortName(name)).toBe(short));

  it('strips any region’s name and lets staff’s own short name win', () => {
    expect(deriveShortName('渭源县丰禾农业科技有限公司', regionPrefixes(['渭源县']))).toBe('丰禾农业');
    expect(deriveShortName('渭源丰禾农业科技有限公司', regionPrefixes(['渭源县']))).toBe('丰禾农业');
    expect(shortNamer(new Map([['甘肃维尔沃生物科技有限公司', '维尔沃']]))('甘肃维尔沃生物科技有限公司')).toBe(
      '维尔沃',
    );
  });
});

describe('redaction: terms masked longest first, the rules’ figures starred', () => {
  const settings = {
    terms: [
      { term: '陇西', masked: '*' },
      { term: '甘肃', masked: '*' },
    ],
    rules: { maskedFactKeys: ['enterprise.certified'] },
  };
  it('masks place names in text and figures', () => {
    expect(redactText('甘肃省陇西县第二中学', settings.terms)).toBe('*省*县第二中学');
    const out = redactDocument(doc('陇西二中聘任', '6名'), settings);
    expect(out.title).toBe('*县科学技术局2022年上半年工作总结');
    expect(out.sections[0].paragraphs[0].runs).toEqual([
      { text: '*二中聘任' },
      expect.objectContaining({ figure: expect.objectContaining({ text: '*名' }) }),
    ]);
  });
});

describe('re-generation keeps staff edits and lists what changed', () => {
  it('keeps an edited paragraph’s text, refreshing its figure; an unedited one is replaced', () => {
    const stored = doc('入库', '22');
    const edited = markEdited(stored, doc('入库（已核）', '22'));
    expect(edited.sections[0].paragraphs[0].edited).toBe(true);
    const { document, changes } = mergeRegenerated(edited, doc('入库', '21'));
    expect(document.sections[0].paragraphs[0].runs).toEqual([{ text: '入库（已核）' }, fig('21', '21')]);
    expect(changes).toEqual([{ paragraphId: 'p', factKey: 'enterprise.certified', before: '22', after: '21' }]);
    const plain = mergeRegenerated(stored, doc('入库户', '21')).document;
    expect(plain.sections[0].paragraphs[0].runs[0]).toEqual({ text: '入库户' });
  });
});
