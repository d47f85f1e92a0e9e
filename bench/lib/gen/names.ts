import { creditCodeCheckChar, orgCodeCheckChar } from '@kechuang/domain';
import type { Rng } from '../prng';

const CORES = [
  '陇原',
  '恒通',
  '金川',
  '祁连',
  '敦煌',
  '丝路',
  '黄河',
  '河西',
  '天水',
  '崆峒',
  '麦积',
  '鸣沙',
  '焉支',
  '莫高',
  '嘉峪',
  '伏羲',
  '太昊',
  '岷州',
  '洮河',
  '渭源',
  '华瑞',
  '中联',
  '新远',
  '宏达',
  '瑞丰',
  '众诚',
  '博创',
  '鑫源',
  '兴陇',
  '亚太',
  '长城',
  '光明',
  '惠民',
  '福源',
  '盛达',
  '天成',
  '正和',
  '信达',
  '海纳',
  '启明',
  '云海',
  '星辰',
  '明德',
  '泰和',
  '安宁',
  '永昌',
  '广源',
  '德润',
  '锦绣',
  '腾飞',
  '晨光',
  '远航',
  '凯盛',
  '万通',
  '汇丰',
  '荣昌',
  '金穗',
  '绿洲',
  '沃土',
  '春晖',
];
const TRADES = [
  '新材料',
  '生物科技',
  '电子科技',
  '信息技术',
  '机械制造',
  '农业科技',
  '中药材',
  '马铃薯',
  '食品',
  '能源科技',
  '化工',
  '装备制造',
  '环保科技',
  '软件',
  '医药',
  '建材',
  '光伏',
  '风电',
  '节能科技',
  '数据科技',
  '智能装备',
  '种业',
  '冶金',
  '精细化工',
  '电气',
  '物流',
  '检测技术',
  '文化传媒',
];
const SUFFIXES = ['有限公司', '有限责任公司', '股份有限公司', '科技有限公司'];
const SURNAMES = [
  '王',
  '李',
  '张',
  '刘',
  '陈',
  '杨',
  '赵',
  '黄',
  '周',
  '吴',
  '徐',
  '孙',
  '马',
  '朱',
  '胡',
  '郭',
  '何',
  '高',
  '林',
  '罗',
  '魏',
  '牛',
  '苏',
  '康',
];
const GIVEN = [
  '伟',
  '芳',
  '娜',
  '敏',
  '静',
  '丽',
  '强',
  '磊',
  '军',
  '洋',
  '勇',
  '艳',
  '杰',
  '娟',
  '涛',
  '明',
  '超',
  '秀英',
  '华',
  '平',
  '建国',
  '海燕',
  '志强',
  '玉兰',
];
const ROADS = [
  '人民',
  '建设',
  '解放',
  '和平',
  '文化',
  '新华',
  '东方红',
  '友谊',
  '团结',
  '北环',
  '南环',
  '西关',
  '东关',
  '滨河',
  '中山',
];

export function enterpriseName(rng: Rng, countyName: string): string {
  const place = countyName.replace(/(自治县|自治州|县|区|市)$/, '');
  return `${rng.chance(0.6) ? place : '甘肃'}${rng.pick(CORES)}${rng.pick(TRADES)}${rng.pick(SUFFIXES)}`;
}

export function personName(rng: Rng): string {
  return rng.pick(SURNAMES) + rng.pick(GIVEN);
}

export function address(rng: Rng, countyName: string, townshipName: string | null): string {
  return `甘肃省${countyName}${townshipName ?? ''}${rng.pick(ROADS)}路${rng.int(1, 399)}号`;
}

export function mobile(rng: Rng): string {
  return `1${rng.pick(['3', '5', '7', '8', '9'])}${String(rng.int(0, 999_999_999)).padStart(9, '0')}`;
}

/**
 * A valid 统一社会信用代码 (GB 32100): 9 (工商) 1 (企业), the county's region code, a unique 8-digit organisation
 * body from `serial` (a bijection on 0…10^8−1), its GB 11714 check character, and the GB 32100 check character.
 */
export function creditCode(countyCode: string, serial: number): string {
  const body = String((serial * 7_919 + 10_000_019) % 100_000_000).padStart(8, '0');
  const first17 = `91${countyCode}${body}${orgCodeCheckChar(body)}`;
  return first17 + creditCodeCheckChar(first17);
}
