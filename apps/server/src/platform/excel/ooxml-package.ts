import { SaxesParser } from 'saxes';

/**
 * What an Office Open XML package (.xlsx, .docx) declares, read with a namespace-aware XML parser: the content
 * types of `[Content_Types].xml` and the relationships of every `.rels` part. Regular expressions over the text
 * missed the legal spellings of the same thing (another namespace prefix, single quotes, character references in
 * `TargetMode`); the parser sees what Office sees.
 */

const CONTENT_TYPES_NS = 'http://schemas.openxmlformats.org/package/2006/content-types';
const RELATIONSHIPS_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const HYPERLINK_TYPE = /\/relationships\/hyperlink$/;
const MACRO_CONTENT_TYPE = /macroEnabled|vbaProject|ms-office\.activeX|oleObject/i;

export class OoxmlFormatError extends Error {}

export interface Relationship {
  part: string;
  type: string;
  target: string;
  external: boolean;
}

/** Every element in the namespace, with its attributes by local name (unprefixed attributes only). */
function elements(xml: string, namespace: string, part: string): { local: string; attrs: Record<string, string> }[] {
  const found: { local: string; attrs: Record<string, string> }[] = [];
  const parser = new SaxesParser({ xmlns: true });
  parser.on('opentag', (tag) => {
    if (tag.uri !== namespace) return;
    const attrs: Record<string, string> = {};
    for (const a of Object.values(tag.attributes)) if (a.uri === '') attrs[a.local] = a.value;
    found.push({ local: tag.local, attrs });
  });
  try {
    parser.write(xml).close();
  } catch (e) {
    throw new OoxmlFormatError(`文件结构异常：“${part}”不是格式正确的 XML（${(e as Error).message.slice(0, 80)}）`);
  }
  return found;
}

/** The content types a package declares (Default by extension and Override by part name), lower-cased. */
export function contentTypes(xml: string): { partName: string | null; contentType: string }[] {
  return elements(xml, CONTENT_TYPES_NS, '[Content_Types].xml')
    .filter((e) => e.local === 'Default' || e.local === 'Override')
    .map((e) => ({ partName: e.attrs.PartName ?? null, contentType: (e.attrs.ContentType ?? '').toLowerCase() }));
}

export function relationships(part: string, xml: string): Relationship[] {
  return elements(xml, RELATIONSHIPS_NS, part)
    .filter((e) => e.local === 'Relationship')
    .map((e) => ({
      part,
      type: e.attrs.Type ?? '',
      target: e.attrs.Target ?? '',
      external: (e.attrs.TargetMode ?? '').trim().toLowerCase() === 'external',
    }));
}

/**
 * The first reason to refuse a package: a macro or ActiveX content type, or a relationship to anything outside
 * the file other than a hyperlink (a linked workbook, a remote template, an OLE link, a web image). Null when clean.
 * Throws OoxmlFormatError when a part is not well-formed XML.
 */
export function packageRefusal(
  parts: ReadonlyMap<string, Buffer>,
): { code: 'MACRO' | 'EXTERNAL_LINK'; what: string } | null {
  const types = parts.get('[Content_Types].xml');
  if (types) {
    const macro = contentTypes(types.toString('utf8')).find((t) => MACRO_CONTENT_TYPE.test(t.contentType));
    if (macro) return { code: 'MACRO', what: macro.contentType };
  }
  for (const [name, content] of parts) {
    if (!name.endsWith('.rels')) continue;
    const outside = relationships(name, content.toString('utf8')).find(
      (r) => r.external && !HYPERLINK_TYPE.test(r.type),
    );
    if (outside) {
      return { code: 'EXTERNAL_LINK', what: `${outside.type.split('/').pop()} → ${outside.target.slice(0, 80)}` };
    }
  }
  return null;
}

/** The parts a package check reads: the content types and every relationships part. */
export function isPackagePart(name: string): boolean {
  return name === '[Content_Types].xml' || name.endsWith('.rels');
}
