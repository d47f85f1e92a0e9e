/**
 * A minimal, defensive reader of a zip file's End-Of-Central-Directory record and central directory
 * (APPNOTE 6.3.x, with ZIP64). It never decompresses anything: it only says what the archive claims to hold,
 * and checks that the claims are self-consistent, so callers can refuse zip bombs before any parser runs.
 */

/** What a zip's central directory says about one entry. */
export interface ZipEntry {
  name: string;
  /** 0 = stored, 8 = deflate. */
  method: number;
  flags: number;
  crc32: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

/** The parsed central directory. */
export interface ZipDirectory {
  entries: ZipEntry[];
  centralDirectoryOffset: number;
  centralDirectorySize: number;
}

/** Why a buffer is not a usable zip. */
export type ZipErrorCode = 'CORRUPT' | 'TOO_MANY_ENTRIES' | 'UNSUPPORTED';

/** A structural problem with a zip, with a Chinese message for users. */
export class ZipFormatError extends Error {
  constructor(
    readonly code: ZipErrorCode,
    message: string,
  ) {
    super(message);
  }
}

const SIG_EOCD = 0x06054b50;
const SIG_ZIP64_LOCATOR = 0x07064b50;
const SIG_ZIP64_EOCD = 0x06064b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_LOCAL = 0x04034b50;
const SIG_DESCRIPTOR = 0x08074b50;
const EOCD_SIZE = 22;
const MAX_COMMENT = 0xffff;

const corrupt = (detail: string) => new ZipFormatError('CORRUPT', `文件已损坏或不是有效的压缩包（${detail}）`);

function u64(buf: Buffer, at: number): number {
  const v = buf.readBigUInt64LE(at);
  if (v > BigInt(Number.MAX_SAFE_INTEGER)) throw corrupt('ZIP64 数值超出范围');
  return Number(v);
}

function findEocd(buf: Buffer): number {
  const lowest = Math.max(0, buf.length - EOCD_SIZE - MAX_COMMENT);
  for (let at = buf.length - EOCD_SIZE; at >= lowest; at--) {
    // The record must end the file exactly: its comment length has to reach the last byte.
    if (buf.readUInt32LE(at) === SIG_EOCD && at + EOCD_SIZE + buf.readUInt16LE(at + 20) === buf.length) return at;
  }
  throw corrupt('找不到目录记录，文件可能不完整');
}

/**
 * Parses the EOCD record and the central directory. Throws ZipFormatError when the structure is inconsistent,
 * spans several disks, or declares more than `maxEntries` entries (checked before any entry is parsed).
 */
export function readZipDirectory(buf: Buffer, maxEntries = Number.POSITIVE_INFINITY): ZipDirectory {
  if (buf.length < EOCD_SIZE) throw corrupt('文件过小');
  const eocd = findEocd(buf);
  let diskNo = buf.readUInt16LE(eocd + 4);
  let cdDisk = buf.readUInt16LE(eocd + 6);
  let onDisk = buf.readUInt16LE(eocd + 8);
  let total = buf.readUInt16LE(eocd + 10);
  let cdSize = buf.readUInt32LE(eocd + 12);
  let cdOffset = buf.readUInt32LE(eocd + 16);
  let cdLimit = eocd;
  const zip64 = total === 0xffff || onDisk === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff;
  if (zip64) {
    const loc = eocd - 20;
    if (loc < 0 || buf.readUInt32LE(loc) !== SIG_ZIP64_LOCATOR) throw corrupt('缺少 ZIP64 定位记录');
    const rec = u64(buf, loc + 8);
    if (rec + 56 > loc || buf.readUInt32LE(rec) !== SIG_ZIP64_EOCD) throw corrupt('ZIP64 目录记录无效');
    diskNo = buf.readUInt32LE(rec + 16);
    cdDisk = buf.readUInt32LE(rec + 20);
    onDisk = u64(buf, rec + 24);
    total = u64(buf, rec + 32);
    cdSize = u64(buf, rec + 40);
    cdOffset = u64(buf, rec + 48);
    cdLimit = rec;
  }
  if (diskNo !== 0 || cdDisk !== 0 || onDisk !== total) {
    throw new ZipFormatError('UNSUPPORTED', '不支持分卷压缩文件');
  }
  if (total > maxEntries) {
    throw new ZipFormatError('TOO_MANY_ENTRIES', `压缩包内文件数 ${total} 超过上限 ${maxEntries}，疑似恶意文件`);
  }
  if (cdOffset + cdSize > cdLimit) throw corrupt('目录位置越界');

  const entries: ZipEntry[] = [];
  const cdEnd = cdOffset + cdSize;
  let p = cdOffset;
  for (let i = 0; i < total; i++) {
    if (p + 46 > cdEnd || buf.readUInt32LE(p) !== SIG_CENTRAL) throw corrupt(`第 ${i + 1} 个目录项无效`);
    const flags = buf.readUInt16LE(p + 8);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    const next = p + 46 + nameLen + extraLen + commentLen;
    if (next > cdEnd) throw corrupt(`第 ${i + 1} 个目录项越界`);
    const nameBytes = buf.subarray(p + 46, p + 46 + nameLen);
    const entry: ZipEntry = {
      name: nameBytes.toString(flags & 0x800 ? 'utf8' : 'latin1'),
      method: buf.readUInt16LE(p + 10),
      flags,
      crc32: buf.readUInt32LE(p + 16),
      compressedSize: buf.readUInt32LE(p + 20),
      uncompressedSize: buf.readUInt32LE(p + 24),
      localHeaderOffset: buf.readUInt32LE(p + 42),
    };
    applyZip64Extra(entry, buf.subarray(p + 46 + nameLen, p + 46 + nameLen + extraLen), buf.readUInt16LE(p + 34));
    entries.push(entry);
    p = next;
  }
  if (p !== cdEnd) throw corrupt('目录大小与记录不符');
  return { entries, centralDirectoryOffset: cdOffset, centralDirectorySize: cdSize };
}

/** Replaces 0xFFFFFFFF placeholders with the 64-bit values of the ZIP64 extra field (id 0x0001). */
function applyZip64Extra(entry: ZipEntry, extra: Buffer, diskStart: number): void {
  const needs = [
    entry.uncompressedSize === 0xffffffff,
    entry.compressedSize === 0xffffffff,
    entry.localHeaderOffset === 0xffffffff,
  ];
  if (!needs.some(Boolean)) {
    if (diskStart !== 0) throw new ZipFormatError('UNSUPPORTED', '不支持分卷压缩文件');
    return;
  }
  for (let q = 0; q + 4 <= extra.length;) {
    const id = extra.readUInt16LE(q);
    const size = extra.readUInt16LE(q + 2);
    if (id === 0x0001) {
      let r = q + 4;
      const end = r + size;
      const take = () => {
        if (r + 8 > end || end > extra.length) throw corrupt('ZIP64 扩展字段过短');
        const v = u64(extra, r);
        r += 8;
        return v;
      };
      if (needs[0]) entry.uncompressedSize = take();
      if (needs[1]) entry.compressedSize = take();
      if (needs[2]) entry.localHeaderOffset = take();
      return;
    }
    q += 4 + size;
  }
  throw corrupt('缺少 ZIP64 扩展字段');
}

/** Start and end offsets of an entry's compressed data, after checking its local header agrees with the directory. */
export function entryDataRange(buf: Buffer, entry: ZipEntry): { start: number; end: number } {
  const at = entry.localHeaderOffset;
  if (at + 30 > buf.length || buf.readUInt32LE(at) !== SIG_LOCAL) throw corrupt(`“${entry.name}”的本地文件头无效`);
  const nameLen = buf.readUInt16LE(at + 26);
  const extraLen = buf.readUInt16LE(at + 28);
  const nameEnd = at + 30 + nameLen;
  if (nameEnd > buf.length) throw corrupt(`“${entry.name}”的本地文件头越界`);
  const localName = buf.subarray(at + 30, nameEnd).toString(entry.flags & 0x800 ? 'utf8' : 'latin1');
  if (localName !== entry.name || buf.readUInt16LE(at + 8) !== entry.method) {
    throw corrupt(`“${entry.name}”的本地文件头与目录不一致`);
  }
  const start = nameEnd + extraLen;
  return { start, end: start + entry.compressedSize };
}

/**
 * Checks that the entries tile the file from byte 0 to the central directory with nothing hidden between them
 * (a local entry missing from the directory would be invisible to a size check yet read by a streaming parser).
 */
export function checkZipLayout(buf: Buffer, dir: ZipDirectory): void {
  const sorted = [...dir.entries].sort((a, b) => a.localHeaderOffset - b.localHeaderOffset);
  let expected = 0;
  for (const entry of sorted) {
    if (entry.localHeaderOffset !== expected) throw corrupt(`“${entry.name}”前有未登记的数据`);
    const { end } = entryDataRange(buf, entry);
    if (end > dir.centralDirectoryOffset) throw corrupt(`“${entry.name}”的数据越界`);
    expected = end + descriptorLength(buf, entry, end, dir.centralDirectoryOffset);
  }
  if (expected !== dir.centralDirectoryOffset) throw corrupt('目录前有未登记的数据');
}

/** Length of the data descriptor after an entry's data (flag bit 3), 0 when there is none. */
function descriptorLength(buf: Buffer, entry: ZipEntry, end: number, limit: number): number {
  if (!(entry.flags & 0x8)) return 0;
  const signed = end + 4 <= limit && buf.readUInt32LE(end) === SIG_DESCRIPTOR ? 4 : 0;
  const crcAt = end + signed;
  if (crcAt + 4 > limit || buf.readUInt32LE(crcAt) !== entry.crc32) throw corrupt(`“${entry.name}”的数据描述符无效`);
  // 32-bit sizes (8 bytes) unless the sizes needed ZIP64 (16 bytes).
  const sizes = entry.compressedSize >= 0xffffffff || entry.uncompressedSize >= 0xffffffff ? 16 : 8;
  if (crcAt + 4 + sizes > limit) throw corrupt(`“${entry.name}”的数据描述符越界`);
  if (sizes === 8 && buf.readUInt32LE(crcAt + 4) !== entry.compressedSize) {
    throw corrupt(`“${entry.name}”的数据描述符与目录不一致`);
  }
  return signed + 4 + sizes;
}
