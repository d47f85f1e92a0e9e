import { PageContainer } from '@ant-design/pro-components';
import { MyApplicationTable } from '../../modules/project/MyApplicationTable';

export default function MinePage() {
  return (
    <PageContainer content="本单位的项目申报：在受理期内新建、填写并提交；退回修改的申报书按意见修改后重新提交。">
      <MyApplicationTable />
    </PageContainer>
  );
}
