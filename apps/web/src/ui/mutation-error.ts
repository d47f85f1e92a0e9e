import type { FormInstance } from 'antd';
import { ApiError } from '../api/client';
import { getFeedback, showError } from './feedback';

interface Options {
  /** The form whose fields should show `details[].field` problems under the inputs. */
  form?: FormInstance | null;
  /** Reloads the data after a 409 VERSION_CONFLICT, so the user sees what the other person saved. */
  reload?: () => void;
}

/** The one way a failed save is shown: field errors under inputs, a conflict dialog, or a message. */
export function handleMutationError(e: unknown, { form, reload }: Options = {}): void {
  if (e instanceof ApiError && e.code === 'VERSION_CONFLICT') {
    getFeedback().modal.warning({
      title: '数据已被他人修改',
      content: e.message,
      okText: '刷新数据',
      onOk: () => reload?.(),
    });
    return;
  }
  if (e instanceof ApiError && form) {
    // Only fields the form actually renders; other details fall back to the message below.
    const known = new Set(Object.keys(form.getFieldsValue() as object));
    const byField = new Map<string, string[]>();
    for (const p of e.fieldProblems) {
      if (!known.has(p.field)) continue;
      byField.set(p.field, [...(byField.get(p.field) ?? []), p.message]);
    }
    if (byField.size > 0) {
      form.setFields([...byField].map(([name, errors]) => ({ name, errors })));
      return;
    }
  }
  showError(e);
}
