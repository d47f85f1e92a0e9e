import { ProFormDependency, ProFormRadio, ProFormText } from '@ant-design/pro-components';
import { Form } from 'antd';
import { NOMINEE_KIND_LABELS } from '@kechuang/domain';
import { EnterprisePicker } from '../enterprise/EnterprisePicker';
import { optionsOf } from './use-award-labels';

/** The form values of a nominee (nominations and entries alike). */
export interface NomineeValues {
  nomineeKind: 'unit' | 'person';
  enterpriseId?: number;
  unitName?: string;
  personName?: string;
  contactPhone?: string;
}

/** The request fields of a nominee: an enterprise of the register wins over a typed unit name. */
export const nomineeBody = (v: NomineeValues) => ({
  nomineeKind: v.nomineeKind,
  enterpriseId: v.enterpriseId ?? null,
  unitName: v.enterpriseId ? null : v.unitName || null,
  personName: v.nomineeKind === 'person' ? v.personName || null : null,
  contactPhone: v.nomineeKind === 'person' ? v.contactPhone || null : null,
});

/**
 * 单位 or 个人: a unit is an enterprise of the register or an institution by name; a person has a name, a unit
 * (possibly an enterprise) and a phone (shown masked afterwards).
 */
export function NomineeFields({ editing }: { editing: boolean }) {
  return (
    <>
      <ProFormRadio.Group name="nomineeKind" label="类型" options={optionsOf(NOMINEE_KIND_LABELS)} />
      <ProFormDependency name={['nomineeKind', 'enterpriseId']}>
        {({ nomineeKind, enterpriseId }) => (
          <>
            <Form.Item
              name="enterpriseId"
              label={nomineeKind === 'person' ? '所在企业' : '企业'}
              extra="企业库中的企业请在此选择（企业时间轴可见）；其他单位填写下方单位名称"
            >
              <EnterprisePicker />
            </Form.Item>
            {!enterpriseId && (
              <ProFormText
                name="unitName"
                label={nomineeKind === 'person' ? '所在单位' : '单位名称'}
                rules={nomineeKind === 'person' ? [] : [{ required: true, message: '请选择企业或填写单位名称' }]}
              />
            )}
            {nomineeKind === 'person' && (
              <>
                <ProFormText name="personName" label="姓名" rules={[{ required: true, message: '请输入姓名' }]} />
                <ProFormText
                  name="contactPhone"
                  label="联系电话"
                  placeholder={editing ? '已脱敏，不修改请留空' : '11 位手机号'}
                />
              </>
            )}
          </>
        )}
      </ProFormDependency>
    </>
  );
}
