/**
 * The placeholder syntax of a report template paragraph: `{{kind fact.key dim=value … option=value}}`.
 *   {{count project.applications category=central_guide}}    → 2          (the fact's value, summed over matches)
 *   {{wan rd.approved-total}}                                 → 7200万元    (元 → 万元, exact, trailing zeros dropped)
 *   {{names enterprise.applied tier=x first=2 unit=家企业}}    → 华硒生物、菜源商贸等5家企业
 *   {{value rd.intensity}}                                     → 1.27      (the value as stated, with a % unit)
 *   {{pairs cooperation.projects-started}} / {{partners …}}    → names the record resolver gives
 *   {{countries foreign-expert.experts}}                       → 荷兰、英国
 *   {{if service-event.events kind=tech_week}}                 → prints nothing: keeps its sentence only when non-zero
 * Options (first, unit) are the names below; every other key=value is a dimension the fact must carry.
 * A fact matches when its dimensions are exactly those named; when none does, every fact of the key carrying them is
 * summed (enterprise.applied-by-stage tier=x sums its stages). `{{region}}` (陇西县), `{{period}}` (2022年上半年),
 * `{{year}}` (2022) and `{{whole}}` (全县/全市/全省) name the report's region and period. Names lists print the names
 * joined by 、 (the first N), then 等M{unit} when a unit is given; without a unit the template writes any 等 itself. A sentence whose placeholders are all zero
 * is left out (see renderParagraph).
 */
export const PLACEHOLDER_KINDS = ['count', 'wan', 'names', 'value', 'pairs', 'partners', 'countries', 'if'] as const;
export type PlaceholderKind = (typeof PLACEHOLDER_KINDS)[number];
export const CONTEXT_WORDS = ['region', 'period', 'year', 'whole'] as const;
export type ContextWord = (typeof CONTEXT_WORDS)[number];
const OPTION_NAMES = new Set(['first', 'unit']);

export interface FactPlaceholder {
  kind: PlaceholderKind;
  key: string;
  dimensions: Record<string, string>;
  first?: number;
  unit?: string;
  /** As written, for messages: '{{count foo.bar}}'. */
  source: string;
}

export type TemplateSegment = { text: string } | { placeholder: FactPlaceholder } | { context: ContextWord };

/** A template error names the placeholder as written. */
export class PlaceholderError extends Error {
  constructor(
    readonly source: string,
    message: string,
  ) {
    super(message);
  }
}

const PLACEHOLDER = /\{\{([^{}]*)\}\}/g;

function parseOne(source: string, inner: string): TemplateSegment {
  const words = inner.trim().split(/\s+/).filter(Boolean);
  const [kind, key, ...rest] = words;
  if ((CONTEXT_WORDS as readonly string[]).includes(kind) && words.length === 1) {
    return { context: kind as ContextWord };
  }
  if (!(PLACEHOLDER_KINDS as readonly string[]).includes(kind)) {
    throw new PlaceholderError(
      source,
      `占位符 ${source} 的类型“${kind ?? ''}”无效，可用：${PLACEHOLDER_KINDS.join('、')}`,
    );
  }
  if (!key || !/^[a-z][a-z0-9-]*\.[a-z0-9_-]+$/.test(key)) {
    throw new PlaceholderError(source, `占位符 ${source} 缺少事实键（如 project.applications）`);
  }
  const p: FactPlaceholder = { kind: kind as PlaceholderKind, key, dimensions: {}, source };
  for (const word of rest) {
    const eq = word.indexOf('=');
    if (eq <= 0 || eq === word.length - 1) {
      throw new PlaceholderError(source, `占位符 ${source} 的“${word}”须写成 名=值`);
    }
    const name = word.slice(0, eq);
    const value = word.slice(eq + 1);
    if (!OPTION_NAMES.has(name)) p.dimensions[name] = value;
    else if (name === 'unit') p.unit = value;
    else if (/^[1-9]\d?$/.test(value)) p.first = Number(value);
    else throw new PlaceholderError(source, `占位符 ${source} 的 first 须为 1–99 的整数`);
  }
  return { placeholder: p };
}

/** Splits a paragraph's template text into plain text and placeholders; a malformed placeholder throws. */
export function parseTemplateText(text: string): TemplateSegment[] {
  const out: TemplateSegment[] = [];
  let at = 0;
  for (const m of text.matchAll(PLACEHOLDER)) {
    if (m.index > at) out.push({ text: text.slice(at, m.index) });
    out.push(parseOne(m[0], m[1]));
    at = m.index + m[0].length;
  }
  if (at < text.length) out.push({ text: text.slice(at) });
  const stray = out.find((s) => 'text' in s && /\{\{|\}\}/.test(s.text));
  if (stray && 'text' in stray) {
    throw new PlaceholderError(stray.text, `模板文字“${stray.text.slice(0, 20)}”中的 {{ }} 未成对`);
  }
  return out;
}

/** Every fact placeholder of a text (for checking a template against the known fact keys). */
export function placeholdersOf(text: string): FactPlaceholder[] {
  return parseTemplateText(text).flatMap((s) => ('placeholder' in s ? [s.placeholder] : []));
}
