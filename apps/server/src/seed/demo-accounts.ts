import type { RoleCode } from '@kechuang/domain';

/** The seed county: 甘肃省定西市陇西县 (the report masks its name; its enterprises are in 定西市). */
export const DEMO_COUNTY = { code: '621122', name: '陇西县' };
export const DEMO_PASSWORD = 'Kechuang@2022';
/** The city above it (定西市), whose leader sees its seven counties read-only. */
export const DEMO_CITY = { code: '621100', name: '定西市' };

/** A demo account; it belongs to the demo county unless it names its region (the city leader). */
export interface DemoAccount {
  username: string;
  displayName: string;
  role: RoleCode;
  note: string;
  region?: string;
  /**
   * The demo administrators sign in with a TOTP code too (security.totp_required_for_admins): this fixed base32
   * secret, public in the README, is what an authenticator app (or the browser tests) computes the codes from.
   */
  totpSecret?: string;
}

/** Demo accounts, printed at start and listed in the README; exempt from the forced password change. */
export const DEMO_ACCOUNTS: DemoAccount[] = [
  {
    username: 'admin',
    displayName: '系统管理员',
    role: 'sysadmin',
    note: '账号、字典、参数、区划',
    totpSecret: 'W2D7BMF2H2ZKI3SHNF7URWCM2DCIAACV',
  },
  {
    username: 'secadmin',
    displayName: '安全管理员',
    role: 'secadmin',
    note: '安全策略、角色授权、在线用户',
    totpSecret: 'KINT66Y56ABTWTZMCVJYYCLYHMB2XS44',
  },
  {
    username: 'auditor',
    displayName: '审计管理员',
    role: 'auditor',
    note: '操作日志、登录日志、审计链校验',
    totpSecret: 'QDYZ2WGSZ43PMASDDO3S5NGYG4Z7NC4U',
  },
  { username: 'staff', displayName: '王科员', role: 'staff', note: '业务人员（陇西县）' },
  { username: 'leader', displayName: '李局长', role: 'leader', note: '局领导' },
  { username: 'qiye', displayName: '青龙管业联络员', role: 'enterprise', note: '企业用户（甘肃青龙管业）' },
  { username: 'tpy', displayName: '赵特派员', role: 'commissioner', note: '科技特派员' },
  { username: 'expert', displayName: '孙专家', role: 'expert', note: '评审专家' },
  {
    username: 'city',
    displayName: '周局长',
    role: 'leader',
    note: '市局领导（定西市七县区，只读）',
    region: DEMO_CITY.code,
  },
];
