import { createReadStream, createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';

// A minimal ustar writer and reader: the backup holds only regular files with short names, and no tar package is
// installed. One entry is held in memory at a time (table data is written in chunks, attachments are size-limited).
const BLOCK = 512;

function field(header: Buffer, offset: number, length: number, value: string): void {
  header.write(value, offset, length, 'utf8');
}

function octal(value: number, length: number): string {
  return value.toString(8).padStart(length - 1, '0');
}

function splitName(name: string): { prefix: string; base: string } {
  if (Buffer.byteLength(name) <= 100) return { prefix: '', base: name };
  const cut = name.lastIndexOf('/', 155);
  if (cut > 0 && Buffer.byteLength(name.slice(cut + 1)) <= 100 && Buffer.byteLength(name.slice(0, cut)) <= 155) {
    return { prefix: name.slice(0, cut), base: name.slice(cut + 1) };
  }
  throw new Error(`文件名过长，无法放入备份：${name}`);
}

function headerOf(name: string, size: number, mtime: Date): Buffer {
  const header = Buffer.alloc(BLOCK);
  const { prefix, base } = splitName(name);
  field(header, 0, 100, base);
  field(header, 100, 8, octal(0o600, 8));
  field(header, 108, 8, octal(0, 8));
  field(header, 116, 8, octal(0, 8));
  field(header, 124, 12, octal(size, 12));
  field(header, 136, 12, octal(Math.floor(mtime.getTime() / 1000), 12));
  header.fill(' ', 148, 156); // the checksum is computed with its own field as spaces
  field(header, 156, 1, '0');
  field(header, 257, 6, 'ustar\0');
  field(header, 263, 2, '00');
  field(header, 345, 155, prefix);
  let sum = 0;
  for (const byte of header) sum += byte;
  field(header, 148, 8, `${octal(sum, 7)}\0`);
  return header;
}

/** Writes a gzip-compressed tar file entry by entry. */
export class TarGzWriter {
  private readonly gzip = createGzip();
  private readonly done: Promise<void>;

  constructor(path: string) {
    const out = createWriteStream(path, { flags: 'wx', mode: 0o600 });
    this.gzip.pipe(out);
    this.done = finished(out);
  }

  private async write(chunk: Buffer): Promise<void> {
    if (!this.gzip.write(chunk)) await once(this.gzip, 'drain');
  }

  async add(name: string, data: Buffer, mtime = new Date()): Promise<void> {
    await this.write(headerOf(name, data.length, mtime));
    await this.write(data);
    const pad = (BLOCK - (data.length % BLOCK)) % BLOCK;
    if (pad) await this.write(Buffer.alloc(pad));
  }

  async close(): Promise<void> {
    await this.write(Buffer.alloc(BLOCK * 2));
    this.gzip.end();
    await this.done;
  }
}

/** Reads exact byte counts from a stream of chunks. */
class ByteReader {
  private buffered: Buffer[] = [];
  private length = 0;
  constructor(private readonly source: AsyncIterator<Buffer>) {}

  async take(n: number): Promise<Buffer | null> {
    while (this.length < n) {
      const next = await this.source.next();
      if (next.done) return null;
      this.buffered.push(next.value);
      this.length += next.value.length;
    }
    const all = this.buffered.length === 1 ? this.buffered[0] : Buffer.concat(this.buffered);
    this.buffered = all.length > n ? [all.subarray(n)] : [];
    this.length = all.length - n;
    return all.subarray(0, n);
  }

  /** Reads to the end, so that gzip checks its CRC over the whole file. */
  async drain(): Promise<void> {
    while (!(await this.source.next()).done);
  }
}

function text(header: Buffer, offset: number, length: number): string {
  const raw = header.subarray(offset, offset + length);
  const end = raw.indexOf(0);
  return raw.subarray(0, end < 0 ? length : end).toString('utf8');
}

function checksumOk(header: Buffer): boolean {
  let sum = 0;
  for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 32 : header[i];
  return parseInt(text(header, 148, 8).trim(), 8) === sum;
}

/** The regular-file entries of a .tar.gz, in order; a damaged or truncated archive throws. */
export async function* readTarGz(path: string): AsyncGenerator<{ name: string; data: Buffer }> {
  const gunzip = createReadStream(path).pipe(createGunzip());
  const reader = new ByteReader(gunzip[Symbol.asyncIterator]());
  try {
    for (;;) {
      const header = await reader.take(BLOCK);
      if (!header) throw new Error('备份文件不完整（在归档结束标记之前中断）');
      if (header.every((b) => b === 0)) return await reader.drain();
      if (!checksumOk(header)) throw new Error('备份文件已损坏（归档条目头校验和不符）');
      const prefix = text(header, 345, 155);
      const name = (prefix ? `${prefix}/` : '') + text(header, 0, 100);
      const size = parseInt(text(header, 124, 12).trim(), 8);
      const data = await reader.take(size);
      const pad = (BLOCK - (size % BLOCK)) % BLOCK;
      if (!data || (pad && !(await reader.take(pad)))) throw new Error(`备份文件不完整（${name} 被截断）`);
      if (['0', '\0'].includes(String.fromCharCode(header[156]))) yield { name, data };
    }
  } finally {
    gunzip.destroy();
  }
}
