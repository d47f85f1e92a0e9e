import { PageContainer } from '@ant-design/pro-components';
import { useSearchParams } from 'react-router-dom';
import { TechPlatformRecordTable } from '../../modules/tech-platform/TechPlatformRecordTable';

export default function TechPlatformRecordsPage() {
  const [params] = useSearchParams();
  return (
    <PageContainer content="创新平台：按登记日期登记，金额以万元显示；导出内容与当前筛选一致。">
      <TechPlatformRecordTable ids={params.get('ids') ?? undefined} />
    </PageContainer>
  );
}
