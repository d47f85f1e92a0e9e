import { Table, Tag } from 'antd';
import '../enterprise.css';
import type { TNoticeItem, TPublicNotice } from '@kechuang/domain';
import { cnDate } from './notice-dates';

/**
 * A 公示 in the printed format: title, basis, the list, 公示期, how to object, contacts, issuer and date. It lists
 * units only (name, credit code, tier) — never personal data.
 */
export function PublicNoticeView({ notice: n }: { notice: TPublicNotice }) {
  const withBatch = n.items.some((i) => i.batch);
  return (
    <article className="kc-notice-paper">
      <div className="kc-notice-title">{n.title}</div>
      <p>{n.basis}</p>
      <p>公示名单如下：</p>
      <Table<TNoticeItem>
        size="small"
        bordered
        pagination={false}
        rowKey="creditCode"
        dataSource={n.items}
        style={{ margin: '8px 0 20px' }}
        columns={[
          { title: '序号', width: 64, align: 'center', render: (_v, _r, i) => i + 1 },
          { title: '单位名称', dataIndex: 'enterpriseName' },
          { title: '统一社会信用代码', dataIndex: 'creditCode', width: 200 },
          { title: '类别', dataIndex: 'tier', width: 170 },
          ...(withBatch ? [{ title: '批次', dataIndex: 'batch', width: 130 }] : []),
        ]}
      />
      <p>
        公示期：{cnDate(n.startDate)}至{cnDate(n.endDate)}（{n.workingDays} 个工作日）。
        {n.status === 'ended' ? (
          <Tag style={{ marginInlineStart: 8 }}>公示已结束</Tag>
        ) : (
          <Tag color="processing" style={{ marginInlineStart: 8 }}>
            公示中
          </Tag>
        )}
      </p>
      <p>
        公示期内，任何单位和个人对公示对象有异议的，可以书面形式向{n.issuer}
        提出，并提供必要的证明材料。单位提出异议的须加盖本单位公章，个人提出异议的须签署真实姓名并注明联系方式。逾期或匿名提出的异议不予受理。
      </p>
      {n.contact && <p>联系方式：{n.contact}</p>}
      {n.supervisionPhone && <p>监督电话：{n.supervisionPhone}</p>}
      <div className="kc-notice-sign">
        <div>{n.issuer}</div>
        <div>{cnDate(n.startDate)}</div>
      </div>
    </article>
  );
}
