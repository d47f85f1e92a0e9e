import { PageContainer } from '@ant-design/pro-components';
import { MyRdReports } from '../../modules/rd/mine/MyRdReports';

export default function MinePage() {
  return (
    <PageContainer content="本单位的研发经费填报任务。点击任务填写或查看填报表；被退回时请按退回原因修改后重新提交。">
      <MyRdReports />
    </PageContainer>
  );
}
