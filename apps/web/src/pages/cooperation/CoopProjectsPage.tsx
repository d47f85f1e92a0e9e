import { PageContainer } from '@ant-design/pro-components';
import { useSearchParams } from 'react-router-dom';
import { CoopProjectTable } from '../../modules/cooperation/CoopProjectTable';

export default function CoopProjectsPage() {
  const [params] = useSearchParams();
  return (
    <PageContainer content="院地院企合作项目：企业与高校、科研院所的科技合作，含里程碑、合作成果与状态记录；金额以万元显示，导出内容与当前筛选一致。">
      <CoopProjectTable ids={params.get('ids') ?? undefined} />
    </PageContainer>
  );
}
