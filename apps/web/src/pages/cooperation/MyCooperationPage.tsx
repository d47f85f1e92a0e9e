import { PageContainer } from '@ant-design/pro-components';
import { AgreementTable } from '../../modules/cooperation/AgreementTable';
import { CoopProjectTable } from '../../modules/cooperation/CoopProjectTable';

export default function MyCooperationPage() {
  return (
    <PageContainer content="本单位参与的院地院企合作项目与合作协议：可在项目详情中填报里程碑进展与合作成果。">
      <CoopProjectTable mine />
      <div style={{ height: 16 }} />
      <AgreementTable />
    </PageContainer>
  );
}
