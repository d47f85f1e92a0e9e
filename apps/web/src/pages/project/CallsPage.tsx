import { PageContainer } from '@ant-design/pro-components';
import { CallTable } from '../../modules/project/CallTable';

export default function CallsPage() {
  return (
    <PageContainer content="项目批次：类别、级别、受理期、申报指南、申报表与评审规则；发布后企业用户在受理期内可申报。">
      <CallTable />
    </PageContainer>
  );
}
