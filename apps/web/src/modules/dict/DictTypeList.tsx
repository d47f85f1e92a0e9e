import { Button, Empty, Menu, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import type { TDictType } from '@kechuang/domain';

interface Props {
  types: TDictType[];
  selected: string | null;
  onSelect: (code: string) => void;
  onAdd?: () => void;
}

/** The dictionary types, as a menu on the left of 字典管理. */
export function DictTypeList({ types, selected, onSelect, onAdd }: Props) {
  return (
    <>
      {onAdd && (
        <Button block type="dashed" icon={<PlusOutlined />} onClick={onAdd} style={{ marginBottom: 12 }}>
          新增字典类型
        </Button>
      )}
      {types.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无字典" />
      ) : (
        <Menu
          mode="inline"
          style={{ borderInlineEnd: 'none' }}
          selectedKeys={selected ? [selected] : []}
          onClick={({ key }) => onSelect(key)}
          items={types.map((t) => ({
            key: t.code,
            label: (
              <span title={t.remark ?? undefined}>
                {t.name}
                <Typography.Text type="secondary" style={{ fontSize: 12, marginLeft: 6 }}>
                  {t.code}
                </Typography.Text>
                {!t.builtin && (
                  <Tag bordered={false} color="green" style={{ marginLeft: 6 }}>
                    自定义
                  </Tag>
                )}
              </span>
            ),
          }))}
        />
      )}
    </>
  );
}
