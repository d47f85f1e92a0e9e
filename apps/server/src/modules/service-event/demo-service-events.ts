/**
 * The demo county's service events, 2022 H1 (the report's §一.5 and §一.6; docs/rules.md §0.2): 进企业送服务 with
 * the 省生产力促进中心, the province's policy training attended by 17 of the county's enterprises, 科技活动周 and
 * 全国科技工作者日, and the 第七批 city commissioners' training. Enterprises are named by their register name.
 */
export interface DemoEvent {
  title: string;
  kind: string;
  organiser: string;
  coOrganisers: string[];
  startOn: string;
  endOn: string;
  place: string;
  outcome: string;
  /** Enterprises by register name, with their representative. */
  enterprises?: { name: string; representative: string; post: string }[];
  /** This many enterprises of the county, in register order (the report gives a count, not names). */
  enterpriseCount?: number;
  /** Commissioners by level and batch, looked up on the roster at seed time. */
  commissioners?: { level: string; batch: string };
  persons?: { name: string; unit: string }[];
}

export const DEMO_SERVICE_EVENTS: DemoEvent[] = [
  {
    title: '“进企业送服务”科技政策宣讲',
    kind: 'policy_service',
    organiser: '陇西县科学技术局',
    coOrganisers: ['甘肃省生产力促进中心'],
    startOn: '2022-04-19',
    endOn: '2022-04-20',
    place: '陇西县经济开发区',
    outcome: '邀请省生产力促进中心专家进企业宣讲研发费用加计扣除、高新技术企业认定政策，现场解答企业问题。',
    enterprises: [
      { name: '甘肃青龙管业有限责任公司', representative: '王*林', post: '技术总监' },
      { name: '陇西华硒生物科技有限公司', representative: '张*华', post: '总经理' },
      { name: '甘肃丰源薯业有限公司', representative: '李*强', post: '财务负责人' },
      { name: '甘肃诚泰药业有限公司', representative: '赵*红', post: '研发部经理' },
    ],
    persons: [{ name: '孙*平', unit: '甘肃省生产力促进中心' }],
  },
  {
    title: '全省科技型企业科技创新政策培训班',
    kind: 'training',
    organiser: '甘肃省科学技术厅',
    coOrganisers: [],
    startOn: '2022-05-24',
    endOn: '2022-05-25',
    place: '兰州市',
    outcome: '组织县域17家企业负责人参加培训。',
    enterpriseCount: 17,
  },
  {
    title: '2022年陇西县科技活动周',
    kind: 'tech_week',
    organiser: '陇西县科学技术局',
    coOrganisers: ['陇西县科学技术协会'],
    startOn: '2022-05-21',
    endOn: '2022-05-28',
    place: '陇西县文化广场',
    outcome: '开展科技成果展示、科普宣传和科技咨询。',
  },
  {
    title: '全国科技工作者日慰问座谈',
    kind: 'workers_day',
    organiser: '陇西县科学技术局',
    coOrganisers: ['陇西县科学技术协会'],
    startOn: '2022-05-30',
    endOn: '2022-05-30',
    place: '陇西县科学技术局',
    outcome: '走访慰问一线科技工作者，召开座谈会。',
  },
  {
    title: '第七批市级科技特派员能力提升培训班',
    kind: 'training',
    organiser: '定西市科学技术局',
    coOrganisers: [],
    startOn: '2022-06-14',
    endOn: '2022-06-16',
    place: '定西市',
    outcome: '组织第七批市级科技特派员参加能力提升培训。',
    commissioners: { level: 'city', batch: '第七批' },
  },
];
