import type { TServiceEventRecord } from '@kechuang/domain';
import type { ServiceEventRecordRow } from './service-event.repository';

/** Row → API shape; no row leaves unmapped. */
export function presentServiceEventRecord(r: ServiceEventRecordRow): TServiceEventRecord {
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
