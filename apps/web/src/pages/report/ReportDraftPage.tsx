import { useParams } from 'react-router-dom';
import { PageContainer } from '@ant-design/pro-components';
import { ReportDraft } from '../../modules/report/draft/ReportDraft';
import { usePageTitle } from '../../ui/page-title';

/** /reports/:id: one report's draft. */
export default function ReportDraftPage() {
  usePageTitle('工作总结草稿');
  const id = Number(useParams().id);
  return (
    <PageContainer title="工作总结" onBack={() => history.back()}>
      <ReportDraft key={id} id={id} />
    </PageContainer>
  );
}
