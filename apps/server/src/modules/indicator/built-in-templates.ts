import type { IndicatorDefinitionInput } from '@kechuang/domain';

/**
 * The templates the product ships (issue 18; docs/rules.md §5.5): the indicators a Gansu county bureau reports
 * (the 2022 H1 report's figures) and the 15-indicator 创新型县 set of 湖南 [S63]. An indicator the records do not
 * state is entered by hand by the department that owns it. Staff copy a template and edit the copy.
 */
type Def = IndicatorDefinitionInput;
const fact = (d: Omit<Def, 'source' | 'decimals'> & { decimals?: number }): Def => ({
  decimals: 0,
  ...d,
  source: 'fact',
});
const manual = (d: Omit<Def, 'source' | 'formula' | 'decimals'> & { decimals?: number }): Def => ({
  decimals: 2,
  ...d,
  source: 'manual',
  formula: null,
});

const HIGH_TECH = fact({
  key: 'high-tech',
  name: '高新技术企业数',
  unit: '家',
  direction: 'higher',
  department: '科技',
  formula: 'enterprise.holding{tier=high_tech}',
  caliber: '截至日有效期内的高新技术企业（认定日不晚于截至日、有效期未满）',
});
const RD_SPENDING = fact({
  key: 'rd-spending',
  name: '全社会R&D经费',
  unit: '元',
  direction: 'higher',
  department: '统计',
  formula: 'rd.approved-total',
  decimals: 2,
  caliber: '研发经费填报审核通过单位的研发经费内部支出合计（元）',
});
const GDP = manual({
  key: 'gdp',
  name: '地区生产总值',
  unit: '元',
  direction: 'higher',
  department: '统计',
  caliber: '统计部门发布的地区生产总值（元），按期录入并注明来源',
});
const RD_INTENSITY = fact({
  key: 'rd-intensity',
  name: 'R&D经费投入强度',
  unit: '%',
  direction: 'higher',
  department: '统计',
  formula: 'rd.approved-total / @gdp * 100',
  decimals: 2,
  caliber: '全社会R&D经费 ÷ 地区生产总值 × 100',
});
const TAX_DEDUCTION = manual({
  key: 'rd-tax-deduction',
  name: '研发费用加计扣除减免税额',
  unit: '元',
  direction: 'higher',
  department: '税务',
  caliber: '税务部门提供的研发费用加计扣除减免税额（元）',
});
const COMMISSIONERS = fact({
  key: 'commissioners',
  name: '县级以上科技特派员数',
  unit: '名',
  direction: 'higher',
  department: '科技',
  formula: 'commissioner.active',
  caliber: '期内在聘的县级、市级、省级科技特派员',
});

