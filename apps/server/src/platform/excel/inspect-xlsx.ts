import { crc32, inflateRawSync } from 'node:zlib';
import { contentTypes, isPackagePart, OoxmlFormatError, packageRefusal } from './ooxml-package';
import { checkZipLayout, entryDataRange, readZipDirectory, ZipFormatError, type ZipEntry } from './zip-directory';

/**
 * Pre-parse safety checks for an uploaded .xlsx (ASVS 5.0 5.2.2/5.2.3): content type by magic bytes, size,
 * zip-bomb limits and forbidden parts. It works on the raw buffer only and runs before exceljs sees the file.
 *
 * Limits, in order: `maxBytes` on the file; at most `maxEntries` entries; the declared total uncompressed size
 * at most min(maxUncompressedBytes, max(ratioFloorBytes, maxCompressionRatio × file size)). Declared sizes are
 * then verified: every entry is inflated with an output cap equal to its declared size and its CRC checked, so an
 * archive cannot lie about what it unpacks to, and the entries must tile the file with nothing hidden in between.
 */

/** Limits of one upload feature; only maxBytes has no default. */
export interface XlsxLimits {
  maxBytes: number;
  /** Absolute cap on the total unpacked size. Default 100 MB. */
  maxUncompressedBytes?: number;
  /** Cap on unpacked size ÷ file size, applied above ratioFloorBytes. Default 50. */
  maxCompressionRatio?: number;
  /** Unpacked size always allowed whatever the ratio (small files compress very well). Default 20 MB. */
  ratioFloorBytes?: number;
  /** Most entries the zip may hold. Default 1000. */
  maxEntries?: number;
}

/** Why a file was refused. */
export type XlsxRefusalCode =
  | 'EMPTY'
  | 'TOO_LARGE'
  | 'NOT_XLSX'
  | 'LEGACY_OR_ENCRYPTED'
  | 'CORRUPT'
  | 'ENCRYPTED'
  | 'TOO_MANY_ENTRIES'
  | 'ZIP_BOMB'
  | 'MACRO'
  | 'EXTERNAL_LINK'
  | 'EMBEDDED_OBJECT';

/** Outcome of inspectXlsx: accepted with its sizes, or refused with a code and a Chinese message. */
export type XlsxInspection =
  | { ok: true; entryCount: number; compressedBytes: number; uncompressedBytes: number }
  | { ok: false; code: XlsxRefusalCode; message: string };

const MB = 1024 * 1024;
/** Defaults of the optional limits. */
export const DEFAULT_XLSX_LIMITS = {
  maxUncompressedBytes: 100 * MB,
  maxCompressionRatio: 50,
  ratioFloorBytes: 20 * MB,
  maxEntries: 1000,
} as const;

const SAVE_AS_XLSX = '请在 Excel 或 WPS 中“另存为”Excel 工作簿（*.xlsx）后重新上传';

const MAGIC: { bytes: number[]; what: string }[] = [
  { bytes: [0x25, 0x50, 0x44, 0x46], what: 'PDF 文件' },
  { bytes: [0x89, 0x50, 0x4e, 0x47], what: 'PNG 图片' },
  { bytes: [0xff, 0xd8, 0xff], what: 'JPEG 图片' },
  { bytes: [0x52, 0x61, 0x72, 0x21], what: 'RAR 压缩包' },
  { bytes: [0x37, 0x7a, 0xbc, 0xaf], what: '7z 压缩包' },
];

/** A human size such as '12.5 MB' or '800 KB'. */
export function formatBytes(n: number): string {
  if (n >= MB) return `${Number((n / MB).toFixed(1))} MB`;
  return `${Math.max(1, Math.round(n / 1024))} KB`;
}

const refuse = (code: XlsxRefusalCode, message: string): XlsxInspection => ({ ok: false, code, message });
const startsWith = (buf: Buffer, bytes: number[]) => bytes.every((b, i) => buf[i] === b);

