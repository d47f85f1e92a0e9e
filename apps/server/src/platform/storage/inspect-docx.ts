import { crc32, inflateRawSync } from 'node:zlib';
import {
  checkZipLayout,
  entryDataRange,
  readZipDirectory,
  ZipFormatError,
  type ZipEntry,
} from '../excel/zip-directory';
import { isPackagePart, OoxmlFormatError, packageRefusal } from '../excel/ooxml-package';

const MB = 1024 * 1024;
// Same limits as the Excel inspection: at most 100 MB unpacked, and beyond 20 MB no more than 50× the file.
const LIMITS = { maxEntries: 1000, maxUncompressed: 100 * MB, ratio: 50, ratioFloor: 20 * MB };
const SAVE_AS = '请在 Word 或 WPS 中“另存为”Word 文档（*.docx）后重新上传';

/**
 * Checks a .docx before anyone opens it: the zip central directory (parsed by the Excel module's reader) must be
 * consistent, unencrypted, within the unpacked-size limits (declared sizes verified by inflating each entry with a
 * cap), free of macros, embedded objects, ActiveX controls and references outside the file (a remote template, a
 * linked object; hyperlinks excepted), and hold a Word main document. Returns a Chinese refusal, or null when fine.
 */
export function inspectDocx(buf: Buffer): string | null {
  let entries: ZipEntry[];
  try {
    const dir = readZipDirectory(buf, LIMITS.maxEntries);
    checkZipLayout(buf, dir);
    entries = dir.entries;
  } catch (e) {
    if (e instanceof ZipFormatError) return e.message;
    throw e;
  }
  let declared = 0;
  for (const e of entries) {
    if (e.flags & 0x1) return `文件已加密，无法查看。${SAVE_AS}，并取消文件密码`;
    if (e.method !== 0 && e.method !== 8) return `文件使用了不支持的压缩方式。${SAVE_AS}`;
    declared += e.uncompressedSize;
  }
  const cap = Math.min(LIMITS.maxUncompressed, Math.max(LIMITS.ratioFloor, LIMITS.ratio * buf.length));
  if (declared > cap) return `文件解压后大小超过上限（${Math.round(cap / MB)} MB），疑似恶意文件，已拒绝`;
  const parts = new Map<string, Buffer>();
  for (const e of entries) {
    const content = verifyEntry(buf, e);
    if (typeof content === 'string') return content;
    if (isPackagePart(e.name)) parts.set(e.name, content);
  }
  const names = new Set(entries.map((e) => e.name));
  if (!names.has('[Content_Types].xml') || !names.has('word/document.xml')) {
    return `文件不是 Word 文档（.docx）。${SAVE_AS}`;
  }
  if ([...names].some((n) => /vbaProject\.bin$/i.test(n))) return `文件包含宏，出于安全原因不予接受。${SAVE_AS}`;
  if ([...names].some((n) => EMBEDDED_PART.test(n))) return `文件包含嵌入对象或控件，请删除后重新上传`;
  return checkPackage(parts);
}

const EMBEDDED_PART = /^word\/embeddings\/|^word\/activeX\//i;

function checkPackage(parts: Map<string, Buffer>): string | null {
  try {
    const refusal = packageRefusal(parts);
    if (refusal?.code === 'MACRO') return `文件包含宏或控件，出于安全原因不予接受。${SAVE_AS}`;
    if (refusal) return '文件包含指向外部文件或网址的引用（如远程模板、链接对象；超链接除外），请删除后重新上传';
    return null;
  } catch (e) {
    if (e instanceof OoxmlFormatError) return `${e.message}。${SAVE_AS}`;
    throw e;
  }
}

/**
 * Inflates one entry capped at its declared size and checks its CRC, so the archive cannot lie about its size:
 * its content, or why it is refused.
 */
function verifyEntry(buf: Buffer, e: ZipEntry): Buffer | string {
  try {
    const { start, end } = entryDataRange(buf, e);
    const data = buf.subarray(start, end);
    const content = e.method === 0 ? data : inflateRawSync(data, { maxOutputLength: Math.max(1, e.uncompressedSize) });
    if (content.length !== e.uncompressedSize || crc32(content) >>> 0 !== e.crc32) {
      return `文件已损坏（条目“${e.name}”校验失败）。${SAVE_AS}`;
    }
    return content;
  } catch (err) {
    if ((err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') {
      return `压缩包条目“${e.name}”的实际解压大小超过其声明值，疑似恶意文件，已拒绝`;
    }
    if (err instanceof ZipFormatError) return err.message;
    return `文件已损坏（条目“${e.name}”无法解压）。${SAVE_AS}`;
  }
}
