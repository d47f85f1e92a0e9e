import { PageContainer } from '@ant-design/pro-components';
import { ParamTable } from '../modules/params/ParamTable';

export default function SecurityPolicyPage() {
  return (
    <PageContainer content="口令复杂度、登录失败锁定与会话超时（等保 2.0 身份鉴别要求）。修改立即生效，并记入操作日志。">
      <ParamTable basePath="/security/policy" headerTitle="安全策略" />
    </PageContainer>
  );
}
