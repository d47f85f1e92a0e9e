import { Readable } from 'node:stream';
import { createInflateRaw } from 'node:zlib';
import ExcelJS from 'exceljs';
import { entryDataRange, readZipDirectory, type ZipEntry } from './zip-directory';

/**
 * exceljs's streaming WorkbookReader (4.4.0), fed from the file's central directory instead of one pass over the
 * zip, with every XML part decoded as whole UTF-8 characters. Both replace private parts of exceljs, pinned by
 * read-rows.test.ts, read-rows-text.test.ts and the import tests:
 *
 * - Its one pass (`parse`) pauses unzipper's stream between entries, and unzipper drops what arrives while paused
 *   (exceljs#3064): under load a file lost its last parts, usually xl/workbook.xml, and was refused as unreadable.
 *   It also read a sheet before workbook.xml or styles.xml when those came later in the zip, so the sheet had no
 *   name or its dates came out as numbers. Here the parts a sheet needs are read first, whatever their order.
 * - Its parts decode each chunk on its own (`lib/utils/parse-sax.js`), so a Chinese character split across two
 *   chunks became U+FFFD on both sides: about one name in a thousand. Here a StringDecoder carries an incomplete
 *   character over to the next chunk; parse-sax passes strings through unchanged.
 *
 * The file was checked by inspectXlsx (sizes, ratios, layout) before it gets here.
 */

type Chunks = AsyncIterable<Buffer | string>;

interface ExceljsPartParsers {
  _parseRels(entry: Readable): Promise<void>;
  _parseWorkbook(entry: Readable): Promise<void>;
  _parseSharedStrings(entry: Readable): AsyncGenerator<unknown>;
  _parseStyles(entry: Readable): Promise<void>;
  _parseWorksheet(iterator: Chunks | Readable, sheetNo: string): Generator<unknown>;
  _parseHyperlinks(iterator: Chunks | Readable, sheetNo: string): Generator<unknown>;
}

const Base = ExcelJS.stream.xlsx.WorkbookReader as unknown as new (
  input: undefined,
  options: Partial<ExcelJS.stream.xlsx.WorkbookStreamReaderOptions>,
) => ExceljsPartParsers;
const base = Base.prototype;

const SHEET = /^xl\/worksheets\/sheet(\d+)\.xml$/;

/** An entry's bytes as a stream of text, inflated as it is read. */
function partText(file: Buffer, entry: ZipEntry): Readable {
  const { start, end } = entryDataRange(file, entry);
  const stored = Readable.from([file.subarray(start, end)], { objectMode: false });
  const stream = entry.method === 8 ? stored.pipe(createInflateRaw()) : stored;
  stream.setEncoding('utf8'); // a StringDecoder underneath: whole characters only
  return stream;
}

/** Reads an xlsx held in memory: relationships, workbook, shared strings and styles, then each sheet in turn. */
export class WorkbookPartsReader extends Base {
  constructor(
    private readonly file: Buffer,
    options: Partial<ExcelJS.stream.xlsx.WorkbookStreamReaderOptions>,
  ) {
    super(undefined, options);
  }

  /** Replaces exceljs's single pass over the zip (its `[Symbol.asyncIterator]` and `read` call this). */
  async *parse(): AsyncGenerator<unknown> {
    const entries = new Map(readZipDirectory(this.file).entries.map((e) => [e.name, e]));
    const part = (name: string) => {
      const entry = entries.get(name);
      return entry && partText(this.file, entry);
    };
    const rels = part('xl/_rels/workbook.xml.rels');
    if (rels) await base._parseRels.call(this, rels);
    const workbook = part('xl/workbook.xml');
    if (workbook) await base._parseWorkbook.call(this, workbook);
    const sharedStrings = part('xl/sharedStrings.xml');
    if (sharedStrings) yield* base._parseSharedStrings.call(this, sharedStrings);
    const styles = part('xl/styles.xml');
    if (styles) await base._parseStyles.call(this, styles);

    const sheetNos = [...entries.keys()]
      .map((name) => SHEET.exec(name)?.[1])
      .filter((no): no is string => no !== undefined)
      .sort((a, b) => Number(a) - Number(b));
    for (const no of sheetNos) {
      const links = part(`xl/worksheets/_rels/sheet${no}.xml.rels`);
      if (links) yield* base._parseHyperlinks.call(this, links, no);
      yield* base._parseWorksheet.call(this, part(`xl/worksheets/sheet${no}.xml`)!, no);
    }
  }
}
