import { Result } from 'antd';
import { EnterpriseDetail } from '../../modules/enterprise/detail/EnterpriseDetail';
import { useSession } from '../../modules/auth/use-session';

/** 我的企业: the enterprise user's own record, read-only; 高企自评 leads to the calculators. */
export default function MyEnterprisePage() {
  const { user } = useSession();
  if (!user?.enterpriseId) {
    return <Result status="info" title="账号未关联企业" subTitle="请联系县科技局业务人员为您的账号关联企业。" />;
  }
  return <EnterpriseDetail id={user.enterpriseId} readOnly title="我的企业" />;
}
