import { creditCodeCheckChar, orgCodeCheckChar } from '@kechuang/domain/rules/credit-code';

/** What a demo firm does: its name's ending, its industry (GB/T 4754), 高新技术领域, and its R&D theme. */
interface Business {
  suffix: string;
  industry: string;
  domain: string;
  topic: string;
}

export const BUSINESSES = {
  potato: { suffix: '马铃薯食品有限公司', industry: '1391', domain: '0207', topic: '马铃薯淀粉精深加工工艺' },
  seedPotato: { suffix: '薯业科技有限公司', industry: '0123', domain: '0207', topic: '马铃薯脱毒种薯繁育技术' },
  herb: { suffix: '中药材科技有限公司', industry: '0179', domain: '0207', topic: '道地中药材标准化种植技术' },
  slices: { suffix: '中药饮片有限公司', industry: '2730', domain: '0202', topic: '中药饮片炮制工艺研究' },
  pharma: { suffix: '药业有限公司', industry: '2740', domain: '0202', topic: '中成药经典名方二次开发' },
  bio: { suffix: '生物科技有限公司', industry: '2761', domain: '0206', topic: '植物提取物纯化技术' },
  flower: { suffix: '花卉科技有限公司', industry: '0143', domain: '0207', topic: '高原花卉组培快繁技术' },
  veg: { suffix: '农业科技有限公司', industry: '0141', domain: '0207', topic: '高原夏菜设施栽培技术' },
  cattle: { suffix: '牧业有限公司', industry: '0311', domain: '0207', topic: '肉牛舍饲高效养殖技术' },
  machine: { suffix: '农机制造有限公司', industry: '3571', domain: '0803', topic: '丘陵山地农机装备改进' },
  carbon: { suffix: '碳素新材料有限公司', industry: '3091', domain: '0404', topic: '高纯石墨制品制备工艺' },
  building: { suffix: '新型建材有限公司', industry: '3039', domain: '0405', topic: '固废基新型墙体材料研发' },
  electronic: { suffix: '电子科技有限公司', industry: '3982', domain: '0106', topic: '电子电路板精密制造工艺' },
  software: { suffix: '信息技术有限公司', industry: '6513', domain: '0101', topic: '农业物联网应用软件开发' },
  env: { suffix: '环保科技有限公司', industry: '7721', domain: '0703', topic: '农村生活污水一体化处理技术' },
  selenium: { suffix: '食品科技有限公司', industry: '1495', domain: '0207', topic: '功能性食品添加剂开发' },
} satisfies Record<string, Business>;
export type BusinessKey = keyof typeof BUSINESSES;

/** A platform of a sibling county: name, kind, level, status, the index of the firm that runs it, the date. */
export type SiblingPlatform = [
  string,
  'rd_center' | 'incubator' | 'makerspace' | 'alliance',
  'national' | 'provincial' | 'city' | 'county',
  'preparing' | 'building' | 'recognized',
  number,
  string,
];

/** A project won from above: the firm's index, its title, the programme's level, the grant (元) and its date. */
export type SiblingProject = [number, string, 'national' | 'provincial' | 'city', string, string];

/**
 * One of 定西市's six other counties, as small tables: its firms (字号 and business, by index), how many of them
 * hold each tier, what its units spent on R&D in 2022 H1 (元), its GDP, platforms, projects, commissioners and
 * 揭榜挂帅 demands. The counts differ per county so every indicator ranks the seven counties for real. Names,
 * figures and document numbers are demo data, not official statistics.
 */
export interface SiblingCounty {
  code: string;
  name: string;
  /** The short form used in firms' names (安定, 临洮, 岷县 …). */
  short: string;
  /** Township codes' middle digits (621102-101-000 → '101'), assigned to the firms in turn. */
  townships: string[];
  firms: [string, BusinessKey][];
  /** 科技型中小企业 入库 in 2022 H1 (the first n firms). */
  techSme: number;
  /** 高新技术企业 certified in December 2019, 2020 and 2021 (in force in 2022), and those applying in 2022. */
  highTech: [number, number, number];
  highTechApplying: number;
  /** 省级科技创新型企业 certified in 2021, and recommended in 2022. */
  provincialInnovative: number;
  provincialRecommended: number;
  littleGiant: number;
  /** R&D units approved for 2022 H1 and their internal expenditure (元, whole). */
  rdUnits: number;
  rdH1: number;
  /** GDP (元): 2021, 2022 H1, 2022. */
  gdp: [string, string, string];
  platforms: SiblingPlatform[];
  projects: SiblingProject[];
  /** County-level 科技特派员 appointed in 2022 H1, and city-level ones appointed in 2021 (in force). */
  commissioners: [number, number];
  /** 揭榜挂帅 demands: [firm index, title, budget (元)]; the first `published` are published. */
  demands: [number, string, string][];
  demandsPublished: number;
}

