import { createRequire } from 'node:module';

/**
 * exceljs's in-memory writer (4.4.0) hands each XML part to JSZip as a JavaScript string, and JSZip encodes a
 * string to UTF-8 in chunks of 16,384 UTF-16 units: an emoji or an Extension B character (a surrogate pair) that
 * straddles a chunk boundary is written as two U+FFFD. Exports, templates and error reports of Chinese text were
 * damaged that way (4 names in 20,000 in a test). Handing JSZip bytes instead of strings encodes each part whole.
 * Patched once, here, on the one class that does it; the round-trip tests in write-read.test.ts pin it.
 */
const require = createRequire(import.meta.url);
const { ZipWriter } = require('exceljs/lib/utils/zip-stream.js') as {
  ZipWriter: { prototype: { append(data: unknown, options: { name: string; base64?: boolean }): void } };
};

const append = ZipWriter.prototype.append;
if (!(append as { utf8Bytes?: boolean }).utf8Bytes) {
  const appendBytes = function (this: unknown, data: unknown, options: { name: string; base64?: boolean }) {
    const bytes = typeof data === 'string' && !options.base64 ? Buffer.from(data, 'utf8') : data;
    return append.call(this, bytes, options);
  };
  ZipWriter.prototype.append = Object.assign(appendBytes, { utf8Bytes: true });
}
