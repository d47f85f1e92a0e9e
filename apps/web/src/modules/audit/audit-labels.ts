import { AUDIT_LABELS } from '@kechuang/domain';

/** The 操作 filter: every whole action, and each subject's actions together (the server matches by prefix). */
export const AUDIT_ACTION_FILTER: Record<string, string> = {
  ...AUDIT_LABELS.actions,
  ...Object.fromEntries(
    Object.entries(AUDIT_LABELS.subjects).map(([code, label]) => [`${code}.`, `${label}（全部操作）`]),
  ),
};

export const LOGIN_ACTION_LABELS: Record<string, string> = {
  'auth.login': AUDIT_LABELS.actions['auth.login'],
  'auth.logout': AUDIT_LABELS.actions['auth.logout'],
  'auth.change-password': AUDIT_LABELS.actions['auth.change-password'],
};
