import { PageContainer } from '@ant-design/pro-components';
import { CallTable } from '../../modules/tech-demand/CallTable';
import { usePageTitle } from '../../ui/page-title';

/** /tech-demand/calls: the bureau's calls (榜单批次). */
export default function CallsPage() {
  usePageTitle('榜单批次');
  return (
    <PageContainer content="按批次征集企业技术需求：征集期内企业提交，截止后开始专家论证，确认排名后入选需求发榜。">
      <CallTable />
    </PageContainer>
  );
}
