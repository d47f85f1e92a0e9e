/**
 * The page and type of a 公文 per GB/T 9704-2012 (党政机关公文格式), in the units a .docx uses: twips (1/20 pt,
 * 1/1440 inch) for lengths and half-points for font sizes.
 */

const twips = (mm: number) => Math.round((mm / 25.4) * 1440);

/** A4, 210 × 297 mm (§5.2.1). */
export const PAGE = { width: 11906, height: 16838 } as const;

/** 天头 37 mm, 下白边 35 mm, 订口 28 mm, 翻口 26 mm (§5.2.2): a 版心 of 156 × 225 mm. */
export const MARGIN = { top: twips(37), bottom: twips(35), left: twips(28), right: twips(26) } as const;

/** The footer sits in the bottom margin: the page number's line falls 7 mm below the 版心 (§7.5). */
export const FOOTER_DISTANCE = twips(35 - 7 - 5);

const TEXT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right; // 8845 twips ≈ 156 mm
const TEXT_HEIGHT = PAGE.height - MARGIN.top - MARGIN.bottom; // 12756 twips ≈ 225 mm

/** 三号 16 pt for the body and headings, 二号 22 pt for the title, 四号 14 pt for the page number. */
export const SIZE = { body: 32, title: 44, pageNumber: 28 } as const;

/**
 * 22 lines of 28 characters a page (§5.2.3).
 * Lines: 225 mm / 22 = 579.8 twips, so the grid pitch is 579 (rounded down so that 22 lines fit; Word's own 公文
 * templates use the same value) and every line is exactly that high.
 * Characters: 156 mm / 28 = 315.9 twips, narrower than a 16 pt (320 twip) character, so the body's letters are drawn
 * 5 twips (0.25 pt) closer: 28 × 315 = 8820 ≤ 8845 twips. A character grid (docGrid linesAndChars with a negative
 * charSpace) would say the same to Word, but LibreOffice then gives each 16 pt character two 15.8 pt cells and sets
 * 14 characters a line, so the grid is of lines only and the spacing does the characters, alike in both.
 */
export const LINES_PER_PAGE = 22;
export const CHARS_PER_LINE = 28;
export const LINE_PITCH = Math.floor(TEXT_HEIGHT / LINES_PER_PAGE);
export const LETTER_SPACING = Math.floor(TEXT_WIDTH / CHARS_PER_LINE) - (SIZE.body / 2) * 20;

/** One character of the body (16 pt) in twips: the unit of indents ("首行缩进 2 字", "右空 4 字"). */
export const CHAR = (SIZE.body / 2) * 20;

/**
 * Fonts as a 公文 names them. The east-Asian name is the one Word/WPS look for; where a machine lacks it they fall back
 * through the font table (the GB2312 charset and the family written there) to an installed 仿宋/楷体/宋体/黑体, as
 * LibreOffice does through fontconfig. Latin letters and figures in Times New Roman, as bureaus type them.
 */
export const FONT = {
  title: { eastAsia: '方正小标宋简体', ascii: 'Times New Roman', hAnsi: 'Times New Roman' },
  body: { eastAsia: '仿宋_GB2312', ascii: 'Times New Roman', hAnsi: 'Times New Roman' },
  heading1: { eastAsia: '黑体', ascii: 'Times New Roman', hAnsi: 'Times New Roman' },
  heading2: { eastAsia: '楷体_GB2312', ascii: 'Times New Roman', hAnsi: 'Times New Roman' },
  pageNumber: { eastAsia: '宋体', ascii: 'Times New Roman', hAnsi: 'Times New Roman' },
} as const;
