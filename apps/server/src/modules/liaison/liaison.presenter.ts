import type { TLiaisonRecord } from '@kechuang/domain';
import type { LiaisonRecordRow } from './liaison.repository';

/** Row → API shape; no row leaves unmapped. */
export function presentLiaisonRecord(r: LiaisonRecordRow): TLiaisonRecord {
  return {
    id: r.id,
    regionCode: r.region_code,
    regionName: r.region_name,
    name: r.name,
    recordedOn: r.recorded_on,
    amount: r.amount,
    remark: r.remark,
    updatedAt: r.updated_at.toISOString(),
    version: r.version,
  };
}
