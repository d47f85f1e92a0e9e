import { PageContainer } from '@ant-design/pro-components';
import { Button } from 'antd';
import { SafetyCertificateOutlined } from '@ant-design/icons';
import { AuditLogTable } from '../modules/audit/AuditLogTable';
import { useVerifyChain } from '../modules/audit/use-verify-chain';
import { VerifyChainPanel } from '../modules/audit/VerifyChainPanel';
import { useCan } from '../modules/auth/use-can';

export default function AuditLogPage() {
  const verify = useVerifyChain();
  const canVerify = useCan('audit:log:verify');
  const button = (
    <Button
      key="verify"
      type="primary"
      icon={<SafetyCertificateOutlined />}
      loading={verify.phase === 'running'}
      onClick={verify.start}
    >
      校验审计链
    </Button>
  );
  return (
    <PageContainer content="所有变更与访问均逐条记录（含修改前后值），以 SM3 哈希链防篡改；查询日志本身也被记录。">
      <VerifyChainPanel state={verify} />
      <AuditLogTable toolbar={canVerify ? [button] : []} />
    </PageContainer>
  );
}
