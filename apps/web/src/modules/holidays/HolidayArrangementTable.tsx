import { useRef, useState } from 'react';
import { ProTable, type ActionType, type ProColumns } from '@ant-design/pro-components';
import { Alert, Button, Popconfirm, Space, Typography } from 'antd';
import { LinkOutlined, PlusOutlined } from '@ant-design/icons';
import type { THolidayArrangement } from '@kechuang/domain';
import { showSuccess } from '../../ui/feedback';
import { handleMutationError } from '../../ui/mutation-error';
import { tableRequest } from '../../ui/table-request';
import { HolidayArrangementModal } from './HolidayArrangementModal';

import { coverageOf } from './holiday-coverage';
import { holidaysApi } from './holidays.api';

type Dialog = { arrangement: THolidayArrangement | null } | null;

const md = (iso: string) => `${Number(iso.slice(5, 7))}月${Number(iso.slice(8, 10))}日`;
const range = (from: string, to: string) =>
  from === to ? md(from) : `${from.slice(0, 4) !== to.slice(0, 4) ? `${from.slice(0, 4)}年` : ''}${md(from)}–${md(to)}`;

const columns: ProColumns<THolidayArrangement>[] = [
  { title: '年份', dataIndex: 'year', width: 80 },
  {
    title: '国务院通知',
    dataIndex: 'noticeNo',
    width: 300,
    render: (_d, a) => (
      <Space direction="vertical" size={0}>
        <Typography.Text>{a.noticeNo}</Typography.Text>
        {a.noticeUrl ? (
          <a href={a.noticeUrl} target="_blank" rel="noreferrer">
            <LinkOutlined /> {a.noticeTitle}
          </a>
        ) : (
          <Typography.Text type="secondary">{a.noticeTitle}</Typography.Text>
        )}
      </Space>
    ),
  },
  {
    title: '放假（调休上班）',
    dataIndex: 'holidays',
    render: (_d, a) => (
      <Space direction="vertical" size={0}>
        {a.holidays.map((h) => (
          <span key={`${h.name}-${h.from}`}>
            {h.name}：{range(h.from, h.to)}
            {h.workdays.length > 0 && (
              <Typography.Text type="secondary">（{h.workdays.map(md).join('、')} 上班）</Typography.Text>
            )}
          </span>
        ))}
      </Space>
    ),
  },
  { title: '更新时间', dataIndex: 'updatedAt', valueType: 'dateTime', width: 170 },
];

/** 节假日安排: one row per year; the alert says how far the table reaches and what happens after it. */
export function HolidayArrangementTable() {
  const actionRef = useRef<ActionType>(undefined);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [years, setYears] = useState<number[] | null>(null);
  const reload = () => actionRef.current?.reload();
  const coverage = years ? coverageOf(years) : null;

  const remove = async (a: THolidayArrangement) => {
    try {
      await holidaysApi.remove(a.year, a.version);
      showSuccess(`已删除 ${a.year} 年节假日安排`);
      reload();
    } catch (e) {
      handleMutationError(e, { reload });
    }
  };

  return (
    <>
      {coverage && (
        <Alert
          type={coverage.type}
          showIcon
          message={coverage.message}
          description={coverage.description}
          style={{ marginBottom: 16 }}
        />
      )}
      <ProTable<THolidayArrangement>
        rowKey="year"
        headerTitle="各年节假日安排"
        actionRef={actionRef}
        request={tableRequest<THolidayArrangement>(async () => {
          const rows = await holidaysApi.list();
          setYears(rows.map((a) => a.year));
          return rows;
        })}
        columns={[
          ...columns,
          {
            title: '操作',
            valueType: 'option',
            width: 110,
            render: (_d, a) => (
              <Space size={12}>
                <Typography.Link onClick={() => setDialog({ arrangement: a })}>编辑</Typography.Link>
                <Popconfirm
                  title={`删除 ${a.year} 年节假日安排？`}
                  description="删除后该年按法定节假日规则推算（不含调休），公示截止日期会带推算提示。"
                  onConfirm={() => remove(a)}
                >
                  <Typography.Link type="danger">删除</Typography.Link>
                </Popconfirm>
              </Space>
            ),
          },
        ]}
        search={false}
        pagination={false}
        toolBarRender={() => [
          <Button key="add" type="primary" icon={<PlusOutlined />} onClick={() => setDialog({ arrangement: null })}>
            录入节假日安排
          </Button>,
        ]}
      />
      {dialog && (
        <HolidayArrangementModal
          key={dialog.arrangement?.year ?? 'new'}
          arrangement={dialog.arrangement}
          nextYear={coverage?.nextYear ?? new Date().getFullYear() + 1}
          onClose={() => setDialog(null)}
          onSaved={() => {
            setDialog(null);
            reload();
          }}
        />
      )}
    </>
  );
}
