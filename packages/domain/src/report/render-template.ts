import type { ReportDocument, ReportParagraph, ReportSection } from './report-document.contract';
import { FACT_KEYS } from '../platform/fact-keys';
import { parseTemplateText, PlaceholderError, placeholdersOf } from './report-placeholder';
import { renderParagraph, type RenderContext } from './report-render';
import type { ReportTemplateBody, TemplateParagraph, TemplateSection } from './report-template.contract';

/** Plain text with the context words filled (a title, a heading): fact placeholders are not allowed there. */
function renderPlain(text: string, ctx: RenderContext): string {
  return parseTemplateText(text)
    .map((s) => {
      if ('text' in s) return s.text;
      if ('context' in s) return ctx.words[s.context];
      throw new PlaceholderError(s.placeholder.source, `标题中不能使用事实占位符 ${s.placeholder.source}`);
    })
    .join('');
}

function renderParagraphs(paragraphs: TemplateParagraph[], ctx: RenderContext): ReportParagraph[] {
  return paragraphs.flatMap((p) => {
    const runs = renderParagraph(p.text, ctx);
    return runs ? [{ id: p.id, runs }] : [];
  });
}

function renderSection(s: TemplateSection, ctx: RenderContext): ReportSection {
  return {
    id: s.id,
    level: s.level,
    heading: renderPlain(s.heading, ctx),
    paragraphs: renderParagraphs(s.paragraphs, ctx),
    sections: s.sections.map((x) => renderSection(x, ctx)),
  };
}

/** The report a template writes for one region and period: every placeholder resolved, zero sentences left out. */
export function renderTemplate(body: ReportTemplateBody, ctx: RenderContext, issuedOn: string): ReportDocument {
  return {
    title: renderPlain(body.title, ctx),
    opening: renderParagraphs(body.opening, ctx),
    sections: body.sections.map((s) => renderSection(s, ctx)),
    issuer: renderPlain(body.issuer, ctx),
    issuedOn,
  };
}

function allParagraphTexts(sections: TemplateSection[]): string[] {
  return sections.flatMap((s) => [s.heading, ...s.paragraphs.map((p) => p.text), ...allParagraphTexts(s.sections)]);
}

/**
 * What is wrong with a template, in Chinese, naming the placeholder: malformed syntax, a fact key no module states,
 * a paragraph id used twice. Empty when it can be saved.
 */
export function templateProblems(body: ReportTemplateBody): string[] {
  const problems: string[] = [];
  const texts = [body.title, body.issuer, ...body.opening.map((p) => p.text), ...allParagraphTexts(body.sections)];
  for (const text of texts) {
    try {
      for (const p of placeholdersOf(text)) {
        if (!FACT_KEYS.has(p.key)) problems.push(`占位符 ${p.source} 引用的事实“${p.key}”不存在`);
      }
    } catch (e) {
      if (e instanceof PlaceholderError) problems.push(e.message);
      else throw e;
    }
  }
  const ids = [...body.opening, ...flatParagraphs(body.sections)].map((p) => p.id);
  const twice = ids.find((id, i) => ids.indexOf(id) !== i);
  if (twice) problems.push(`段落编号“${twice}”重复`);
  return problems;
}

function flatParagraphs(sections: TemplateSection[]): TemplateParagraph[] {
  return sections.flatMap((s) => [...s.paragraphs, ...flatParagraphs(s.sections)]);
}
