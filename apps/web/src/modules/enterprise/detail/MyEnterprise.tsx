import { Result } from 'antd';
import { useSession } from '../../auth/use-session';
import { EnterpriseDetail } from './EnterpriseDetail';

/** 我的企业: the enterprise user's own record, read-only; 高企自评 leads to the calculators. */
export function MyEnterprise() {
  const { user } = useSession();
  if (!user?.enterpriseId) {
    return <Result status="info" title="账号未关联企业" subTitle="请联系县科技局业务人员为您的账号关联企业。" />;
  }
  return <EnterpriseDetail id={user.enterpriseId} readOnly title="我的企业" />;
}
