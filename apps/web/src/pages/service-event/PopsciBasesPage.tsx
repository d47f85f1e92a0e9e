import { PageContainer } from '@ant-design/pro-components';
import { PopsciBaseTable } from '../../modules/service-event/PopsciBaseTable';

/** /service-event/popsci-bases: each 科普基地's open days in a year. */
export default function PopsciBasesPage() {
  return (
    <PageContainer>
      <PopsciBaseTable />
    </PageContainer>
  );
}
