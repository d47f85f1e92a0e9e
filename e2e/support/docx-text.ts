// eslint-disable-next-line no-restricted-imports -- the server's own zip reader, to read the .docx it wrote (test only).
import { unzipAll } from '../../apps/server/src/platform/excel/excel.test-support';

/** A .docx's main document part (word/document.xml) as text. */
export const documentXml = (docx: Buffer): string =>
  unzipAll(docx)
    .find((e) => e.name === 'word/document.xml')
    ?.data.toString('utf8') ?? '';
