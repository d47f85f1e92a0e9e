import { PageContainer } from '@ant-design/pro-components';
import { useSearchParams } from 'react-router-dom';
import { DemandTable } from '../../modules/tech-demand/DemandTable';
import { useCan } from '../../modules/auth/use-can';
import { usePageTitle } from '../../ui/page-title';

/** /tech-demand/demands: the region's demand pool (staff; leaders read). */
export default function DemandsPage() {
  const [params] = useSearchParams();
  const canWrite = useCan('tech-demand:write');
  usePageTitle('需求库');
  return (
    <PageContainer content="企业提出的关键技术需求：征集入批次后经专家论证遴选，入选需求发榜，面向社会揭榜。">
      <DemandTable mode={canWrite ? 'staff' : 'leader'} ids={params.get('ids') ?? undefined} />
    </PageContainer>
  );
}
