/** The kinds of message in the bell and on 我的消息; every message names one, and each reads in Chinese. */
export const MESSAGE_CATEGORY_LABELS = {
  system: '系统通知',
  job: '任务完成',
  todo: '待办',
  deadline: '截止提醒',
  rd: '研发经费填报',
  alert: '预警',
} as const;
export type MessageCategory = keyof typeof MESSAGE_CATEGORY_LABELS;
