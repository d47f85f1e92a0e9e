import { PageContainer } from '@ant-design/pro-components';
import { DictManager } from '../modules/dict/DictManager';

export default function DictsPage() {
  return (
    <PageContainer content="字典为各处下拉选项、列表标签和 Excel 模板下拉提供取值；字典值一经使用不可修改，不再使用时请停用。">
      <DictManager />
    </PageContainer>
  );
}
