import { useSearchParams } from 'react-router-dom';
import type { TAchievement } from '@kechuang/domain';
import type { AchievementPrefill } from '../../modules/achievement/AchievementFormDrawer';
import { coopProjectApi } from '../../modules/cooperation/cooperation.api';
import { showSuccess } from '../../ui/feedback';

/**
 * A cooperation output's 登记为科技成果 opens a registration page with ?new=1&name=&enterpriseId=&coopProjectId=
 * &coopOutputId=: the new registration starts from the output, and once saved it is linked back to the output.
 */
export function useRegistrationFromOutput(): {
  prefill?: AchievementPrefill;
  onCreated?: (saved: TAchievement) => Promise<void>;
} {
  const [params] = useSearchParams();
  if (params.get('new') !== '1') return {};
  const enterpriseId = Number(params.get('enterpriseId'));
  const projectId = Number(params.get('coopProjectId'));
  const outputId = Number(params.get('coopOutputId'));
  return {
    prefill: { name: params.get('name') ?? undefined, ...(enterpriseId > 0 ? { enterpriseId } : {}) },
    onCreated:
      projectId > 0 && outputId > 0
        ? async (saved) => {
            await coopProjectApi.linkAchievement(projectId, outputId, saved.id);
            showSuccess('已关联到合作成果');
          }
        : undefined,
  };
}