/** A valid 统一社会信用代码 for the n-th demo firm of a sibling county (the county's code in it). */
export function siblingCreditCode(county: string, n: number): string {
  const body8 = `MA7${String(50_000 + n * 53).padStart(5, '0')}`;
  const first17 = `91${county}${body8}${orgCodeCheckChar(body8)}`;
  return first17 + creditCodeCheckChar(first17);
}

/** A firm's full name: the first few are registered as 甘肃…, the others under the county's name. */
export function firmName(c: SiblingCounty, i: number): string {
  const [trade, business] = c.firms[i];
  return `${i % 3 === 0 ? '甘肃' : c.short}${trade}${BUSINESSES[business].suffix}`;
}

export const SIBLING_COUNTIES: SiblingCounty[] = [
  {
    code: '621102',
    name: '安定区',
    short: '定西',
    townships: ['001', '002', '101', '102', '103', '104', '105', '106', '107', '108', '110'],
    firms: [
      ['薯都', 'potato'],
      ['凤翔', 'seedPotato'],
      ['巉口', 'herb'],
      ['香泉', 'electronic'],
      ['内官', 'slices'],
      ['西巩', 'machine'],
      ['称钩', 'veg'],
      ['鲁家沟', 'cattle'],
      ['宁远', 'pharma'],
      ['李家堡', 'bio'],
      ['团结', 'software'],
      ['杏园', 'potato'],
      ['白碌', 'building'],
      ['石峡湾', 'herb'],
      ['青岚', 'env'],
      ['高峰', 'seedPotato'],
      ['石泉', 'selenium'],
      ['符川', 'machine'],
      ['新集', 'veg'],
      ['葛家岔', 'cattle'],
      ['景泉', 'slices'],
      ['永定', 'electronic'],
      ['福台', 'software'],
      ['中华', 'pharma'],
      ['东岳', 'carbon'],
      ['西岩', 'bio'],
      ['南川', 'potato'],
      ['北关', 'building'],
      ['定远', 'herb'],
      ['兴定', 'env'],
      ['安西', 'flower'],
      ['国强', 'machine'],
    ],
    techSme: 28,
    highTech: [3, 4, 4],
    highTechApplying: 3,
    provincialInnovative: 5,
    provincialRecommended: 2,
    littleGiant: 1,
    rdUnits: 20,
    rdH1: 96_000_000,
    gdp: ['20480000000.00', '10400000000.00', '21350000000.00'],
    platforms: [
      ['定西市马铃薯工程技术研究中心', 'rd_center', 'provincial', 'recognized', 0, '2019-11-20'],
      ['定西中药材加工工程技术研究中心', 'rd_center', 'city', 'recognized', 4, '2021-09-16'],
      ['安定区科技企业孵化器', 'incubator', 'provincial', 'recognized', 10, '2018-06-12'],
      ['安定区电子信息众创空间', 'makerspace', 'provincial', 'recognized', 3, '2020-12-08'],
      ['定西马铃薯产业技术创新联盟', 'alliance', 'city', 'building', 1, '2022-03-28'],
      ['安定区农机装备研发中心', 'rd_center', 'county', 'preparing', 5, '2022-05-06'],
    ],
    projects: [
      [0, '马铃薯全粉绿色加工关键技术集成与产业化', 'national', '1500000.00', '2022-04-18'],
      [1, '马铃薯原原种雾培高效生产技术示范', 'provincial', '800000.00', '2022-03-25'],
      [4, '定西道地中药材饮片质量追溯体系建设', 'provincial', '600000.00', '2022-05-16'],
      [3, '农业物联网传感终端研制', 'city', '200000.00', '2022-06-08'],
    ],
    commissioners: [9, 4],
    demands: [
      [0, '马铃薯淀粉生产废水蛋白回收技术', '800000.00'],
      [3, '高可靠农业环境传感器封装工艺', '500000.00'],
      [8, '中药配方颗粒质量一致性评价方法', '600000.00'],
      [5, '丘陵山地马铃薯分段收获机具改进', '400000.00'],
    ],
    demandsPublished: 3,
  },
  {
    code: '621124',
    name: '临洮县',
    short: '临洮',
    townships: ['100', '101', '102', '103', '104', '105', '106', '107', '108', '109'],
    firms: [
      ['洮阳', 'flower'],
      ['八里铺', 'veg'],
      ['新添', 'cattle'],
      ['辛店', 'building'],
      ['太石', 'herb'],
      ['中铺', 'potato'],
      ['峡口', 'machine'],
      ['龙门', 'bio'],
      ['窑店', 'carbon'],
      ['玉井', 'veg'],
      ['衙下', 'cattle'],
      ['南屏', 'flower'],
      ['马家窑', 'software'],
      ['洮河', 'env'],
      ['岳麓', 'slices'],
      ['椒山', 'selenium'],
      ['超然', 'electronic'],
      ['康家集', 'herb'],
      ['站滩', 'potato'],
      ['上营', 'building'],
    ],
    techSme: 17,
    highTech: [2, 3, 2],
    highTechApplying: 2,
    provincialInnovative: 3,
    provincialRecommended: 1,
    littleGiant: 1,
    rdUnits: 13,
    rdH1: 58_000_000,
    gdp: ['12560000000.00', '6200000000.00', '13080000000.00'],
    platforms: [
      ['临洮县高原花卉工程技术研究中心', 'rd_center', 'provincial', 'recognized', 0, '2020-10-15'],
      ['临洮县农业科技园区众创空间', 'makerspace', 'city', 'recognized', 1, '2021-05-20'],
      ['临洮县肉牛产业技术创新联盟', 'alliance', 'county', 'building', 2, '2022-04-12'],
      ['临洮碳素材料研发中心', 'rd_center', 'city', 'preparing', 8, '2022-03-30'],
    ],
    projects: [
      [0, '高原百合种球组培快繁与标准化生产示范', 'provincial', '700000.00', '2022-03-25'],
      [2, '肉牛良种繁育与全混合日粮饲喂技术集成', 'provincial', '500000.00', '2022-05-16'],
      [8, '等静压石墨制品烧结工艺优化', 'city', '150000.00', '2022-06-08'],
    ],
    commissioners: [7, 3],
    demands: [
      [0, '百合种球脱毒与贮藏保鲜技术', '500000.00'],
      [8, '碳素制品焙烧烟气余热利用', '600000.00'],
      [3, '建筑固废再生骨料制砖配方', '300000.00'],
    ],
    demandsPublished: 2,
  },
  {
    code: '621126',
    name: '岷县',
    short: '岷县',
    townships: ['100', '101', '102', '103', '105', '106', '107', '108'],
    firms: [
      ['岷归', 'herb'],
      ['岷州', 'slices'],
      ['西寨', 'herb'],
      ['梅川', 'pharma'],
      ['十里', 'slices'],
      ['茶埠', 'cattle'],
      ['中寨', 'herb'],
      ['闾井', 'bio'],
      ['蒲麻', 'potato'],
      ['秦许', 'veg'],
      ['麻子川', 'herb'],
      ['维新', 'slices'],
      ['清水', 'selenium'],
      ['申都', 'cattle'],
    ],
    techSme: 12,
    highTech: [1, 1, 2],
    highTechApplying: 1,
    provincialInnovative: 2,
    provincialRecommended: 1,
    littleGiant: 0,
    rdUnits: 9,
    rdH1: 26_000_000,
    gdp: ['6230000000.00', '3100000000.00', '6520000000.00'],
    platforms: [
      ['岷县当归工程技术研究中心', 'rd_center', 'provincial', 'recognized', 0, '2019-12-10'],
      ['岷县中药材产业技术创新联盟', 'alliance', 'county', 'building', 1, '2022-05-18'],
      ['岷县中药材电商众创空间', 'makerspace', 'county', 'preparing', 3, '2022-04-20'],
    ],
    projects: [
      [0, '岷归优质种苗繁育与规范化种植技术示范', 'provincial', '600000.00', '2022-03-25'],
      [1, '当归饮片趁鲜切制加工技术研究', 'city', '200000.00', '2022-06-08'],
    ],
    commissioners: [6, 2],
    demands: [
      [0, '当归早期抽薹防控技术', '400000.00'],
      [3, '当归挥发油提取工艺优化', '300000.00'],
    ],
    demandsPublished: 2,
  },
  {
    code: '621123',
    name: '渭源县',
    short: '渭源',
    townships: ['100', '101', '102', '103', '104', '105', '106', '109'],
    firms: [
      ['清源', 'herb'],
      ['会川', 'seedPotato'],
      ['五竹', 'slices'],
      ['莲峰', 'herb'],
      ['路园', 'potato'],
      ['北寨', 'cattle'],
      ['新寨', 'veg'],
      ['庆坪', 'herb'],
      ['锹峪', 'selenium'],
      ['峡城', 'seedPotato'],
      ['田家河', 'bio'],
      ['上湾', 'env'],
      ['祁家庙', 'machine'],
    ],
    techSme: 10,
    highTech: [1, 2, 2],
    highTechApplying: 1,
    provincialInnovative: 2,
    provincialRecommended: 0,
    littleGiant: 0,
    rdUnits: 8,
    rdH1: 31_000_000,
    gdp: ['5820000000.00', '2900000000.00', '6110000000.00'],
    platforms: [
      ['渭源县党参工程技术研究中心', 'rd_center', 'city', 'recognized', 0, '2020-11-06'],
      ['渭源县马铃薯种薯科技企业孵化器', 'incubator', 'city', 'recognized', 1, '2021-08-18'],
      ['渭源县中药材产业技术创新联盟', 'alliance', 'county', 'preparing', 3, '2022-06-02'],
    ],
    projects: [
      [0, '白条党参标准化种植与产地加工技术集成', 'provincial', '500000.00', '2022-05-16'],
      [1, '马铃薯脱毒种薯三级繁育体系示范', 'city', '150000.00', '2022-06-08'],
    ],
    commissioners: [5, 2],
    demands: [
      [0, '党参连作障碍生物防治技术', '350000.00'],
      [1, '马铃薯种薯病毒快速检测', '250000.00'],
    ],
    demandsPublished: 1,
  },
  {
    code: '621121',
    name: '通渭县',
    short: '通渭',
    townships: ['100', '101', '102', '103', '104', '105', '106'],
    firms: [
      ['平襄', 'veg'],
      ['义岗', 'potato'],
      ['马营', 'cattle'],
      ['华家岭', 'env'],
      ['常河', 'herb'],
      ['陇川', 'selenium'],
      ['陇阳', 'building'],
      ['碧玉', 'veg'],
      ['襄南', 'machine'],
      ['榜罗', 'potato'],
    ],
    techSme: 8,
    highTech: [0, 1, 1],
    highTechApplying: 1,
    provincialInnovative: 1,
    provincialRecommended: 1,
    littleGiant: 0,
    rdUnits: 6,
    rdH1: 12_000_000,
    gdp: ['5510000000.00', '2800000000.00', '5790000000.00'],
    platforms: [
      ['通渭县小杂粮精深加工研发中心', 'rd_center', 'county', 'recognized', 0, '2021-10-12'],
      ['通渭县农业科技众创空间', 'makerspace', 'county', 'preparing', 1, '2022-05-09'],
    ],
    projects: [[0, '旱作农业全膜双垄沟播配套技术示范', 'provincial', '400000.00', '2022-05-16']],
    commissioners: [4, 1],
    demands: [[1, '马铃薯粉条无矾加工工艺', '200000.00']],
    demandsPublished: 1,
  },
  {
    code: '621125',
    name: '漳县',
    short: '漳县',
    townships: ['100', '101', '102', '103', '104', '105'],
    firms: [
      ['武阳', 'herb'],
      ['盐井', 'selenium'],
      ['三岔', 'slices'],
      ['殪虎桥', 'cattle'],
      ['新寺', 'herb'],
      ['金钟', 'building'],
      ['大草滩', 'veg'],
      ['贵清山', 'env'],
    ],
    techSme: 6,
    highTech: [1, 0, 1],
    highTechApplying: 0,
    provincialInnovative: 1,
    provincialRecommended: 0,
    littleGiant: 0,
    rdUnits: 5,
    rdH1: 9_000_000,
    gdp: ['2990000000.00', '1500000000.00', '3140000000.00'],
    platforms: [['漳县中药材种植技术研发中心', 'rd_center', 'county', 'recognized', 0, '2021-06-25']],
    projects: [[1, '井盐制盐废卤综合利用技术研究', 'city', '100000.00', '2022-06-08']],
    commissioners: [3, 1],
    demands: [[0, '黄芪种子丸粒化包衣技术', '150000.00']],
    demandsPublished: 0,
  },
];
