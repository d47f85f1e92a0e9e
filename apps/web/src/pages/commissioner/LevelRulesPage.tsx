import { PageContainer } from '@ant-design/pro-components';
import { LevelRulesTable } from '../../modules/commissioner/LevelRulesTable';

export default function LevelRulesPage() {
  return (
    <PageContainer content="各级科技特派员的选派条件和服务要求。省级按甘科农函〔2025〕94号；市级、县级无公开细则，为本局设定，可按实际修改（留痕）。">
      <LevelRulesTable />
    </PageContainer>
  );
}
