import type { ProColumns } from '@ant-design/pro-components';
import { Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { auditActionLabel, objectTypeLabel, type TAuditEntry } from '@kechuang/domain';
import { formatDateTimeSeconds } from '../../ui/format';
import { AUDIT_ACTION_FILTER, LOGIN_ACTION_LABELS } from './audit-labels';

const reasonOf = (e: TAuditEntry) => {
  const d = e.details as { reason?: unknown } | null;
  return typeof d?.reason === 'string' ? d.reason : null;
};

/** Columns and filters of 操作日志 / 登录日志; the time range is sent as ISO instants (from inclusive, to exclusive). */
export function auditColumns(loginOnly: boolean): ProColumns<TAuditEntry>[] {
  const actions = loginOnly ? LOGIN_ACTION_LABELS : AUDIT_ACTION_FILTER;
  return [
    { title: '编号', dataIndex: 'id', width: 80, search: false },
    { title: '时间', dataIndex: 'at', width: 170, search: false, render: (_d, e) => formatDateTimeSeconds(e.at) },
    {
      title: '时间范围',
      dataIndex: 'range',
      valueType: 'dateTimeRange',
      hideInTable: true,
      search: {
        transform: (v: [string, string]) => ({ from: dayjs(v[0]).toISOString(), to: dayjs(v[1]).toISOString() }),
      },
    },
    {
      title: loginOnly ? '登录账号' : '操作人',
      dataIndex: 'actor',
      width: 130,
      render: (_d, e) => e.actorName ?? <Typography.Text type="secondary">系统</Typography.Text>,
    },
    { title: 'IP 地址', dataIndex: 'ip', width: 130, search: false },
    // Searched by, not shown: the id a server log line or an error report names leads to the row it wrote.
    { title: '请求编号', dataIndex: 'requestId', hideInTable: true },
    {
      title: '操作',
      dataIndex: 'action',
      width: 170,
      valueType: 'select',
      valueEnum: Object.fromEntries(Object.entries(actions).map(([k, v]) => [k, { text: v }])),
      // Dozens of actions: let the auditor type 修改 or 登录 instead of scrolling.
      fieldProps: { showSearch: true },
      render: (_d, e) => auditActionLabel(e.action),
    },
    {
      title: '对象',
      dataIndex: 'objectType',
      width: 230,
      ellipsis: true,
      search: false,
      hideInTable: loginOnly,
      render: (_d, e) =>
        e.objectType ? `${objectTypeLabel(e.objectType)}${e.objectId ? `（编号 ${e.objectId}）` : ''}` : '-',
    },
    {
      title: '结果',
      dataIndex: 'result',
      width: 90,
      search: false,
      render: (_d, e) =>
        e.result === 'success' ? (
          <Tag color="success" bordered={false}>
            成功
          </Tag>
        ) : (
          <Tag color="error" bordered={false}>
            失败
          </Tag>
        ),
    },
    {
      title: '失败原因',
      dataIndex: 'reason',
      search: false,
      hideInTable: !loginOnly,
      render: (_d, e) => reasonOf(e) ?? '-',
    },
  ];
}
