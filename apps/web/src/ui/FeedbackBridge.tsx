import { useEffect } from 'react';
import { App } from 'antd';
import { setFeedback } from './feedback';

/** Publishes antd's context-aware message/notification/modal to non-component code (error helpers). */
export function FeedbackBridge() {
  const { message, notification, modal } = App.useApp();
  useEffect(() => setFeedback({ message, notification, modal }), [message, notification, modal]);
  // Set synchronously too, so effects of children that run first can already report errors.
  setFeedback({ message, notification, modal });
  return null;
}
