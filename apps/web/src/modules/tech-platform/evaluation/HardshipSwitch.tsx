import { useEffect, useState } from 'react';
import { Popconfirm, Space, Switch, Typography } from 'antd';
import { showSuccess } from '../../../ui/feedback';
import { handleMutationError } from '../../../ui/mutation-error';
import { evaluationApi, type EvalRegionSetting } from './evaluation.api';

/**
 * The county's 艰苦边远地区 switch (docs/rules.md §5.4: relaxable requirements lowered by the scheme's percentage) for
 * rounds opened from now on; a round keeps the value it was opened with.
 */
export function HardshipSwitch({ regionCode }: { regionCode: string }) {
  const [setting, setSetting] = useState<EvalRegionSetting | null>(null);
  useEffect(() => {
    evaluationApi.region(regionCode).then(setSetting, () => setSetting(null));
  }, [regionCode]);
  if (!setting) return null;
  const flip = async () => {
    try {
      const next = await evaluationApi.saveRegion(regionCode, {
        hardshipArea: !setting.hardshipArea,
        version: setting.version,
      });
      setSetting(next);
      showSuccess(next.hardshipArea ? '已设为艰苦边远地区' : '已取消艰苦边远地区');
    } catch (e) {
      handleMutationError(e);
    }
  };
  return (
    <Space>
      <Typography.Text>艰苦边远地区</Typography.Text>
      <Popconfirm
        title={
          setting.hardshipArea
            ? '取消后新开评价不再下调定量要求，确认？'
            : '设为艰苦边远地区后新开评价的定量要求下调，确认？'
        }
        onConfirm={() => void flip()}
      >
        <Switch checked={setting.hardshipArea} checkedChildren="是" unCheckedChildren="否" />
      </Popconfirm>
    </Space>
  );
}
