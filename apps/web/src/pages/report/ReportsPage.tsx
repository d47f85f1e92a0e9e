import { PageContainer } from '@ant-design/pro-components';
import { ReportTable } from '../../modules/report/ReportTable';
import { usePageTitle } from '../../ui/page-title';

/** /reports: the half-year and annual work reports the system writes from its records. */
export default function ReportsPage() {
  usePageTitle('工作总结');
  return (
    <PageContainer content="按区划和统计期间由系统记录生成工作总结：每个数字都可追溯到其背后的记录；草稿可编辑、重新生成、脱敏、定稿，并导出 GB/T 9704 格式的 DOCX / PDF。">
      <ReportTable />
    </PageContainer>
  );
}
