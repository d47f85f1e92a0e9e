import {
  AuditOutlined,
  BankOutlined,
  HomeOutlined,
  SafetyCertificateOutlined,
  SettingOutlined,
} from '@ant-design/icons';

const ICONS: Record<string, typeof HomeOutlined> = {
  home: HomeOutlined,
  enterprise: BankOutlined,
  system: SettingOutlined,
  security: SafetyCertificateOutlined,
  audit: AuditOutlined,
};

/** Icons for the top-level menu groups; the keys come from the server's menu. */
export function MenuIcon({ menuKey }: { menuKey: string }) {
  const Icon = ICONS[menuKey];
  return Icon ? <Icon /> : null;
}
