import type { MessageInstance } from 'antd/es/message/interface';
import type { ModalStaticFunctions } from 'antd/es/modal/confirm';
import type { NotificationInstance } from 'antd/es/notification/interface';
import { ApiError } from '../api/client';

interface Feedback {
  message: MessageInstance;
  notification: NotificationInstance;
  modal: Omit<ModalStaticFunctions, 'warn'>;
}

// antd's static message/modal cannot read ConfigProvider (locale, theme); <FeedbackBridge> hands us the App instances.
let feedback: Feedback | null = null;

export function setFeedback(next: Feedback): void {
  feedback = next;
}

/** antd message/notification/modal bound to the app's ConfigProvider. */
export function getFeedback(): Feedback {
  if (!feedback) throw new Error('<FeedbackBridge> is not mounted');
  return feedback;
}

/** Shows an error's Chinese message; anything that is not an ApiError gets a generic text. */
export function showError(e: unknown): void {
  const text = e instanceof ApiError ? e.message : '操作失败，请稍后重试';
  if (!(e instanceof ApiError)) console.error(e);
  getFeedback().message.error(text);
}

export function showSuccess(text: string): void {
  getFeedback().message.success(text);
}
