import type { ReactNode } from 'react';
import { ProTable } from '@ant-design/pro-components';
import type { TAuditEntry } from '@kechuang/domain';
import { tableRequest } from '../../ui/table-request';
import { auditColumns } from './audit-columns';
import { AuditEntryDetail } from './AuditEntryDetail';

interface Props {
  /** 登录日志 shows sign-in, sign-out and password changes only. */
  loginOnly?: boolean;
  toolbar?: ReactNode[];
}

/** 操作日志 / 登录日志: newest first, filterable; each row expands to its before/after snapshot. */
export function AuditLogTable({ loginOnly = false, toolbar = [] }: Props) {
  return (
    <ProTable<TAuditEntry>
      rowKey="id"
      headerTitle={loginOnly ? '登录日志' : '操作日志'}
      columns={auditColumns(loginOnly)}
      request={tableRequest<TAuditEntry>(loginOnly ? '/audit/login-logs' : '/audit/logs')}
      search={{ labelWidth: 'auto' }}
      pagination={{ defaultPageSize: 20, showSizeChanger: true }}
      expandable={{ expandedRowRender: (e) => <AuditEntryDetail entry={e} />, rowExpandable: () => true }}
      toolBarRender={() => toolbar}
      scroll={{ x: 1000 }}
    />
  );
}
