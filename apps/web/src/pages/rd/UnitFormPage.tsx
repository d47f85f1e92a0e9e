import { useParams } from 'react-router-dom';
import { PageContainer } from '@ant-design/pro-components';
import { RdUnitFormView } from '../../modules/rd/RdUnitFormView';

/** A unit's R&D form: the enterprise fills its own, staff fill on behalf or review; the server checks access. */
export default function UnitFormPage() {
  const id = Number(useParams().id);
  return (
    <PageContainer
      title="研发经费填报表"
      content="按统计报表 107-1、107-2 要点填报，金额单位：元。保存时自动核查，错误须改正，提示须填写情况说明后方可提交。"
    >
      <RdUnitFormView key={id} id={id} />
    </PageContainer>
  );
}
