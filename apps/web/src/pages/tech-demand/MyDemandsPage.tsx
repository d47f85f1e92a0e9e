import { PageContainer } from '@ant-design/pro-components';
import { DemandTable } from '../../modules/tech-demand/DemandTable';
import { usePageTitle } from '../../ui/page-title';

/** /tech-demand/mine: the enterprise's own demands. */
export default function MyDemandsPage() {
  usePageTitle('我的需求');
  return (
    <PageContainer content="本单位的技术需求：填报后选择正在征集的榜单批次提交；退回修改的需求请修改后重新提交。">
      <DemandTable mode="enterprise" />
    </PageContainer>
  );
}
