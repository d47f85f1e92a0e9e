import { StringDecoder } from 'node:string_decoder';
import type { Readable } from 'node:stream';
import ExcelJS from 'exceljs';

/**
 * exceljs's streaming reader (4.4.0, `lib/utils/parse-sax.js`) decodes each chunk of a zip entry to text on its
 * own, so a multi-byte UTF-8 character split across two chunks becomes U+FFFD on both sides: about one name in a
 * thousand of a Chinese import was stored broken. This subclass hands every XML part to exceljs already decoded
 * by a StringDecoder, which carries an incomplete character over to the next chunk; parse-sax passes strings
 * through unchanged. It overrides the reader's per-part methods (private API, pinned by the round-trip tests in
 * read-rows.test.ts and the import tests, which fail if a part slips through undecoded).
 */

type Chunks = AsyncIterable<Buffer | string>;
type EntryStream = Readable;

interface ExceljsPartParsers {
  _parseRels(entry: EntryStream): Promise<void>;
  _parseWorkbook(entry: EntryStream): Promise<void>;
  _parseSharedStrings(entry: EntryStream): AsyncGenerator<unknown>;
  _parseStyles(entry: EntryStream): Promise<void>;
  _parseWorksheet(iterator: Chunks | EntryStream, sheetNo: string): Generator<unknown>;
  _parseHyperlinks(iterator: Chunks, sheetNo: string): Generator<unknown>;
}

const Base = ExcelJS.stream.xlsx.WorkbookReader as unknown as new (
  input: Readable,
  options: Partial<ExcelJS.stream.xlsx.WorkbookStreamReaderOptions>,
) => ExceljsPartParsers;
const base = Base.prototype;

/** Decodes a stream of UTF-8 buffers to strings without splitting a character between chunks. */
async function* decodeUtf8(chunks: Chunks): AsyncGenerator<string> {
  const decoder = new StringDecoder('utf8');
  for await (const chunk of chunks) {
    const text = typeof chunk === 'string' ? chunk : decoder.write(chunk);
    if (text) yield text;
  }
  const rest = decoder.end();
  if (rest) yield rest;
}

/** A zip entry or a temp-file stream keeps its identity (callers destroy it); a bare iterator gets wrapped. */
function decoded<T extends Chunks | EntryStream>(source: T): T {
  const stream = source as Partial<Readable>;
  if (typeof stream.setEncoding === 'function') {
    stream.setEncoding('utf8');
    return source;
  }
  return decodeUtf8(source as Chunks) as unknown as T;
}

/** exceljs's streaming WorkbookReader with every XML part decoded as whole UTF-8 characters. */
export class Utf8WorkbookReader extends Base {
  override _parseRels(entry: EntryStream) {
    return base._parseRels.call(this, decoded(entry));
  }
  override _parseWorkbook(entry: EntryStream) {
    return base._parseWorkbook.call(this, decoded(entry));
  }
  override _parseSharedStrings(entry: EntryStream) {
    return base._parseSharedStrings.call(this, decoded(entry));
  }
  override _parseStyles(entry: EntryStream) {
    return base._parseStyles.call(this, decoded(entry));
  }
  override _parseWorksheet(iterator: Chunks | EntryStream, sheetNo: string) {
    return base._parseWorksheet.call(this, decoded(iterator), sheetNo);
  }
  override _parseHyperlinks(iterator: Chunks, sheetNo: string) {
    return base._parseHyperlinks.call(this, decoded(iterator), sheetNo);
  }
}
