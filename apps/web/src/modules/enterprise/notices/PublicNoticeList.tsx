import { Link } from 'react-router-dom';
import { Empty, List, Tag, Typography } from 'antd';
import '../enterprise.css';
import type { TPublicNotice } from '@kechuang/domain';
import { cnDate } from './notice-dates';

/** 公示公告: the published notices, newest first, each linking to its page. */
export function PublicNoticeList({ notices }: { notices: TPublicNotice[] }) {
  return (
    <article className="kc-notice-paper">
      <div className="kc-notice-title">公示公告</div>
      {notices.length === 0 ? (
        <Empty description="暂无公示" />
      ) : (
        <List
          dataSource={notices}
          renderItem={(n) => (
            <List.Item extra={<Typography.Text type="secondary">{cnDate(n.startDate)}</Typography.Text>}>
              <List.Item.Meta
                title={
                  <>
                    <Link to={`/public/notices/${n.id}`}>{n.title}</Link>
                    {n.status === 'publicizing' && (
                      <Tag color="processing" style={{ marginInlineStart: 8 }}>
                        公示中
                      </Tag>
                    )}
                  </>
                }
                description={`公示期 ${cnDate(n.startDate)}至${cnDate(n.endDate)} · ${n.issuer} · ${n.items.length} 个单位`}
              />
            </List.Item>
          )}
        />
      )}
    </article>
  );
}
