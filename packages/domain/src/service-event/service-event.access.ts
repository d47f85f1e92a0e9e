import { defineModuleAccess } from '../platform/module-access';

/** The 科技服务活动 module's permissions, default grants, menu group and the audit log's words for its actions. */
export const SERVICE_EVENT_ACCESS = defineModuleAccess({
  permissions: {
    'service-event:read': '科技服务活动查询（管辖区划内）',
    'service-event:write': '科技服务活动维护',
    'service-event:import': '科技服务活动 Excel 导入',
  },
  grants: {
    staff: ['service-event:read', 'service-event:write', 'service-event:import'],
    leader: ['service-event:read'],
  },
  menu: {
    key: 'service-event',
    path: '/service-event',
    label: '科技服务活动',
    labelEn: 'Service events',
    children: [
      {
        key: 'service-event-records',
        path: '/service-event/records',
        label: '科技服务活动列表',
        labelEn: 'Service events register',
        permission: 'service-event:read',
      },
    ],
  },
  audit: { subjects: { 'service-event': '科技服务活动' }, objects: { service_event_record: '科技服务活动记录' } },
});
