import { describe, expect, it } from 'vitest';
import { unzipAll } from '../../../platform/excel/excel.test-support';
import { inspectDocx } from '../../../platform/storage/inspect-docx';
import { renderReportDocx } from './report-docx';
import { sampleReport } from './report-docx.test-support';

const parts = async (doc = sampleReport()) => {
  const buf = await renderReportDocx(doc);
  const files = new Map(unzipAll(buf).map((e) => [e.name, e.data.toString('utf8')]));
  const part = (name: string) => {
    const xml = files.get(name);
    if (xml === undefined) throw new Error(`${name} missing from the docx`);
    return xml;
  };
  return { buf, part };
};

const style = (stylesXml: string, id: string) => {
  const m = new RegExp(`<w:style [^>]*w:styleId="${id}".*?</w:style>`).exec(stylesXml);
  if (!m) throw new Error(`style ${id} missing`);
  return m[0];
};

/** The paragraphs of document.xml as { style, align, text }. */
const paragraphs = (documentXml: string) =>
  [...documentXml.matchAll(/<w:p>(.*?)<\/w:p>|<w:p\/>/g)].map(([, inner = '']) => ({
    style: /<w:pStyle w:val="([^"]+)"/.exec(inner)?.[1] ?? null,
    align: /<w:jc w:val="([^"]+)"/.exec(inner)?.[1] ?? null,
    text: [...inner.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''),
  }));

