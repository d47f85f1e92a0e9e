import { PageContainer } from '@ant-design/pro-components';
import { TalentBaseList } from '../../modules/foreign-expert/TalentBaseList';
import { usePageTitle } from '../../ui/page-title';

export default function TalentBasesPage() {
  usePageTitle('引智基地');
  return (
    <PageContainer content="本辖区的引智基地（在创新平台中按类别“引智基地”登记、认定），及关联的外国专家和来访指导。">
      <TalentBaseList />
    </PageContainer>
  );
}
