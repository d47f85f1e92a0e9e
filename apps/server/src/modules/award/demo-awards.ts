/**
 * The demo county's awards and competitions, 2022 H1 (the report's §一.3 and §一.6; docs/rules.md §0.2): the
 * programme whose results name 8 winners (units and persons together), 2 entries in 第十一届中国创新创业大赛,
 * 1 in 第五届“中国创翼”创业创新大赛 省选拔赛, 4 persons in 省第七届科普讲解大赛预赛 of whom 2 won 优秀奖.
 * Enterprises are named by their register name; persons by masked names (the report masks them).
 */

export interface DemoNominee {
  kind: 'unit' | 'person';
  /** The enterprise's register name, when the unit (or the person's unit) is one. */
  enterprise?: string;
  /** An institution not in the register. */
  unit?: string;
  person?: string;
}

export interface DemoNomination extends DemoNominee {
  category: string;
  title: string;
  result: { grade: string } | 'not_awarded';
}

export const DEMO_PROGRAMME = {
  name: '2022年职工技术成果奖和“五小”创新成果奖评选',
  organiser: '定西市总工会',
  level: 'city',
  year: 2022,
  categories: ['worker_tech', 'five_small'],
  nominatedOn: '2022-03-18',
  announcedOn: '2022-05-27',
};

export const DEMO_NOMINATIONS: DemoNomination[] = [
  {
    kind: 'unit',
    enterprise: '甘肃青龙管业有限责任公司',
    category: 'worker_tech',
    title: '预应力钢筒混凝土管生产工艺改进',
    result: { grade: 'second' },
  },
  {
    kind: 'unit',
    enterprise: '甘肃丰源薯业有限公司',
    category: 'five_small',
    title: '马铃薯淀粉生产线节水小改造',
    result: { grade: 'first' },
  },
  {
    kind: 'unit',
    enterprise: '甘肃诚泰药业有限公司',
    category: 'worker_tech',
    title: '中药饮片炮制温控装置改进',
    result: { grade: 'third' },
  },
  {
    kind: 'unit',
    enterprise: '甘肃鼎丰马铃薯种业有限公司',
    category: 'five_small',
    title: '脱毒微型薯扦插工艺小革新',
    result: { grade: 'second' },
  },
  {
    kind: 'unit',
    unit: '陇西县农业技术推广中心',
    category: 'worker_tech',
    title: '旱作农业全膜双垄沟播技术集成',
    result: { grade: 'third' },
  },
  {
    kind: 'person',
    person: '李*明',
    enterprise: '甘肃青龙管业有限责任公司',
    category: 'five_small',
    title: '管道焊缝检测快装夹具',
    result: { grade: 'excellence' },
  },
  {
    kind: 'person',
    person: '王*霞',
    enterprise: '甘肃丰源薯业有限公司',
    category: 'five_small',
    title: '淀粉脱水机刮刀快换装置',
    result: { grade: 'third' },
  },
  {
    kind: 'person',
    person: '张*军',
    enterprise: '陇西华硒生物科技有限公司',
    category: 'worker_tech',
    title: '富硒营养液配比工艺优化',
    result: { grade: 'excellence' },
  },
  {
    kind: 'unit',
    enterprise: '甘肃首阳山中药科技有限公司',
    category: 'worker_tech',
    title: '中药材产地加工清洗线改造',
    result: 'not_awarded',
  },
  {
    kind: 'person',
    person: '赵*强',
    enterprise: '陇西恒通新材料有限公司',
    category: 'five_small',
    title: '复合板材裁切定位器',
    result: 'not_awarded',
  },
];

export interface DemoEntry extends DemoNominee {
  title?: string;
  enteredOn: string;
  /** The stage reached, with the date it was announced. */
  reached?: { stage: 'preliminary'; on: string };
  award?: { award: string; on: string };
}

export interface DemoCompetition {
  name: string;
  edition: number;
  division: string;
  organiser: string;
  level: string;
  year: number;
  entries: DemoEntry[];
}

const PRELIMINARY = { stage: 'preliminary' as const, on: '2022-05-12' };

export const DEMO_COMPETITIONS: DemoCompetition[] = [
  {
    name: '中国创新创业大赛',
    edition: 11,
    division: '甘肃赛区',
    organiser: '甘肃省科学技术厅',
    level: 'national',
    year: 2022,
    entries: [
      {
        kind: 'unit',
        enterprise: '甘肃鼎信陇源生物科技有限公司',
        title: '兽用中药提取工艺产业化',
        enteredOn: '2022-05-20',
      },
      {
        kind: 'unit',
        enterprise: '甘肃金麓银峰农业科技有限公司',
        title: '马铃薯全粉加工工艺优化与装备集成',
        enteredOn: '2022-05-23',
      },
    ],
  },
  {
    name: '“中国创翼”创业创新大赛',
    edition: 5,
    division: '甘肃省选拔赛',
    organiser: '甘肃省人力资源和社会保障厅',
    level: 'provincial',
    year: 2022,
    entries: [
      { kind: 'unit', enterprise: '陇西佳伟农业发展有限公司', title: '中药材种苗繁育', enteredOn: '2022-04-28' },
    ],
  },
  {
    name: '甘肃省科普讲解大赛',
    edition: 7,
    division: '预赛',
    organiser: '甘肃省科学技术厅',
    level: 'provincial',
    year: 2022,
    entries: [
      {
        kind: 'person',
        person: '陈*娟',
        unit: '陇西县第二中学',
        title: '走进马铃薯的科学世界',
        enteredOn: '2022-04-15',
        reached: PRELIMINARY,
        award: { award: 'excellence', on: '2022-05-12' },
      },
      {
        kind: 'person',
        person: '刘*婷',
        unit: '陇西县思源中学',
        title: '中药材里的化学',
        enteredOn: '2022-04-15',
        reached: PRELIMINARY,
        award: { award: 'excellence', on: '2022-05-12' },
      },
      {
        kind: 'person',
        person: '杨*帆',
        unit: '陇西县科学技术协会',
        title: '防灾减灾从认识地震开始',
        enteredOn: '2022-04-15',
        reached: PRELIMINARY,
      },
      {
        kind: 'person',
        person: '马*东',
        unit: '陇西县第一人民医院',
        title: '读懂你的体检报告',
        enteredOn: '2022-04-15',
        reached: PRELIMINARY,
      },
    ],
  },
];
