import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { BellOutlined } from '@ant-design/icons';
import { Badge, Button, Empty, Flex, Popover, Typography } from 'antd';
import type { TMessage } from '@kechuang/domain';
import { useI18n } from '../../i18n/use-i18n';
import { showError } from '../../ui/feedback';
import { formatDateTime } from '../../ui/format';
import { inboxStore } from './inbox-store';
import { messagesApi } from './messages.api';
import { useInbox } from './use-inbox';

function MessageLine({ m, onOpen }: { m: TMessage; onOpen: (m: TMessage) => void }) {
  return (
    <div className="kc-bell-item" onClick={() => onOpen(m)} role="button" tabIndex={0}>
      <Flex justify="space-between" gap={8}>
        <Typography.Text strong={!m.readAt} ellipsis style={{ maxWidth: 230 }}>
          {!m.readAt && <Badge status="processing" style={{ marginRight: 6 }} />}
          {m.title}
        </Typography.Text>
        <Typography.Text type="secondary" style={{ fontSize: 12, whiteSpace: 'nowrap' }}>
          {formatDateTime(m.createdAt)}
        </Typography.Text>
      </Flex>
      <Typography.Paragraph type="secondary" ellipsis={{ rows: 2 }} style={{ margin: 0, fontSize: 12 }}>
        {m.body}
      </Typography.Paragraph>
    </div>
  );
}

/** The header bell: unread badge (polled every 30 s) and the newest messages. */
export function MessageBell() {
  const { t } = useI18n();
  const { unread, recent } = useInbox(true);
  const [open, setOpen] = useState(false);
  const navigate = useNavigate();

  const markAll = async () => {
    try {
      await messagesApi.markRead();
      await inboxStore.refresh();
    } catch (e) {
      showError(e);
    }
  };

  const openMessage = async (m: TMessage) => {
    setOpen(false);
    if (!m.readAt) await messagesApi.markRead([m.id]).then(() => inboxStore.refresh(), showError);
    navigate(m.link ?? '/messages');
  };

  const content = (
    <div style={{ width: 340 }}>
      {recent.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('noMessages')} />
      ) : (
        recent.map((m) => <MessageLine key={m.id} m={m} onOpen={openMessage} />)
      )}
      <Flex justify="space-between" style={{ borderTop: '1px solid #f0f0f0', paddingTop: 8, marginTop: 4 }}>
        <Button type="link" size="small" disabled={unread === 0} onClick={markAll}>
          {t('markAllRead')}
        </Button>
        <Link to="/messages" onClick={() => setOpen(false)}>
          <Button type="link" size="small">
            {t('viewAllMessages')}
          </Button>
        </Link>
      </Flex>
    </div>
  );

  return (
    <Popover
      trigger="click"
      placement="bottomRight"
      open={open}
      onOpenChange={setOpen}
      title={unread > 0 ? `${t('messages')} · ${t('unreadCount', { n: unread })}` : t('messages')}
      content={content}
    >
      <span className="kc-header-action" aria-label={t('messages')} title={t('messages')}>
        <Badge count={unread} size="small" overflowCount={99}>
          <BellOutlined style={{ fontSize: 16 }} />
        </Badge>
      </span>
    </Popover>
  );
}
