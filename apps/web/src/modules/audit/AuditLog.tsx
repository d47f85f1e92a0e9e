import { Button } from 'antd';
import { SafetyCertificateOutlined } from '@ant-design/icons';
import { useCan } from '../auth/use-can';
import { AuditLogTable } from './AuditLogTable';
import { useVerifyChain } from './use-verify-chain';
import { VerifyChainPanel } from './VerifyChainPanel';

/** 操作日志 with 校验审计链 for those allowed: the verification runs as a job and its result shows above the list. */
export function AuditLog() {
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
    <>
      <VerifyChainPanel state={verify} />
      <AuditLogTable toolbar={canVerify ? [button] : []} />
    </>
  );
}
