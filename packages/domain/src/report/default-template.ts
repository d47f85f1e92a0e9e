import type { ReportTemplateBody } from './report-template.contract';

/**
 * The default template: the structure and wording of the bureau's own half-year report (the 2022 H1 report of
 * 陇西县), each figure and named record a placeholder. Sentences whose facts are all zero fall away, so the same
 * template writes another period or another county from its own records.
 */
const enterprise = [
  '一是企业创新活力有效激发。',
  '组织{{names project.applications category=central_guide first=3}}谋划申报{{year}}年度中央引导地方科技发展资金项目{{count project.applications category=central_guide}}项。',
  '组织{{names project.applications category=provincial_major first=3}}申报{{year}}年省级科技重大专项计划项目{{count project.applications category=provincial_major}}项。',
  '{{names project.applications category=provincial_popsci_base first=2 unit=家企事业单位}}申报省级科普示范基地项目{{count project.applications category=provincial_popsci_base}}项。',
  '争引甘肃省支持科技创新若干措施、深化科技体制机制改革创新推动高质量发展的若干措施项目资金{{wan project.funding kind=grant level=provincial}}。',
  '归集填报全社会研发经费{{wan rd.approved-total}}。',
].join('');

const platforms = [
  '二是科技创新平台建设逐步完善。',
  '组建{{names tech-platform.new kind=alliance}}。',
  '筹备建设{{names tech-platform.preparing kind=rd_center}}科研中心。',
  '指导{{names enterprise.applied-by-stage tier=provincial_innovative first=2 unit=家企业}}申报省级科技创新型企业，{{count enterprise.applied-by-stage tier=provincial_innovative stage=publicizing}}家企业进入公示阶段；',
  '指导{{names enterprise.applied-by-stage tier=high_tech stage=applying first=3}}申报高企；',
  '加快对{{names enterprise.cultivating first=4}}等科技型企业培育工作；',
  '入库科技型企业{{count enterprise.certified tier=tech_sme}}户。',
  '{{if tech-platform.evaluation-rounds}}组织开展省级科技企业孵化器、众创空间综合评价工作。',
].join('');

const achievements = [
  '三是科技成果转化成效显著。健全完善科技成果转化服务体系，全面推动科技成果向现实生产力转化。',
  '组织{{names achievement.registered-units first=3}}开展科技成果登记工作。',
  '组织{{names award.winners-by-kind kind=unit first=2}}等企事业单位参加{{year}}年职工技术成果奖和“五小”创新成果奖的评选工作，其中{{count award.winners}}家企事业单位及个人获奖。',
  '积极组织{{names award.competition-entries competitionId=1 first=2}}等企业参加第十一届中国创新创业大赛（甘肃赛区）。',
  '组织{{names award.competition-entries competitionId=2 first=2}}参加第五届“中国创翼”创业创新大赛甘肃省选拔赛。',
].join('');

const cooperation = [
  '四是院地院企科技合作成果丰硕。',
  '与{{partners cooperation.agreements-signed first=2}}等{{count cooperation.agreements-signed}}家企业签订战略合作协议。',
  '促成{{pairs cooperation.projects-started first=3}}签订科技合作项目{{count cooperation.projects-started}}项，在{{names cooperation.projects-started first=3}}等方面开展研发攻关，促进科研成果就地就近转移转化。',
].join('');

const talent = [
  '五是人才队伍建设不断壮大。',
  '聘任县级科技特派员{{count commissioner.appointed level=county}}名到相关企业、示范基地、经济实体等地开展科技服务。',
  '组织{{count service-event.commissioners-trained level=city}}名第七批市级科技特派员参加{{year}}年定西市科技特派员能力提升培训班，夯实了科技特派员服务基层的能力。',
  '引进{{countries foreign-expert.experts}}等{{count foreign-expert.experts}}名外国专家对{{names foreign-expert.enterprises-served first=2}}等企业进行技术指导服务，建立引智引才基地{{count foreign-expert.talent-bases}}处。',
].join('');

const services = [
  '六是科技服务能力不断提升。',
  '{{if service-event.events kind=policy_service}}邀请省生产力促进中心专家深入企业开展“进企业送服务”活动，为企业讲解国家、省、市、县科技创新政策，进一步推进企业科技创新，提升自主创新能力。',
  '组织县域{{count service-event.enterprises-reached kind=training}}家企业负责人参加全省科技型企业科技创新政策培训班（定西市），促成资源精准高效对接企业需求，进一步发挥服务实体经济的作用。',
  '组织{{region}}的{{count award.competition-entries competitionId=3}}名选手参加甘肃省第七届科普讲解大赛预赛，其中{{count award.competition-awards-by-award competitionId=3 award=excellence}}名选手荣获优秀奖。',
  '{{if service-event.events kind=tech_week}}以科技活动周、全国科技工作者日等活动为载体，广泛宣传科技创新政策、成果，在全社会营造了关注和支持科技创新的良好氛围。',
].join('');

