import type { TCommissionerRecord } from '@kechuang/domain';
import type { CommissionerRecordRow } from './commissioner.repository';

/** Row → API shape; no row leaves unmapped. */
export function presentCommissionerRecord(r: CommissionerRecordRow): TCommissionerRecord {
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
