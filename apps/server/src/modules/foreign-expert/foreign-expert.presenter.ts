import { maskPhone, type TForeignExpert, type TForeignExpertVisit, type TTalentBase } from '@kechuang/domain';
import type { ExpertRow } from './expert.repository';
import type { talentBasesOf } from './talent-base.repository';
import type { VisitRow } from './visit.repository';

/** Expert row → API shape: the passport as its mask, the phone masked; no seal leaves. */
export function presentExpert(r: ExpertRow): TForeignExpert {
  return {
    id: r.id,
    regionCode: r.region_code,
    regionName: r.region_name,
    name: r.name,
    nameZh: r.name_zh,
    country: r.country,
    countryLabel: r.country_label,
    field: r.field,
    employer: r.employer,
    passportMasked: r.passport_masked,
    phoneMasked: maskPhone(r.phone),
    email: r.email,
    workPermitNo: r.work_permit_no,
    talentBaseId: r.talent_base_id,
    talentBaseName: r.talent_base_name,
    visitCount: Number(r.visit_count ?? 0),
    remark: r.remark,
    updatedAt: r.updated_at.toISOString(),
    version: r.version,
  };
}

/** Visit row → API shape. */
export function presentVisit(r: VisitRow): TForeignExpertVisit {
  return {
    id: r.id,
    regionCode: r.region_code,
    regionName: r.region_name,
    startOn: r.start_on,
    endOn: r.end_on,
    experts: r.experts,
    enterprises: r.enterprises,
    topics: r.topics,
    results: r.results,
    talentBaseId: r.talent_base_id,
    talentBaseName: r.talent_base_name,
    updatedAt: r.updated_at.toISOString(),
    version: r.version,
  };
}

/** A 引智基地 with its experts and visits → API shape. */
export function presentTalentBase(b: Awaited<ReturnType<typeof talentBasesOf>>[number]): TTalentBase {
  return {
    id: b.id,
    name: b.name,
    regionCode: b.region_code,
    regionName: b.region_name,
    status: b.status,
    recognizedOn: b.recognized_on,
    operatorName: b.operator_name,
    experts: b.experts.map((x) => ({ id: x.id, name: x.name, countryLabel: x.country_label })),
    visits: b.visits.map((v) => ({ id: v.id, startOn: v.start_on, endOn: v.end_on, topics: v.topics })),
  };
}
