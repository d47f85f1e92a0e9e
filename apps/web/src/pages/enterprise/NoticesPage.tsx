import { PageContainer } from '@ant-design/pro-components';
import { NoticeTable } from '../../modules/enterprise/notices/NoticeTable';

export default function NoticesPage() {
  return (
    <PageContainer content="公示只列单位名称、信用代码与梯度，不含个人信息；公示期按工作日计算，自动扣除法定节假日。">
      <NoticeTable />
    </PageContainer>
  );
}