function sniffNonZip(buf: Buffer): XlsxInspection {
  if (startsWith(buf, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    return refuse(
      'LEGACY_OR_ENCRYPTED',
      `这是旧版 Excel 97-2003（.xls）文件，或设置了打开密码的 Excel 文件，无法读取。${SAVE_AS_XLSX}，并取消文件密码`,
    );
  }
  const known = MAGIC.find((m) => startsWith(buf, m.bytes));
  const what = known ? `（检测到的是${known.what}）` : '';
  return refuse('NOT_XLSX', `文件不是 Excel 工作簿（.xlsx）${what}，请下载导入模板填写后上传`);
}

/** Checks an uploaded buffer is a plain, safe .xlsx within the limits; pure, synchronous, no exceljs involved. */
export function inspectXlsx(buf: Buffer, limits: XlsxLimits): XlsxInspection {
  const lim = { ...DEFAULT_XLSX_LIMITS, ...limits };
  if (buf.length === 0) return refuse('EMPTY', '文件为空，请选择填写好的 Excel 文件');
  if (buf.length > lim.maxBytes) {
    return refuse(
      'TOO_LARGE',
      `文件大小 ${formatBytes(buf.length)}，超过上限 ${formatBytes(lim.maxBytes)}，请分批导入`,
    );
  }
  if (!startsWith(buf, [0x50, 0x4b, 0x03, 0x04])) return sniffNonZip(buf);

  let entries: ZipEntry[];
  try {
    const dir = readZipDirectory(buf, lim.maxEntries);
    checkZipLayout(buf, dir);
    entries = dir.entries;
  } catch (e) {
    if (!(e instanceof ZipFormatError)) throw e;
    return refuse(e.code === 'TOO_MANY_ENTRIES' ? 'TOO_MANY_ENTRIES' : 'CORRUPT', e.message);
  }

  const names = new Set<string>();
  let declared = 0;
  for (const e of entries) {
    if (names.has(e.name)) return refuse('CORRUPT', `文件结构异常：压缩包内有重复的条目“${e.name}”`);
    names.add(e.name);
    if (e.flags & 0x1) return refuse('ENCRYPTED', `文件已加密，无法读取。${SAVE_AS_XLSX}，并取消文件密码`);
    if (e.method !== 0 && e.method !== 8) return refuse('CORRUPT', `文件使用了不支持的压缩方式。${SAVE_AS_XLSX}`);
    declared += e.uncompressedSize;
  }
  const cap = Math.min(lim.maxUncompressedBytes, Math.max(lim.ratioFloorBytes, lim.maxCompressionRatio * buf.length));
  if (declared > cap) {
    return refuse(
      'ZIP_BOMB',
      `文件解压后大小 ${formatBytes(declared)}，超过上限 ${formatBytes(cap)}，疑似恶意文件，已拒绝`,
    );
  }

  const parts = new Map<string, Buffer>();
  for (const e of entries) {
    const content = inflateEntry(buf, e);
    if (typeof content === 'string') {
      return refuse(content === 'size' ? 'ZIP_BOMB' : 'CORRUPT', entryMessage(e, content));
    }
    if (isPackagePart(e.name)) parts.set(e.name, content);
  }
  return (
    checkParts(entries, parts) ?? {
      ok: true,
      entryCount: entries.length,
      compressedBytes: buf.length,
      uncompressedBytes: declared,
    }
  );
}

function entryMessage(e: ZipEntry, problem: 'size' | 'corrupt'): string {
  return problem === 'size'
    ? `压缩包条目“${e.name}”的实际解压大小超过其声明值，疑似恶意文件，已拒绝`
    : `文件已损坏（条目“${e.name}”无法解压或校验失败），${SAVE_AS_XLSX}`;
}

/** Inflates one entry capped at its declared size; returns the content, or what is wrong with it. */
function inflateEntry(buf: Buffer, e: ZipEntry): Buffer | 'size' | 'corrupt' {
  let content: Buffer;
  try {
    const { start, end } = entryDataRange(buf, e);
    const data = buf.subarray(start, end);
    if (e.method === 0) {
      if (e.compressedSize !== e.uncompressedSize) return 'corrupt';
      content = data;
    } else {
      content = inflateRawSync(data, { maxOutputLength: Math.max(1, e.uncompressedSize) });
    }
  } catch (err) {
    return (err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE' ? 'size' : 'corrupt';
  }
  if (content.length !== e.uncompressedSize || crc32(content) >>> 0 !== e.crc32) return 'corrupt';
  return content;
}

const MACRO_PART = /(^|\/)vbaProject(Signature)?\.bin$|^xl\/macrosheets\/|^xl\/dialogsheets\//i;
const EXTERNAL_PART = /^xl\/externalLinks\/|^xl\/connections\.xml$|^xl\/queryTables\//i;
const EMBEDDED_PART = /^xl\/embeddings\/|^xl\/activeX\//i;
const EXTERNAL_MESSAGE = '文件包含指向外部文件或网址的引用（超链接除外），请删除后重新上传';

/** Refuses macros, external links/connections and embedded objects; requires a plain workbook main part. */
function checkParts(entries: ZipEntry[], parts: Map<string, Buffer>): XlsxInspection | undefined {
  const contentTypesXml = parts.get('[Content_Types].xml')?.toString('utf8');
  if (contentTypesXml === undefined || !entries.some((e) => e.name === 'xl/workbook.xml')) {
    return refuse('NOT_XLSX', '文件不是 Excel 工作簿（.xlsx），请下载导入模板填写后上传');
  }
  for (const e of entries) {
    if (MACRO_PART.test(e.name)) return refuse('MACRO', `文件包含宏，出于安全原因不予接受。${SAVE_AS_XLSX}`);
    if (EXTERNAL_PART.test(e.name)) {
      return refuse(
        'EXTERNAL_LINK',
        '文件包含指向其他工作簿或数据源的外部链接，请在“数据 → 编辑链接”中断开链接后重新上传',
      );
    }
    if (EMBEDDED_PART.test(e.name)) return refuse('EMBEDDED_OBJECT', '文件包含嵌入对象或控件，请删除后重新上传');
  }
  let refusal: ReturnType<typeof packageRefusal>;
  let types: ReturnType<typeof contentTypes>;
  try {
    refusal = packageRefusal(parts);
    types = contentTypes(contentTypesXml);
  } catch (e) {
    if (e instanceof OoxmlFormatError) return refuse('CORRUPT', `${e.message}。${SAVE_AS_XLSX}`);
    throw e;
  }
  if (refusal?.code === 'MACRO') {
    return refuse('MACRO', `文件是 Excel 启用宏的工作簿（含 VBA 宏），出于安全原因不予接受。${SAVE_AS_XLSX}`);
  }
  if (refusal) return refuse('EXTERNAL_LINK', EXTERNAL_MESSAGE);
  const main = types.find((t) => t.partName?.toLowerCase() === '/xl/workbook.xml');
  if (!main?.contentType.includes('spreadsheetml.sheet.main+xml')) {
    return refuse('NOT_XLSX', `文件不是普通的 Excel 工作簿（可能是模板或其他格式）。${SAVE_AS_XLSX}`);
  }
  return undefined;
}
