import type { Kysely } from 'kysely';
import { missingEvidence, missingEvidenceMessage, type AchievementCategory } from '@kechuang/domain';
import type { DB } from '../../platform/db/schema';
import { AppError } from '../../platform/errors';
import type { UseCaseContext } from '../../platform/http/types';
import { filesOfAchievement } from './achievement-attachments';
import { moveAchievement, type MoveRequest } from './move-achievement';

/**
 * 提交登记 (a draft, or a returned registration corrected): by the first completing unit or staff on its behalf,
 * refused naming every piece of evidence its 类别 requires that is not attached (docs/rules.md §5.3, [S51]).
 */
export async function submitAchievement(db: Kysely<DB>, ctx: UseCaseContext, req: MoveRequest) {
  return moveAchievement(db, ctx, 'submit', req, {
    check: async (row, read) => {
      const category = row.category as AchievementCategory;
      const missing = missingEvidence(
        category,
        (await filesOfAchievement(read, row.id)).map((f) => f.slot),
      );
      if (missing.length === 0) return;
      const message = missingEvidenceMessage(category, missing);
      throw new AppError('VALIDATION_FAILED', message, [{ field: 'files', message }]);
    },
  });
}
