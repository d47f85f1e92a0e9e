import { PageContainer } from '@ant-design/pro-components';
import { AuditLog } from '../modules/audit/AuditLog';

export default function AuditLogPage() {
  return (
    <PageContainer content="所有变更与访问均逐条记录（含修改前后值），以 SM3 哈希链防篡改；查询日志本身也被记录。">
      <AuditLog />
    </PageContainer>
  );
}
