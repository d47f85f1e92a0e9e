// The server has no dictionary of audit actions yet (reported); these labels follow its action codes.
export const AUDIT_ACTION_LABELS: Record<string, string> = {
  'auth.login': '登录',
  'auth.logout': '退出登录',
  'auth.change-password': '修改本人密码',
  'user.create': '新增用户',
  'user.update': '修改用户',
  'user.reset-password': '重置密码',
  'user.grant-roles': '授予角色',
  'user.unlock': '解锁账号',
  'role.update': '修改角色权限',
  'dict.create': '新增字典类型',
  'dict-item.create': '新增字典项',
  'dict-item.update': '修改字典项',
  'param.update': '修改系统参数',
  'security-policy.update': '修改安全策略',
  'region.create': '新增区划',
  'region.update': '修改区划',
  'session.revoke': '强制下线',
  'audit.query': '查询审计日志',
  'audit.verify': '校验审计链',
  'message.read': '消息标为已读',
  'access.denied': '越权访问被拒绝',
  'demo.seed': '初始化演示数据',
};

export const LOGIN_ACTION_LABELS: Record<string, string> = {
  'auth.login': '登录',
  'auth.logout': '退出登录',
  'auth.change-password': '修改本人密码',
};

export const OBJECT_TYPE_LABELS: Record<string, string> = {
  user: '用户',
  role: '角色',
  dict_type: '字典类型',
  dict_item: '字典项',
  sys_param: '参数',
  region: '区划',
  job: '任务',
  message: '消息',
};

export const actionLabel = (code: string) => AUDIT_ACTION_LABELS[code] ?? code;
