import type { TEnterprise, TEnterpriseInput } from '@kechuang/domain';

/** The fields of the 企业信息 form (dates as YYYY-MM-DD strings: the form's dateFormatter is 'string'). */
export interface EnterpriseFormValues {
  name: string;
  unitKind: 'enterprise' | 'institution' | 'school';
  creditCode: string;
  creditCodeOverride?: string;
  regionCode: string;
  townshipCode?: string;
  industryCode?: string;
  hightechDomain?: string;
  foundedOn?: string;
  address?: string;
  legalRepresentative?: string;
  contactName?: string;
  contactPhone?: string;
  tags?: string[];
}

export const UNIT_KIND_OPTIONS = [
  { value: 'enterprise', label: '企业' },
  { value: 'institution', label: '事业单位' },
  { value: 'school', label: '学校' },
];

const NULLABLE = [
  'townshipCode',
  'industryCode',
  'hightechDomain',
  'foundedOn',
  'address',
  'legalRepresentative',
  'contactName',
] as const;

export function formValuesOf(e: TEnterprise): EnterpriseFormValues {
  return {
    name: e.name,
    unitKind: e.unitKind as EnterpriseFormValues['unitKind'],
    creditCode: e.creditCode,
    creditCodeOverride: e.creditCodeOverride ?? undefined,
    regionCode: e.regionCode,
    townshipCode: e.townshipCode ?? undefined,
    industryCode: e.industryCode ?? undefined,
    hightechDomain: e.hightechDomain ?? undefined,
    foundedOn: e.foundedOn ?? undefined,
    address: e.address ?? undefined,
    legalRepresentative: e.legalRepresentative ?? undefined,
    contactName: e.contactName ?? undefined,
    contactPhone: e.contactPhone ?? undefined,
    tags: e.tags,
  };
}

/**
 * Form values → request body. A cleared field is sent as null so it is cleared on the server. When editing,
 * the credit code goes only when it (or its override reason) changed, and the phone only when retyped:
 * the form shows it masked (139****7919), which is not a number to save.
 */
export function bodyOf(v: EnterpriseFormValues, current: TEnterprise | null): Partial<TEnterpriseInput> {
  const body: Partial<TEnterpriseInput> = {
    name: v.name,
    unitKind: v.unitKind,
    regionCode: v.regionCode,
    tags: v.tags ?? [],
  };
  for (const k of NULLABLE) body[k] = v[k] || null;
  const codeChanged =
    !current || v.creditCode !== current.creditCode || (v.creditCodeOverride ?? null) !== current.creditCodeOverride;
  if (codeChanged) {
    body.creditCode = v.creditCode;
    body.creditCodeOverride = v.creditCodeOverride || null;
  }
  if (!current || (v.contactPhone ?? null) !== current.contactPhone) body.contactPhone = v.contactPhone || null;
  return body;
}
