import type { ReportDocument, ReportFigure, ReportParagraph } from '@kechuang/domain';

const figure = (text: string, factKey: string, value: string, unit: string): ReportFigure => ({
  text,
  factKey,
  dimensions: {},
  value,
  unit,
  recordType: 'rd_form',
  recordIds: [1, 2, 3],
  link: '/rd/forms?ids=1,2,3',
});

const plain = (id: string, text: string): ReportParagraph => ({ id, runs: [{ text }] });

/** A report shaped like the seed: long enough to run onto a second page, with figures inside sentences. */
export function sampleReport(): ReportDocument {
  const narrative = (id: string, n: number) =>
    plain(
      id,
      `${n}.持续推进科技创新工作，健全完善科技成果转化服务体系，全面推动科技成果向现实生产力转化，促进科研成果就地就近转移转化。`,
    );
  return {
    title: '陇西县科学技术局2022年上半年工作总结',
    opening: [
      plain(
        'opening',
        '2022年上半年，全县科技工作以科技创新作为高质量发展的关键引擎，着力实施创新驱动发展战略，不断推进科技进步和创新，各项工作进展顺利。',
      ),
    ],
    sections: [
      {
        id: 'work',
        level: 1,
        heading: '2022年上半年工作汇报',
        paragraphs: [
          {
            id: 'work.1',
            runs: [
              { text: '一是企业创新活力有效激发。归集填报全社会研发经费' },
              { figure: figure('7200万元', 'rd.expenditure', '72000000.00', '元') },
              { text: '。入库科技型企业' },
              { figure: figure('22', 'enterprise.techSme', '22', '户') },
              { text: '户。' },
            ],
          },
        ],
        sections: [
          { id: 'work.platform', level: 2, heading: '创新平台建设', paragraphs: [narrative('p1', 1)], sections: [] },
          { id: 'work.transfer', level: 2, heading: '科技成果转化', paragraphs: [narrative('p2', 2)], sections: [] },
        ],
      },
      {
        id: 'problems',
        level: 1,
        heading: '存在的问题',
        paragraphs: [1, 2, 3, 4].map((n) => narrative(`problems.${n}`, n)),
        sections: [],
      },
      {
        id: 'plans',
        level: 1,
        heading: '下一步工作打算',
        paragraphs: [1, 2, 3, 4, 5, 6, 7].map((n) => narrative(`plans.${n}`, n)),
        sections: [],
      },
    ],
    issuer: '陇西县科学技术局',
    issuedOn: '2022年7月5日',
  };
}
