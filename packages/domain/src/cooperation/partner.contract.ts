import { z } from 'zod';
import { ZPageQuery } from '../platform/common.contract';
import { zDictValue, zIdsFilter, zKeyword, zOrder, zRegionCode, zRemark } from './cooperation-fields';

const name = z
  .string({ message: '请填写单位名称' })
  .trim()
  .min(2, '单位名称至少 2 个字')
  .max(100, '单位名称最多 100 个字');
const place = (label: string) => z.string().trim().max(20, `${label}最多 20 个字`);
const phone = z
  .string()
  .trim()
  .regex(/^[0-9+\-\s()]{5,20}$/, '联系电话须为 5–20 位数字（可含 - 与括号）');

/** A partner institution (合作单位): a university, a research institute or an enterprise, often outside the county. */
export const ZCoopPartnerInput = z.object({
  name,
  /** 单位类别, dictionary cooperation_partner_kind (高等院校, 科研院所, 企业 …). */
  kind: zDictValue('单位类别'),
  province: place('所在省份').nullable().optional(),
  city: place('所在城市').nullable().optional(),
  /** Where it is, as free text (the partner may be anywhere in China or abroad). */
  address: z.string().trim().max(200, '地址最多 200 个字').nullable().optional(),
  contactName: z.string().trim().max(30, '联系人最多 30 个字').nullable().optional(),
  contactPhone: phone.nullable().optional(),
  regionCode: zRegionCode,
  remark: zRemark.nullable().optional(),
});
export type TCoopPartnerInput = z.infer<typeof ZCoopPartnerInput>;

export const ZUpdateCoopPartnerRequest = ZCoopPartnerInput.partial().extend({ version: z.number().int().min(1) });
export type TUpdateCoopPartnerRequest = z.infer<typeof ZUpdateCoopPartnerRequest>;

/** A partner as answered: the contact phone masked (docs/rules.md §6.4); the full number has its own audited read. */
export const ZCoopPartner = z.object({
  id: z.number().int(),
  regionCode: z.string(),
  regionName: z.string().nullable(),
  name: z.string(),
  kind: z.string(),
  kindLabel: z.string().nullable(),
  province: z.string().nullable(),
  city: z.string().nullable(),
  address: z.string().nullable(),
  contactName: z.string().nullable(),
  contactPhone: z.string().nullable(),
  remark: z.string().nullable(),
  updatedAt: z.string(),
  version: z.number().int(),
});
export type TCoopPartner = z.infer<typeof ZCoopPartner>;

export const ZCoopPartnerListQuery = ZPageQuery.extend({
  keyword: zKeyword,
  kind: z.string().max(40).optional(),
  ids: zIdsFilter,
  sort: z.enum(['name', 'updatedAt']).optional(),
  order: zOrder,
});
export type TCoopPartnerListQuery = z.infer<typeof ZCoopPartnerListQuery>;
