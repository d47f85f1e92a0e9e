import type { RegionRow } from './region.repository';

/** Region row → API shape. */
export const presentRegion = (r: RegionRow & { has_children: boolean }) => ({
  code: r.code,
  name: r.name,
  level: r.level,
  parentCode: r.parent_code,
  validFrom: r.valid_from,
  validTo: r.valid_to,
  hasChildren: r.has_children,
  version: r.version,
});

/** Industry row → API shape. */
export const presentIndustry = (r: { code: string; name: string; level: number; parent_code: string | null }) => ({
  code: r.code,
  name: r.name,
  level: r.level,
  parentCode: r.parent_code,
});
