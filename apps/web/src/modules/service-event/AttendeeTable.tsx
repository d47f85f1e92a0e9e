import { Link } from 'react-router-dom';
import { ProTable, type ProColumns } from '@ant-design/pro-components';
import { ATTENDEE_KIND_LABELS, COMMISSIONER_LEVEL_WORDS, type TAttendee } from '@kechuang/domain';
import { pickFilters, tableRequest } from '../../ui/table-request';
import { serviceEventApi } from './service-event.api';
import { useListColumns } from '../../ui/list-columns';

const text = (v: string | null | undefined) => v || '-';

/** The attendees across events (a report fact's records, ?ids=): who came, from where, to which event. */
export function AttendeeTable({ ids }: { ids?: string }) {
  const columns: ProColumns<TAttendee>[] = [
    { title: '关键字', dataIndex: 'keyword', hideInTable: true, fieldProps: { placeholder: '姓名、单位或活动' } },
    {
      title: '类别',
      dataIndex: 'kind',
      valueType: 'select',
      valueEnum: Object.fromEntries(Object.entries(ATTENDEE_KIND_LABELS).map(([k, v]) => [k, { text: v }])),
      width: 110,
      render: (_d, a) => ATTENDEE_KIND_LABELS[a.kind],
    },
    { title: '单位', dataIndex: 'unit', search: false, width: 240, render: (_d, a) => text(a.unit) },
    { title: '姓名', dataIndex: 'name', search: false, width: 110, render: (_d, a) => text(a.name) },
    {
      title: '职务 / 级别',
      dataIndex: 'post',
      search: false,
      width: 150,
      render: (_d, a) =>
        a.kind === 'commissioner'
          ? `${COMMISSIONER_LEVEL_WORDS[a.commissionerLevel ?? ''] ?? text(a.commissionerLevel)} · ${text(a.commissionerBatch)}`
          : text(a.post),
    },
    {
      title: '活动',
      dataIndex: 'eventTitle',
      search: false,
      width: 260,
      render: (_d, a) => <Link to={`/service-event/events/${a.eventId}`}>{a.eventTitle}</Link>,
    },
    { title: '活动日期', dataIndex: 'eventStartOn', search: false, width: 110 },
  ];
  const listColumns = useListColumns('service-event.attendees', columns);

  return (
    <ProTable<TAttendee>
      rowKey="id"
      headerTitle={ids ? '参加企业与人员（报告引用的记录）' : '参加企业与人员'}
      params={{ ids }}
      request={tableRequest<TAttendee>((query) => serviceEventApi.attendees(query), {
        filters: pickFilters('keyword', 'kind', 'ids'),
      })}
      {...listColumns}
      search={{ labelWidth: 'auto', defaultCollapsed: false }}
      form={{ name: 'service-event-attendee-search' }}
      pagination={{ defaultPageSize: 20, showSizeChanger: true }}
    />
  );
}
