import { Tag } from 'antd';
import { APPLICATION_STATE_LABELS, type ApplicationState } from '@kechuang/domain';

const COLORS: Record<ApplicationState, string> = {
  draft: 'default',
  submitted: 'processing',
  county_review: 'blue',
  returned: 'warning',
  recommended: 'cyan',
  approved: 'success',
  rejected: 'error',
  in_progress: 'geekblue',
  midterm: 'purple',
  accepted: 'green',
  terminated: 'red',
};

/** An application's state as a coloured tag. */
export function StateTag({ state }: { state: ApplicationState }) {
  return (
    <Tag color={COLORS[state]} bordered={false}>
      {APPLICATION_STATE_LABELS[state]}
    </Tag>
  );
}

export const PHASE_TAGS: Record<string, { text: string; color: string }> = {
  'not-open': { text: '未开始', color: 'default' },
  open: { text: '受理中', color: 'green' },
  closed: { text: '已截止', color: 'orange' },
};

/** Attachment download link: the server checks access on GET /attachments/:id. */
export function attachmentHref(id: number): string {
  return `/api/v1/attachments/${id}`;
}
