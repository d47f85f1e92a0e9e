import { MyEnterprise } from '../../modules/enterprise/detail/MyEnterprise';

export default function MyEnterprisePage() {
  return <MyEnterprise />;
}
