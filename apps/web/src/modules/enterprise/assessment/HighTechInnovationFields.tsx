import { ProFormSelect, ProFormSwitch } from '@ant-design/pro-components';
import { Divider } from 'antd';
import { CountField } from './CountField';

const half = { colProps: { span: 12 } };
const grades = (words: string[]) => ['A', 'B', 'C', 'D', 'E'].map((g, i) => ({ value: g, label: `${g} ${words[i]}` }));
const ADVANCEMENT = grades(['高', '较高', '一般', '较低', '无']);
const CORE_SUPPORT = grades(['强', '较强', '一般', '较弱', '无']);

/** The expert-scored part of 创新能力评价, self-assessed: the calculator shows both ends of each band. */
export function HighTechInnovationFields() {
  return (
    <>
      <Divider orientation="left" plain style={{ margin: '4px 0 12px' }}>
        知识产权（专家评分项，自评）
      </Divider>
      <ProFormSelect
        name={['innovation', 'ip', 'advancement']}
        label="技术的先进程度"
        options={ADVANCEMENT}
        allowClear={false}
        {...half}
      />
      <ProFormSelect
        name={['innovation', 'ip', 'coreSupport']}
        label="对主要产品的核心支持作用"
        options={CORE_SUPPORT}
        allowClear={false}
        {...half}
      />
      <CountField name={['innovation', 'ip', 'classICount']} label="Ⅰ类知识产权" unit="项" />
      <CountField name={['innovation', 'ip', 'classIICount']} label="Ⅱ类知识产权" unit="项" />
      <ProFormSwitch name={['innovation', 'ip', 'selfDeveloped']} label="有自主研发取得的" {...half} />
      <ProFormSwitch name={['innovation', 'ip', 'standardParticipation']} label="参与编制标准" {...half} />
      <Divider orientation="left" plain style={{ margin: '4px 0 12px' }}>
        研究开发组织管理水平
      </Divider>
      <ProFormSwitch
        name={['innovation', 'management', 'rdManagementSystem']}
        label="研发组织管理制度与辅助账"
        {...half}
      />
      <ProFormSwitch
        name={['innovation', 'management', 'rdInstitutionAndCooperation']}
        label="内部研发机构与产学研合作"
        {...half}
      />
      <ProFormSwitch
        name={['innovation', 'management', 'conversionIncentive']}
        label="成果转化激励制度与创新平台"
        {...half}
      />
      <ProFormSwitch
        name={['innovation', 'management', 'talentSystem']}
        label="人才培养、引进与绩效奖励制度"
        {...half}
      />
    </>
  );
}
