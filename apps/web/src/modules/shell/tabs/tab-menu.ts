import type { MenuProps } from 'antd';
import type { MessageKey } from '../../../i18n/messages';
import { HOME_PATH, type PageTab } from './tabs-state';

/** The right-click menu of the tab at `index`: 刷新页面, 关闭当前/其他/左侧/右侧, 全部关闭; moves that close nothing are greyed. */
export function tabMenuItems(
  tabs: readonly PageTab[],
  index: number,
  t: (key: MessageKey) => string,
): MenuProps['items'] {
  const closable = (list: readonly PageTab[]) => list.some((tab) => tab.key !== HOME_PATH);
  const tab = tabs[index];
  return [
    { key: 'refresh', label: t('tabRefresh') },
    { type: 'divider' },
    { key: 'this', label: t('tabClose'), disabled: tab?.key === HOME_PATH },
    { key: 'others', label: t('tabCloseOthers'), disabled: !closable(tabs.filter((_x, i) => i !== index)) },
    { key: 'left', label: t('tabCloseLeft'), disabled: !closable(tabs.slice(0, index)) },
    { key: 'right', label: t('tabCloseRight'), disabled: !closable(tabs.slice(index + 1)) },
    { key: 'all', label: t('tabCloseAll'), disabled: !closable(tabs) },
  ];
}