describe('the report as a GB/T 9704-2012 docx', () => {
  it('is a well-formed Word document our own upload check accepts', async () => {
    const { buf } = await parts();
    expect(inspectDocx(buf)).toBeNull();
  });

  it('lays out A4 with the 公文 margins and a grid of 22 lines', async () => {
    const { part } = await parts();
    const sect = /<w:sectPr>.*<\/w:sectPr>/.exec(part('word/document.xml'))?.[0] ?? '';
    expect(sect).toContain('<w:pgSz w:w="11906" w:h="16838"');
    const margin = /<w:pgMar ([^>]*)\/>/.exec(sect)?.[1] ?? '';
    const attr = (name: string) => Number(new RegExp(`w:${name}="(\\d+)"`).exec(margin)?.[1]);
    expect(attr('top')).toBe(2098); // 37 mm
    expect(attr('bottom')).toBe(1984); // 35 mm
    expect([1587, 1588]).toContain(attr('left')); // 28 mm
    expect(attr('right')).toBe(1474); // 26 mm
    // 22 lines at 579 twips fill the 225 mm 版心 (a 23rd would not fit).
    expect(sect).toContain('<w:docGrid w:type="lines" w:linePitch="579"/>');
    const height = 16838 - 2098 - 1984;
    expect(22 * 579).toBeLessThanOrEqual(height);
    expect(23 * 579).toBeGreaterThan(height);
  });

  it('sets the body in 3号 仿宋_GB2312, 28 characters a line, one grid line a line, indented two characters', async () => {
    const { part } = await parts();
    const defaults = /<w:docDefaults>.*<\/w:docDefaults>/.exec(part('word/styles.xml'))?.[0] ?? '';
    expect(defaults).toMatch(/<w:rFonts [^>]*w:eastAsia="仿宋_GB2312"/);
    expect(defaults).toMatch(/<w:rFonts [^>]*w:ascii="Times New Roman"/);
    expect(defaults).toContain('<w:sz w:val="32"/>');
    // 28 characters of 16 pt drawn 5 twips closer fill the 156 mm width; a 29th would not fit.
    expect(defaults).toContain('<w:spacing w:val="-5"/>');
    const width = 11906 - 1587 - 1474;
    expect(28 * (320 - 5)).toBeLessThanOrEqual(width);
    expect(29 * (320 - 5)).toBeGreaterThan(width);
    expect(defaults).toContain('w:line="579" w:lineRule="exact"');
    expect(defaults).toContain('<w:ind w:firstLine="640" w:firstLineChars="200"/>');
  });

  it('styles the title 2号 方正小标宋简体 centred, and the headings 3号 黑体 and 楷体_GB2312', async () => {
    const styles = (await parts()).part('word/styles.xml');
    const title = style(styles, 'Title');
    expect(title).toMatch(/w:eastAsia="方正小标宋简体"/);
    expect(title).toContain('<w:sz w:val="44"/>');
    expect(title).toContain('<w:jc w:val="center"/>');
    expect(title).toContain('w:firstLineChars="0"');
    const h1 = style(styles, 'Heading1');
    expect(h1).toMatch(/w:eastAsia="黑体"/);
    expect(h1).toContain('<w:sz w:val="32"/>');
    expect(h1).toContain('<w:b w:val="false"/>');
    expect(h1).toContain('<w:outlineLvl w:val="0"/>');
    const h2 = style(styles, 'Heading2');
    expect(h2).toMatch(/w:eastAsia="楷体_GB2312"/);
    expect(h2).toContain('<w:sz w:val="32"/>');
    expect(h2).toContain('<w:outlineLvl w:val="1"/>');
  });

  it('declares each 公文 font with its GB2312 fallback, as Word and WPS substitute a missing font', async () => {
    const fonts = (await parts()).part('word/fontTable.xml');
    for (const [name, alt] of [
      ['仿宋_GB2312', '仿宋'],
      ['楷体_GB2312', '楷体'],
      ['方正小标宋简体', '宋体'],
      ['黑体', 'SimHei'],
    ]) {
      expect(fonts).toMatch(
        new RegExp(`<w:font w:name="${name}"><w:altName w:val="${alt}"/>.*?<w:charset w:val="86"/>`),
      );
    }
  });

  it('numbers the sections 一、 and （一）, writes figures as their text, and signs at the end on the right', async () => {
    const doc = sampleReport();
    doc.opening[0].runs.push({ text: '（R&D <投入>）' });
    const list = paragraphs((await parts(doc)).part('word/document.xml'));
    expect(list[0]).toEqual({ style: 'Title', align: null, text: '陇西县科学技术局2022年上半年工作总结' });
    expect(list.filter((p) => p.style === 'Heading1').map((p) => p.text)).toEqual([
      '一、2022年上半年工作汇报',
      '二、存在的问题',
      '三、下一步工作打算',
    ]);
    expect(list.filter((p) => p.style === 'Heading2').map((p) => p.text)).toEqual([
      '（一）创新平台建设',
      '（二）科技成果转化',
    ]);
    expect(list.map((p) => p.text)).toContain(
      '一是企业创新活力有效激发。归集填报全社会研发经费7200万元。入库科技型企业22户。',
    );
    expect(list[2].text).toMatch(/各项工作进展顺利。（R&amp;D &lt;投入&gt;）$/);
    expect(list.slice(-2)).toEqual([
      { style: null, align: 'right', text: '陇西县科学技术局' },
      { style: null, align: 'right', text: '2022年7月5日' },
    ]);
  });

  it('numbers pages "— 1 —" in 4号 at the outside edge: odd pages right, even pages left', async () => {
    const { part } = await parts();
    expect(part('word/settings.xml')).toContain('<w:evenAndOddHeaders/>');
    const rels = part('word/_rels/document.xml.rels');
    const sect = /<w:sectPr>.*<\/w:sectPr>/.exec(part('word/document.xml'))?.[0] ?? '';
    const footer = (type: string) => {
      const id = new RegExp(`<w:footerReference w:type="${type}" r:id="([^"]+)"/>`).exec(sect)?.[1];
      const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1];
      if (!id || !target) throw new Error(`no ${type} footer`);
      return part(`word/${target}`);
    };
    for (const [type, align] of [
      ['default', 'right'],
      ['even', 'left'],
    ]) {
      const xml = footer(type);
      expect(xml).toContain(`<w:jc w:val="${align}"/>`);
      expect(xml).toMatch(new RegExp(`<w:ind w:${align}="320"`));
      const text = [...xml.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>|<w:instrText[^>]*>([^<]*)<\/w:instrText>/g)]
        .map((m) => m[1] ?? `{${m[2].trim()}}`)
        .join('');
      expect(text).toBe('— {PAGE} —');
      expect(xml).toContain('<w:sz w:val="28"/>');
    }
  });
});
