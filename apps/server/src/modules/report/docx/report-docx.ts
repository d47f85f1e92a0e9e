import {
  AlignmentType,
  Document,
  DocumentGridType,
  Footer,
  HeadingLevel,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  TextRun,
  type IParagraphOptions,
} from 'docx';
import { chineseOrdinal, paragraphText, type ReportDocument, type ReportSection } from '@kechuang/domain';
import { CHAR, FONT, LETTER_SPACING, FOOTER_DISTANCE, LINE_PITCH, MARGIN, PAGE, SIZE } from './gbt9704';
import { FONT_TABLE_PART } from './font-table';

// Every line exactly one grid line high, so a page holds 22 lines whatever the fonts measure.
const ON_GRID = { line: LINE_PITCH, lineRule: LineRuleType.EXACT, before: 0, after: 0 };
// Word reads firstLineChars (in 1/100 character) before firstLine, so both are written, and both zeroed to undo.
const FIRST_LINE_TWO_CHARS = { firstLine: 2 * CHAR, firstLineChars: 200 };
const NO_FIRST_LINE_INDENT = { firstLine: 0, firstLineChars: 0 };

/**
 * Lays a report out as a 公文 per GB/T 9704-2012 (see ./gbt9704.ts for the numbers): the title, the opening, the
 * sections numbered 一、 and （一）, the issuing body and date at the end, page numbers "— 1 —" at the outside edge.
 * Figures are written as the plain text they read as.
 */
export async function renderReportDocx(doc: ReportDocument): Promise<Buffer> {
  const body: Paragraph[] = [
    new Paragraph({ style: 'Title', children: [new TextRun(doc.title)] }),
    blankLine(),
    ...doc.opening.map((p) => bodyParagraph(paragraphText(p))),
    ...doc.sections.flatMap((s, i) => section(s, i + 1)),
    ...signature(doc.issuer, doc.issuedOn),
  ];
  const document = new Document({
    creator: doc.issuer,
    title: doc.title,
    evenAndOddHeaderAndFooters: true,
    styles: STYLES,
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: { ...MARGIN, header: FOOTER_DISTANCE, footer: FOOTER_DISTANCE },
          },
          grid: { type: DocumentGridType.LINES, linePitch: LINE_PITCH },
        },
        footers: { default: pageNumberFooter('odd'), even: pageNumberFooter('even') },
        children: body,
      },
    ],
  });
  return Packer.toBuffer(document, false, [FONT_TABLE_PART]);
}

function section(s: ReportSection, ordinal: number): Paragraph[] {
  const number = s.level === 1 ? `${chineseOrdinal(ordinal)}、` : `（${chineseOrdinal(ordinal)}）`;
  const heading = new Paragraph({
    heading: s.level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2,
    children: [new TextRun(`${number}${s.heading}`)],
  });
  return [
    heading,
    ...s.paragraphs.map((p) => bodyParagraph(paragraphText(p))),
    ...s.sections.flatMap((sub, i) => section(sub, i + 1)),
  ];
}

function bodyParagraph(text: string, options: Partial<IParagraphOptions> = {}): Paragraph {
  return new Paragraph({ children: [new TextRun(text)], ...options });
}

function blankLine(): Paragraph {
  return new Paragraph({ children: [] });
}

/** 发文机关署名 and 成文日期 at the end, right-aligned: two blank lines below the text, the date 4 characters from the edge. */
function signature(issuer: string, issuedOn: string): Paragraph[] {
  const right = { alignment: AlignmentType.RIGHT, indent: { ...NO_FIRST_LINE_INDENT, right: 4 * CHAR } };
  return [blankLine(), blankLine(), bodyParagraph(issuer, right), bodyParagraph(issuedOn, right)];
}

/** 4号 Arabic figures between em dashes, one character in from the outside edge: right on odd pages, left on even. */
function pageNumberFooter(side: 'odd' | 'even'): Footer {
  const odd = side === 'odd';
  return new Footer({
    children: [
      new Paragraph({
        alignment: odd ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: odd ? { ...NO_FIRST_LINE_INDENT, right: CHAR } : { ...NO_FIRST_LINE_INDENT, left: CHAR },
        spacing: { line: SIZE.pageNumber * 10, lineRule: LineRuleType.AUTO, before: 0, after: 0 },
        children: [
          new TextRun({
            children: ['— ', PageNumber.CURRENT, ' —'],
            font: FONT.pageNumber,
            size: SIZE.pageNumber,
            characterSpacing: 0,
            snapToGrid: false,
          }),
        ],
      }),
    ],
  });
}

const STYLES = {
  default: {
    document: {
      run: { font: FONT.body, size: SIZE.body, characterSpacing: LETTER_SPACING },
      paragraph: { spacing: ON_GRID, indent: FIRST_LINE_TWO_CHARS, alignment: AlignmentType.JUSTIFIED },
    },
    title: {
      run: { font: FONT.title, size: SIZE.title, characterSpacing: 0, bold: false, color: '000000' },
      paragraph: { alignment: AlignmentType.CENTER, spacing: ON_GRID, indent: NO_FIRST_LINE_INDENT },
    },
    heading1: {
      run: { font: FONT.heading1, size: SIZE.body, bold: false, italics: false, color: '000000' },
      paragraph: { spacing: ON_GRID, indent: FIRST_LINE_TWO_CHARS, keepNext: true, outlineLevel: 0 },
    },
    heading2: {
      run: { font: FONT.heading2, size: SIZE.body, bold: false, italics: false, color: '000000' },
      paragraph: { spacing: ON_GRID, indent: FIRST_LINE_TWO_CHARS, keepNext: true, outlineLevel: 1 },
    },
  },
};
