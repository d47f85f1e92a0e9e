import { PageContainer } from '@ant-design/pro-components';
import { MyServiceLogs } from '../../modules/commissioner/service-log/MyServiceLogs';

/** /commissioner/my-logs: a commissioner's own logs and day counter, made for the phone. */
export default function MyServiceLogsPage() {
  return (
    <PageContainer breadcrumbRender={false} childrenContentStyle={{ padding: 12 }}>
      <MyServiceLogs />
    </PageContainer>
  );
}