export const BUILT_IN_TEMPLATES: { name: string; description: string; definitions: Def[] }[] = [
  {
    name: '甘肃县级科技工作指标',
    description: '县级科技局半年、年度工作总结所报的主要指标（按照省、市目标任务）',
    definitions: [
      HIGH_TECH,
      fact({
        key: 'tech-sme',
        name: '科技型中小企业入库数',
        unit: '家',
        direction: 'higher',
        department: '科技',
        formula: 'enterprise.certified{tier=tech_sme}',
        caliber: '期内入库（认定）的科技型中小企业',
      }),
      fact({
        key: 'provincial-innovative',
        name: '省级科技创新型企业数',
        unit: '家',
        direction: 'higher',
        department: '科技',
        formula: 'enterprise.holding{tier=provincial_innovative}',
        caliber: '截至日有效期内的省级科技创新型企业',
      }),
      RD_SPENDING,
      GDP,
      RD_INTENSITY,
      manual({
        key: 'tech-contracts',
        name: '技术合同成交额',
        unit: '元',
        direction: 'higher',
        department: '科技',
        caliber: '技术合同认定登记系统登记的成交额（元），按期录入并注明来源',
      }),
      fact({
        key: 'platforms',
        name: '省级以上创新平台数',
        unit: '个',
        direction: 'higher',
        department: '科技',
        formula:
          'tech-platform.platforms{level=provincial,status=recognized} + tech-platform.platforms{level=national,status=recognized}',
        caliber: '已认定的省级、国家级孵化器、众创空间、研发中心等创新平台',
      }),
      COMMISSIONERS,
      fact({
        key: 'bids-signed',
        name: '揭榜项目数',
        unit: '项',
        direction: 'higher',
        department: '科技',
        formula: 'tech-demand.bid_signed',
        caliber: '期内成功揭榜并签订合同的项目',
      }),
      fact({
        key: 'funds-won',
        name: '争取上级资金',
        unit: '元',
        direction: 'higher',
        department: '科技',
        decimals: 2,
        formula:
          'project.funding{kind=grant,level=national} + project.funding{kind=grant,level=provincial} + project.funding{kind=grant,level=city}',
        caliber: '期内国家、省、市下达的项目资金（元）',
      }),
      fact({
        key: 'achievements',
        name: '科技成果登记数',
        unit: '项',
        direction: 'higher',
        department: '科技',
        formula: 'achievement.registered',
        caliber: '期内登记的科技成果',
      }),
      fact({
        key: 'cooperation',
        name: '院地院企合作项目数',
        unit: '项',
        direction: 'higher',
        department: '科技',
        formula: 'cooperation.projects-started',
        caliber: '期内签订的院地院企科技合作项目',
      }),
      TAX_DEDUCTION,
    ],
  },
  {
    name: '创新型县（市）建设监测指标（15 项）',
    description: '湖南创新型县（市）建设 15 项指标体系（docs/rules.md §5.5），可复制后按本省要求修改',
    definitions: [
      manual({
        key: 'fiscal-st-share',
        name: '本级财政科技支出占一般公共预算支出比重',
        unit: '%',
        direction: 'higher',
        department: '财政',
        caliber: '本级财政科学技术支出 ÷ 一般公共预算支出 × 100',
      }),
      manual({
        key: 'rd-staff-per-10k',
        name: '每万名就业人员中R&D人员数',
        unit: '人',
        direction: 'higher',
        department: '统计',
        caliber: 'R&D人员全时当量 ÷ 就业人员（万人）',
      }),
      RD_SPENDING,
      manual({
        key: 'above-scale-rd-share',
        name: '规上工业企业R&D经费支出占营业收入比重',
        unit: '%',
        direction: 'higher',
        department: '统计',
        caliber: '规模以上工业企业R&D经费 ÷ 营业收入 × 100',
      }),
      HIGH_TECH,
      fact({
        key: 'tech-sme-held',
        name: '科技型中小企业数',
        unit: '家',
        direction: 'higher',
        department: '科技',
        formula: 'enterprise.holding{tier=tech_sme}',
        caliber: '截至日有效期内（当年度入库）的科技型中小企业',
      }),
      manual({
        key: 'innovation-zones',
        name: '创新密集区数',
        unit: '个',
        direction: 'higher',
        department: '科技',
        decimals: 0,
        caliber: '园区、高新区等创新密集区',
      }),
      fact({
        key: 'service-institutions',
        name: '创新创业服务机构和研发机构数',
        unit: '个',
        direction: 'higher',
        department: '科技',
        formula: 'tech-platform.platforms{status=recognized}',
        caliber: '已认定的孵化器、众创空间、研发中心、引智基地等平台',
      }),
      TAX_DEDUCTION,
      COMMISSIONERS,
      manual({
        key: 'popsci-funds',
        name: '年度科普经费筹集额',
        unit: '元',
        direction: 'higher',
        department: '科技',
        caliber: '科普经费筹集额（元）',
      }),
      manual({
        key: 'new-product-share',
        name: '规上企业新产品销售收入占营业收入比重',
        unit: '%',
        direction: 'higher',
        department: '统计',
        caliber: '新产品销售收入 ÷ 营业收入 × 100',
      }),
      manual({
        key: 'patents-per-10k',
        name: '万人发明专利拥有量',
        unit: '件',
        direction: 'higher',
        department: '市场监管',
        caliber: '有效发明专利 ÷ 常住人口（万人）',
      }),
      manual({
        key: 'energy-per-gdp',
        name: '万元GDP综合能耗',
        unit: '吨标准煤',
        direction: 'lower',
        department: '统计',
        caliber: '综合能源消费量 ÷ 地区生产总值（万元）',
      }),
      manual({
        key: 'new-enterprises',
        name: '当年新注册企业数',
        unit: '家',
        direction: 'higher',
        department: '市场监管',
        decimals: 0,
        caliber: '市场监管部门登记的当年新设企业',
      }),
    ],
  },
];
