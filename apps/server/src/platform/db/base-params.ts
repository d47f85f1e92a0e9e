import type { Insertable } from 'kysely';
import type { SysParamTable } from './schema';

/** Parameters shipped with the product; security ones follow the 等保 profile (ecosystem.md §2.1.1). */
export const BASE_PARAMS: Insertable<SysParamTable>[] = [
  { key: 'security.max_failed_attempts', name: '连续登录失败锁定次数', value: '5', category: 'security', value_type: 'int', min_value: 1, max_value: 20, remark: '连续失败达到该次数后锁定账号' },
  { key: 'security.lockout_minutes', name: '锁定时长（分钟）', value: '15', category: 'security', value_type: 'int', min_value: 1, max_value: 1440, remark: null },
  { key: 'security.idle_timeout_minutes', name: '空闲超时（分钟）', value: '30', category: 'security', value_type: 'int', min_value: 1, max_value: 240, remark: '无操作超过该时长后会话失效' },
  { key: 'security.session_max_hours', name: '会话最长时长（小时）', value: '12', category: 'security', value_type: 'int', min_value: 1, max_value: 72, remark: null },
  { key: 'security.password_min_length', name: '密码最小长度', value: '8', category: 'security', value_type: 'int', min_value: 6, max_value: 64, remark: null },
  { key: 'security.password_min_classes', name: '密码字符类别数', value: '3', category: 'security', value_type: 'int', min_value: 1, max_value: 4, remark: '大写、小写、数字、符号中至少几类' },
  { key: 'security.password_forbid_username', name: '密码不得包含用户名', value: 'true', category: 'security', value_type: 'boolean', min_value: null, max_value: null, remark: null },
  { key: 'system.audit_retention_days', name: '审计日志保留天数', value: '190', category: 'system', value_type: 'int', min_value: 181, max_value: 3650, remark: '网络安全法要求不少于六个月' },
  { key: 'system.upload_max_mb', name: '上传文件大小上限（MB）', value: '20', category: 'system', value_type: 'int', min_value: 1, max_value: 200, remark: null },
  { key: 'system.import_max_rows', name: 'Excel 导入行数上限', value: '20000', category: 'system', value_type: 'int', min_value: 100, max_value: 200000, remark: null },
  { key: 'system.bureau_name', name: '单位名称', value: '陇西县科学技术局', category: 'system', value_type: 'string', min_value: null, max_value: null, remark: '用于报告落款与公示' },
];
