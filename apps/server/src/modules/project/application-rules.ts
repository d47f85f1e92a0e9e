import {
  APPLICATION_STATE_LABELS,
  EDITABLE_STATES,
  checkFormData,
  type ApplicationState,
  type TFormField,
} from '@kechuang/domain';
import { AppError } from '../../platform/errors';

/** States in which an application is a project that can receive money. */
export const FUNDABLE_STATES = ['approved', 'in_progress', 'midterm', 'accepted', 'terminated'];

/** Refuses form data that does not fit the call's form (unknown keys, wrong types); required fields wait for submission. */
export function assertFormData(form: unknown, data: Record<string, unknown>): void {
  const problems = checkFormData((form ?? []) as TFormField[], data, new Set(), 'save');
  if (problems.length) {
    throw new AppError('VALIDATION_FAILED', `申报表填写有误：${problems.map((p) => p.message).join('；')}`, problems);
  }
}

/** Refuses changing an application that has left 草稿/退回修改. */
export function assertEditable(state: string): void {
  if (!EDITABLE_STATES.includes(state as ApplicationState)) {
    throw new AppError(
      'CONFLICT',
      `申报书当前为“${APPLICATION_STATE_LABELS[state as ApplicationState] ?? state}”，只有草稿或退回修改的申报书可以修改`,
    );
  }
}
