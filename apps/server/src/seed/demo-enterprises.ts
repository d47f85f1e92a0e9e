import { creditCodeCheckChar, orgCodeCheckChar } from '@kechuang/domain/rules/credit-code';
import type { Stage, Tier } from '@kechuang/domain';

/** A demo enterprise: the ones the 2022 H1 report names, plus plausible 陇西 firms to make up its counts. */
export interface DemoEnterprise {
  short: string;
  name: string;
  township: string;
  industry: string;
  domain: string | null;
  founded: string;
  tags: string[];
  qualifications: { tier: Tier; year: number; stage: Stage; on: string; batch?: string }[];
}

/** A valid credit code for the n-th demo enterprise, registered in 陇西县 (621122). */
export function demoCreditCode(n: number): string {
  const body8 = `MA7${String(10000 + n * 37).padStart(5, '0')}`;
  const first17 = `91621122${body8}${orgCodeCheckChar(body8)}`;
  return first17 + creditCodeCheckChar(first17);
}

const sme = (on: string) => ({ tier: 'tech_sme' as const, year: 2022, stage: 'certified' as const, on, batch: '2022年第' + (Number(on.slice(5, 7)) - 2) + '批' });

// Township codes of 陇西县 (统计用区划代码): 巩昌镇 100, 文峰镇 101, 首阳镇 102, 菜子镇 103, 福星镇 104, 通安驿镇 105, 云田镇 106, 碧岩镇 107 …
export const DEMO_ENTERPRISES: DemoEnterprise[] = [
  { short: '众智众创', name: '甘肃众智众创科技发展有限公司', township: '621122100000', industry: '7540', domain: '0501', founded: '2016-04-12', tags: ['重点联系'], qualifications: [sme('2022-03-18'), { tier: 'provincial_innovative', year: 2022, stage: 'recommended', on: '2022-05-20' }] },
  { short: '青龙管业', name: '甘肃青龙管业有限责任公司', township: '621122101000', industry: '3021', domain: '0405', founded: '2011-08-02', tags: ['规上企业', '重点联系'], qualifications: [sme('2022-03-18'), { tier: 'high_tech', year: 2022, stage: 'applying', on: '2022-06-15' }] },
  { short: '华硒生物', name: '陇西华硒生物科技有限公司', township: '621122102000', industry: '1495', domain: '0207', founded: '2017-05-09', tags: [], qualifications: [sme('2022-04-22'), { tier: 'provincial_innovative', year: 2022, stage: 'publicizing', on: '2022-06-20' }] },
  { short: '菜源商贸', name: '陇西菜源商贸有限公司', township: '621122103000', industry: '1371', domain: '0207', founded: '2015-11-23', tags: [], qualifications: [sme('2022-04-22'), { tier: 'provincial_innovative', year: 2022, stage: 'publicizing', on: '2022-06-20' }] },
  { short: '诚泰药业', name: '甘肃诚泰药业有限公司', township: '621122100000', industry: '2730', domain: '0202', founded: '2012-03-15', tags: ['规上企业', '中医药'], qualifications: [sme('2022-03-18'), { tier: 'provincial_innovative', year: 2022, stage: 'publicizing', on: '2022-06-20' }] },
  { short: '鼎丰马铃薯', name: '甘肃鼎丰马铃薯种业有限公司', township: '621122106000', industry: '0123', domain: '0207', founded: '2013-02-27', tags: ['马铃薯'], qualifications: [sme('2022-05-20'), { tier: 'provincial_innovative', year: 2022, stage: 'recommended', on: '2022-05-20' }] },
  { short: '金麓银峰', name: '甘肃金麓银峰农业科技有限公司', township: '621122104000', industry: '0512', domain: '0207', founded: '2018-07-01', tags: ['马铃薯'], qualifications: [sme('2022-05-20')] },
  { short: '维尔沃', name: '甘肃维尔沃生物科技有限公司', township: '621122101000', industry: '2761', domain: '0206', founded: '2019-09-10', tags: ['培育对象'], qualifications: [{ tier: 'tech_sme', year: 2022, stage: 'cultivating', on: '2022-02-15' }] },
  { short: '锦拓生物', name: '陇西锦拓生物科技有限公司', township: '621122105000', industry: '2710', domain: '0202', founded: '2020-03-30', tags: ['培育对象'], qualifications: [{ tier: 'tech_sme', year: 2022, stage: 'cultivating', on: '2022-02-15' }] },
  { short: '通试试剂', name: '甘肃通试试剂有限公司', township: '621122100000', industry: '2661', domain: '0405', founded: '2020-06-18', tags: ['培育对象'], qualifications: [{ tier: 'tech_sme', year: 2022, stage: 'cultivating', on: '2022-02-15' }] },
  { short: '仓宇包装', name: '陇西仓宇包装材料有限公司', township: '621122107000', industry: '2231', domain: null, founded: '2019-12-05', tags: ['培育对象'], qualifications: [{ tier: 'tech_sme', year: 2022, stage: 'cultivating', on: '2022-02-15' }] },
  { short: '锦世化工', name: '甘肃锦世化工有限责任公司', township: '621122102000', industry: '2614', domain: '0405', founded: '2010-10-20', tags: ['规上企业'], qualifications: [sme('2022-03-18')] },
  { short: '昌芳农业', name: '陇西昌芳农业科技有限公司', township: '621122103000', industry: '0171', domain: '0207', founded: '2016-08-08', tags: [], qualifications: [sme('2022-04-22')] },
  { short: '远达食品', name: '陇西远达食品有限公司', township: '621122104000', industry: '1391', domain: '0207', founded: '2014-04-04', tags: [], qualifications: [sme('2022-04-22')] },
  { short: '丰源薯业', name: '甘肃丰源薯业有限公司', township: '621122106000', industry: '1391', domain: '0207', founded: '2012-09-12', tags: ['马铃薯', '规上企业'], qualifications: [sme('2022-03-18')] },
  { short: '鼎信陇源', name: '甘肃鼎信陇源生物科技有限公司', township: '621122105000', industry: '2761', domain: '0202', founded: '2018-01-16', tags: [], qualifications: [sme('2022-05-20')] },
  { short: '佳伟农业', name: '陇西佳伟农业发展有限公司', township: '621122107000', industry: '0141', domain: null, founded: '2017-03-03', tags: [], qualifications: [sme('2022-05-20')] },
  { short: '希诺农牧业', name: '陇西希诺农牧业有限公司', township: '621122104000', industry: '0311', domain: '0207', founded: '2015-06-26', tags: [], qualifications: [sme('2022-04-22')] },
  { short: '爱味客', name: '甘肃爱味客马铃薯加工有限公司', township: '621122101000', industry: '1391', domain: '0207', founded: '2011-05-19', tags: ['马铃薯', '规上企业'], qualifications: [sme('2022-03-18')] },
  { short: '海升果业', name: '陇西海升果业有限公司', township: '621122106000', industry: '0151', domain: null, founded: '2019-04-11', tags: ['海升集团'], qualifications: [] },
  { short: '首阳中药', name: '甘肃首阳山中药科技有限公司', township: '621122102000', industry: '2730', domain: '0202', founded: '2014-07-07', tags: ['中医药'], qualifications: [sme('2022-03-18'), { tier: 'high_tech', year: 2020, stage: 'certified', on: '2020-12-01' }] },
  { short: '岐黄饮片', name: '陇西岐黄中药饮片有限公司', township: '621122100000', industry: '2730', domain: '0202', founded: '2013-10-10', tags: ['中医药'], qualifications: [sme('2022-04-22')] },
  { short: '金鼎铝业', name: '陇西金鼎铝业有限公司', township: '621122105000', industry: '3216', domain: '0401', founded: '2009-12-12', tags: ['规上企业'], qualifications: [sme('2022-05-20')] },
  { short: '恒通新材', name: '陇西恒通新材料有限公司', township: '621122101000', industry: '3091', domain: '0404', founded: '2018-05-05', tags: [], qualifications: [sme('2022-05-20')] },
  { short: '陇瑞电子', name: '甘肃陇瑞电子科技有限公司', township: '621122100000', industry: '3982', domain: '0106', founded: '2019-02-20', tags: [], qualifications: [sme('2022-06-17')] },
  { short: '德康医疗', name: '陇西德康医疗器械有限公司', township: '621122103000', industry: '3589', domain: '0205', founded: '2017-11-11', tags: [], qualifications: [sme('2022-06-17')] },
  { short: '绿源环保', name: '陇西绿源环保科技有限公司', township: '621122107000', industry: '7721', domain: '0703', founded: '2016-09-09', tags: [], qualifications: [sme('2022-06-17')] },
  { short: '渭河农机', name: '陇西渭河农机制造有限公司', township: '621122104000', industry: '3571', domain: '0803', founded: '2012-06-06', tags: [], qualifications: [{ tier: 'tech_sme', year: 2021, stage: 'certified', on: '2021-06-18' }] },
];