const problems = [
  '一是科技投入仍然不足。全县研究与试验发展经费占国内生产总值的比重还比较低，规模以上企业科技研发和投入的主体作用没有充分发挥，企业自主创新能力还不够强。',
  '二是企业科研经费短缺。中高层科技人才匮乏，企业科技创新能力不强，拥有自主知识产权的企业数量较少，科技成果转化滞后。',
  '三是现有科技企业孵化器、众创空间、技术转移示范机构等科技创新平台层次不高，辐射有限，基础设施、技术支撑、科研团队、投融资保障等承载力和服务功能不尽完善，孵化作用未能真正凸显。',
  '四是产学研用协同创新深度合作不够深入，科技成果转化应用缺乏平台，优势资源开发走向产业化存在诸多限制，高校、科研院所与地方企业没有形成稳定有效的合作机制。',
];

const plans = [
  '一是优化科技创新环境。根据《甘肃省强科技行动实施方案（2022-2025年）》和《{{region}}“十四五”科技创新规划（2021-2025年）》，结合实际制定《{{region}}强科技行动实施方案（2022-2025年）》，进一步发挥科技创新对高质量发展的支撑引领作用，着力激发各类创新主体的积极性和创造性。',
  '二是开展各类创建工作。配合县生态工业园区、县农业农村局创建国家高新技术产业开发区、马铃薯繁育研发中心，积极对接省厅、第三方服务机构开展指导服务工作，做好前期准备工作。',
  '三是持续做好向上沟通对接项目。紧紧围绕工业主导型和生态功能型发展定位，精心组织遴选循环农业、化工原料、生物制药、装备制造等主导产业领域技术需求，认真研究对接国家、省、市科技发展方向和支持重点，精心谋划储备项目，做好企业申报前期的培训及资料审核工作。全面落实研发费用加计扣除、高新技术企业税收优惠等政策，激励企业真正成为技术创新、研发投入、成果转化的主体。',
  '四是健康有序推进创新平台建设。扎实推进科技型中小企业评价入库工作，培育科技创新型企业、高新技术企业，扶持壮大一批科技“小巨人”企业。充分发挥省生产力促进中心等中介机构的作用，强化指导服务，提升培育效果。结合“三进三问三查保稳定促发展惠民生”活动，建立干部包企业工作制度，将部分规上企业、高新技术企业、创新型企业纳入服务范围，及时宣传讲解相关政策，解答各种疑问。',
  '五是切实做好产学研深度融合发展。鼓励企业加强与省内外高校、科研院所战略合作，重点在装备制造、能源化工、医药食品等传统产业在高端化、智能化、绿色化方面开展研发攻关，不断推动全县产业链更新再造和价值链提质升级。积极对接中国博士后科研技术服务团队等相关技术服务机构，通过征集需求、论证遴选、对接揭榜等方式，引进一批国内外高层次科技创新人才和团队，促进关键核心技术取得突破，争取打造具有影响力的产业集群。',
  '六是深入推进省级创新型示范县创建工作。结合县域实际，根据创建工作指引，编制完善省级创新型县（市、区）“实施方案”，集中科技创新资源，积极培植主导产业，加大科技投入，优化创新平台，打造人才高地，培育新的经济优势，积极推进省级创新型县（市、区）创建工作，为推动县域经济高质量发展提供科技支撑。',
  '七是加强科技人才队伍建设。完善科技特派员激励政策，拓宽科技特派员来源渠道，引导科技特派员到乡村领办企业、兼职服务，积极培育科技特派员示范点、示范基地，以高水平的科技服务全面助力乡村振兴战略实施。探索建立引才引智工作新机制，加强引智平台建设，构筑全方位、多渠道、宽领域的国际科技合作和引进国外人才智力新格局。',
];

const numbered = (prefix: string, texts: string[]) => texts.map((text, i) => ({ id: `${prefix}-${i + 1}`, text }));

export const DEFAULT_TEMPLATE_NAME = '半年/年度工作总结（默认）';

export const DEFAULT_REPORT_TEMPLATE: ReportTemplateBody = {
  title: '{{region}}科学技术局{{period}}工作总结',
  opening: [
    {
      id: 'opening',
      text: '{{period}}，{{whole}}科技工作以习近平新时代中国特色社会主义思想为指导，认真贯彻落实党的十九大及历次全会精神、省第十四次党代会关于实施强科技行动的决策部署，按照省、市目标任务和县委、县政府部署要求，紧盯{{whole}}重点工作任务落实，以科技创新作为高质量发展的关键引擎，着力实施创新驱动发展战略，不断推进科技进步和创新，各项工作进展顺利。',
    },
  ],
  sections: [
    {
      id: 'work',
      level: 1,
      heading: '{{period}}工作汇报',
      paragraphs: numbered('work', [enterprise, platforms, achievements, cooperation, talent, services]),
      sections: [],
    },
    { id: 'problems', level: 1, heading: '存在的问题', paragraphs: numbered('problems', problems), sections: [] },
    { id: 'plans', level: 1, heading: '下一步工作打算', paragraphs: numbered('plans', plans), sections: [] },
  ],
  issuer: '{{region}}科学技术局',
};
