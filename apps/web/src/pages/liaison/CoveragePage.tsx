import { PageContainer } from '@ant-design/pro-components';
import { CoverageView } from '../../modules/liaison/CoverageView';
import { usePageTitle } from '../../ui/page-title';

export default function CoveragePage() {
  usePageTitle('包联覆盖');
  return (
    <PageContainer content="本季度包联企业的走访覆盖率，以及未办结和逾期的企业诉求（按干部、按乡镇）。">
      <CoverageView />
    </PageContainer>
  );
}
