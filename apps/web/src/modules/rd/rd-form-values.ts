import { RD_FIGURE_KEYS, type TRdForm } from '@kechuang/domain';

export interface RdProjectValues {
  name?: string;
  source?: string;
  cooperation?: string;
  stage?: string;
  people?: string;
  personMonths?: string;
  expenditure?: string;
  government?: string;
}

/** The form's values: every figure as the text typed (exact decimals), projects, explanations by check code. */
export interface RdFormValues {
  [figure: string]: string | null | undefined | RdProjectValues[] | Record<string, string>;
  projects: RdProjectValues[];
  explanations: Record<string, string>;
  remark?: string | null;
}

const text = (v: unknown) => (v === null || v === undefined ? undefined : String(v));

export function valuesOf(form: TRdForm): RdFormValues {
  const figures = Object.fromEntries(RD_FIGURE_KEYS.map((k) => [k, text(form[k])]));
  return {
    ...figures,
    projects: form.projects.map((p) => ({ ...p, people: String(p.people), personMonths: String(p.personMonths) })),
    explanations: { ...form.explanations },
    remark: form.remark,
  };
}

/** The save body: empty inputs become null (not filled yet); the server checks and converts the text. */
export function bodyOf(values: RdFormValues, version: number): Record<string, unknown> {
  const blank = (v: unknown): unknown =>
    v === undefined || v === null || (typeof v === 'string' && v.trim() === '') ? null : v;
  const figures = Object.fromEntries(RD_FIGURE_KEYS.map((k) => [k, blank(values[k])]));
  const explanations = Object.fromEntries(
    Object.entries(values.explanations ?? {}).filter(([, v]) => typeof v === 'string' && v.trim() !== ''),
  );
  return { ...figures, projects: values.projects ?? [], explanations, remark: blank(values.remark), version };
}
