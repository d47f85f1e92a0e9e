import { PageContainer } from '@ant-design/pro-components';
import { AchievementTable } from '../../modules/achievement/AchievementTable';
import { useRegistrationFromOutput } from './from-cooperation-output';

/** 我的成果登记: an enterprise user's own registrations (the server scopes the list to its enterprise). */
export default function MyAchievementsPage() {
  const fromOutput = useRegistrationFromOutput();
  return (
    <PageContainer content="本单位的科技成果登记：填写登记表、上传证明材料后提交，县科技局审核推荐后登记。">
      <AchievementTable mine {...fromOutput} />
    </PageContainer>
  );
}
