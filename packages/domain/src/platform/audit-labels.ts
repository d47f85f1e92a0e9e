/**
 * What the audit log shows for an action code and an object type: auditors read 新增企业, never enterprise.create
 * (docs/rules.md §6.3). A module declares the subjects (the part of its action codes before the verb) and the object
 * types (its tables) it writes in its access declaration; verbs are shared. An action no table names reads
 * '<subject>：<verb>'.
 */
export interface AuditLabels {
  /** Action-code prefixes → what they act on: 'project.application' → '项目申报书'. */
  subjects: Record<string, string>;
  /** Audited object types (table names) → their names: 'rd_task' → '研发经费填报任务'. */
  objects: Record<string, string>;
  /** Whole action codes whose words do not follow subject + verb: 'auth.login' → '登录'. */
  actions?: Record<string, string>;
}

/** The last part of an action code. */
export const AUDIT_VERB_LABELS: Record<string, string> = {
  create: '新增',
  update: '修改',
  delete: '删除',
  remove: '删除',
  export: '导出',
  import: '导入',
  'import-upload': '上传导入文件',
  upload: '上传文件',
  publish: '发布',
  transition: '状态变更',
  override: '强制变更状态',
  stage: '阶段变更',
  submit: '提交',
  accept: '受理',
  recommend: '推荐',
  add: '新增',
  save: '保存',
  approve: '审核通过',
  return: '退回',
  remind: '催报',
  confirm: '确认',
  assign: '分配专家',
  unassign: '取消分配专家',
  promote: '转为申报',
  open: '发布',
  close: '截止',
  reopen: '重新开放',
  'add-units': '增加填报单位',
  'remove-unit': '移除填报单位',
  'project-info': '登记立项信息',
  view: '查看',
  'view-phone': '查看联系电话',
  score: '评分',
  grade: '定级',
  register: '登记',
  revoke: '撤销',
  graduate: '毕业',
  report: '报告',
};

/** The platform's own subjects, objects and whole actions. */
export const PLATFORM_AUDIT_LABELS: AuditLabels = {
  subjects: {
    user: '用户',
    role: '角色权限',
    dict: '字典类型',
    'dict-item': '字典项',
    param: '系统参数',
    'security-policy': '安全策略',
    region: '区划',
    session: '会话',
    audit: '审计日志',
    message: '消息',
    'holiday-arrangement': '节假日安排',
    indicator: '地区指标',
    demo: '演示数据',
    attachment: '附件',
  },
  objects: {
    user: '用户',
    role: '角色',
    dict_type: '字典类型',
    dict_item: '字典项',
    sys_param: '参数',
    attachment: '附件',
    region: '区划',
    job: '任务',
    message: '消息',
    stored_file: '上传文件',
    holiday_arrangement: '节假日安排',
    admin_reset_request: '管理员密码重置申请',
    indicator_value: '地区指标',
  },
  actions: {
    'auth.login': '登录',
    'auth.logout': '退出登录',
    'auth.change-password': '修改本人密码',
    'auth.totp.enrol-start': '开始设置两步验证',
    'auth.totp.enrol': '启用两步验证',
    'auth.totp.disable': '关闭两步验证',
    'auth.totp.recovery-codes': '重新生成恢复码',
    'auth.totp.recovery-code': '使用恢复码登录（已标记）',
    'user.totp-reset': '重置他人两步验证（已标记）',
    'user.reset-password': '重置密码',
    'user.admin-reset.request': '申请重置管理员密码',
    'user.admin-reset.approve': '批准重置管理员密码（一次性密码已发放）',
    'user.admin-reset.reject': '拒绝重置管理员密码',
    'user.grant-roles': '授予角色',
    'user.unlock': '解锁账号',
    'session.revoke': '强制下线',
    'audit.query': '查询审计日志',
    'audit.verify': '校验审计链',
    'message.read': '消息标为已读',
    'access.denied': '越权访问被拒绝',
    'demo.seed': '初始化演示数据',
    'demo.seed-enterprises': '初始化演示数据：企业名录',
    'demo.seed-projects': '初始化演示数据：项目',
    'demo.seed-rd': '初始化演示数据：研发经费',
    'demo.seed-sibling-county': '初始化演示数据：定西市其他县区',
  },
};

/** Joins several declarations (the platform's and each module's) into one. */
export function joinAuditLabels(parts: readonly (AuditLabels | undefined)[]): Required<AuditLabels> {
  const out: Required<AuditLabels> = { subjects: {}, objects: {}, actions: {} };
  for (const p of parts) {
    if (!p) continue;
    Object.assign(out.subjects, p.subjects);
    Object.assign(out.objects, p.objects);
    Object.assign(out.actions, p.actions ?? {});
  }
  return out;
}

/**
 * An action code in words: a whole-action label, else the longest declared subject with the verb after it
 * ('project.application.transition' → '项目申报书：状态变更'), else null (the code is not declared).
 */
export function describeAuditAction(code: string, labels: Required<AuditLabels>): string | null {
  if (labels.actions[code]) return labels.actions[code];
  const parts = code.split('.');
  for (let cut = parts.length - 1; cut >= 1; cut--) {
    const subject = labels.subjects[parts.slice(0, cut).join('.')];
    const verb = AUDIT_VERB_LABELS[parts.slice(cut).join('.')];
    if (subject && verb) return `${subject}：${verb}`;
  }
  return null;
}
