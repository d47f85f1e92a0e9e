import type { TCoopPartnerInput } from '@kechuang/domain';

/** The columns of the fields given (a field left out stays as it is; null clears it). */
export function partnerColumns(input: Partial<TCoopPartnerInput>) {
  return {
    name: input.name,
    kind: input.kind,
    province: input.province,
    city: input.city,
    address: input.address,
    contact_name: input.contactName,
    contact_phone: input.contactPhone,
    region_code: input.regionCode,
    remark: input.remark,
  };
}
