import type { Kysely } from 'kysely';
import { evidenceKindsOf, EVIDENCE_KIND_LABELS, EVIDENCE_KINDS, type AchievementCategory } from '@kechuang/domain';
import { defineAttachmentOwner } from '../../platform/attachments/attachment-owner';
import { attachmentsOf } from '../../platform/attachments/attachments.repository';
import type { DB } from '../../platform/db/schema';
import { AppError } from '../../platform/errors';
import { applicantActor } from './achievement.policy';
import { readAchievement } from './read-achievement';
import { assertEditable } from './update-achievement';

/**
 * A registration's evidence (docs/rules.md §5.3), one slot per kind: the unit (or staff on its behalf) changes it
 * while the registration is a draft or returned, and only in the kinds its 类别 takes.
 */
export const ACHIEVEMENT_ATTACHMENTS = defineAttachmentOwner({
  type: 'achievement.record',
  label: '科技成果登记',
  slots: Object.fromEntries(EVIDENCE_KINDS.map((k) => [k, { label: EVIDENCE_KIND_LABELS[k] }])),
  async read(db, auth, id) {
    const a = await readAchievement(db, auth, id);
    return { regionCode: a.region_code };
  },
  async assertCanChange(db, auth, id, slot) {
    const a = await readAchievement(db, auth, id);
    const { onBehalf } = applicantActor(auth, a);
    assertEditable(a.status);
    if (!(evidenceKindsOf(a.category as AchievementCategory) as readonly string[]).includes(slot)) {
      const message = `该类别的成果登记不需要“${EVIDENCE_KIND_LABELS[slot as keyof typeof EVIDENCE_KIND_LABELS]}”`;
      throw new AppError('VALIDATION_FAILED', message, [{ field: 'kind', message }]);
    }
    return { onBehalf };
  },
});

/** The evidence files of registrations, in upload order. */
export function filesOfAchievement(db: Kysely<DB>, id: number) {
  return attachmentsOf(db, ACHIEVEMENT_ATTACHMENTS.type, [id]);
}
