import { PageContainer } from '@ant-design/pro-components';
import { useSearchParams } from 'react-router-dom';
import { LiaisonRecordTable } from '../../modules/liaison/LiaisonRecordTable';

export default function LiaisonRecordsPage() {
  const [params] = useSearchParams();
  return (
    <PageContainer content="干部包企业：按登记日期登记，金额以万元显示；导出内容与当前筛选一致。">
      <LiaisonRecordTable ids={params.get('ids') ?? undefined} />
    </PageContainer>
  );
}
