/**
 * The document's font table (word/fontTable.xml). Few machines outside government offices have 仿宋_GB2312 or
 * 方正小标宋简体; Word and WPS then substitute by the table's alternative name, charset (86 = GB2312) and family, as
 * they do for documents typed in those offices. Without these entries they would fall back to a Latin default.
 */
interface FontEntry {
  name: string;
  altName?: string;
  charset: string;
  family: 'roman' | 'modern' | 'script' | 'swiss' | 'auto';
  pitch: 'fixed' | 'variable';
  panose?: string;
}

const FONTS: FontEntry[] = [
  { name: '仿宋_GB2312', altName: '仿宋', charset: '86', family: 'modern', pitch: 'fixed' },
  { name: '楷体_GB2312', altName: '楷体', charset: '86', family: 'modern', pitch: 'fixed' },
  { name: '方正小标宋简体', altName: '宋体', charset: '86', family: 'script', pitch: 'fixed' },
  { name: '黑体', altName: 'SimHei', charset: '86', family: 'modern', pitch: 'fixed', panose: '02010609060101010101' },
  { name: '宋体', altName: 'SimSun', charset: '86', family: 'auto', pitch: 'variable', panose: '02010600030101010101' },
  { name: 'Times New Roman', charset: '00', family: 'roman', pitch: 'variable', panose: '02020603050405020304' },
];

const font = (f: FontEntry) =>
  `<w:font w:name="${f.name}">` +
  (f.altName ? `<w:altName w:val="${f.altName}"/>` : '') +
  (f.panose ? `<w:panose1 w:val="${f.panose}"/>` : '') +
  `<w:charset w:val="${f.charset}"/><w:family w:val="${f.family}"/><w:pitch w:val="${f.pitch}"/></w:font>`;

/** The font table part, handed to the packer in place of the empty one it writes. */
export const FONT_TABLE_PART = {
  path: 'word/fontTable.xml',
  data:
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
    FONTS.map(font).join('') +
    '</w:fonts>',
};
