import { defineModuleAccess } from '../platform/module-access';

/** The 科技服务活动 module's permissions, default grants, menu group and the audit log's words for its actions. */
export const SERVICE_EVENT_ACCESS = defineModuleAccess({
  permissions: {
    'service-event:read': '科技服务活动查询（管辖区划内）',
    'service-event:write': '科技服务活动维护',
  },
  grants: {
    staff: ['service-event:read', 'service-event:write'],
    leader: ['service-event:read'],
  },
  menu: {
    key: 'service-event',
    path: '/service-event',
    label: '科技服务活动',
    labelEn: 'Service events',
    children: [
      {
        key: 'service-event-events',
        path: '/service-event/events',
        label: '活动与培训',
        labelEn: 'Events and trainings',
        permission: 'service-event:read',
      },
      {
        key: 'service-event-attendees',
        path: '/service-event/attendees',
        label: '参加企业与人员',
        labelEn: 'Attendees',
        permission: 'service-event:read',
      },
      {
        key: 'service-event-popsci-bases',
        path: '/service-event/popsci-bases',
        label: '科普基地开放',
        labelEn: 'Science base open days',
        permission: 'service-event:read',
      },
    ],
  },
  audit: {
    subjects: { 'service-event': '科技服务活动', 'service-event.attendee': '活动参加企业与人员' },
    objects: { service_event: '科技服务活动', service_event_attendee: '活动参加企业与人员' },
    actions: { 'demo.seed-service-events': '初始化演示数据：科技服务活动' },
  },
});
