import type { Stage, TQualification, Tier } from '@kechuang/domain';
import type { QualificationRow } from './qualification.repository';

/** Row → API shape. */
export function presentQualification(r: QualificationRow): TQualification {
  return {
    id: r.id,
    enterpriseId: r.enterprise_id,
    enterpriseName: r.enterprise_name,
    tier: r.tier as Tier,
    year: r.year,
    batch: r.batch,
    stage: r.stage as Stage,
    certificateNo: r.certificate_no,
    appliedOn: r.applied_on,
    certifiedOn: r.certified_on,
    validUntil: r.valid_until,
    remark: r.remark,
    version: r.version,
  };
}
