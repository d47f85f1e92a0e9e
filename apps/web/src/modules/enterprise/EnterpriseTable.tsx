import { useRef, useState } from 'react';
import { Link } from 'react-router-dom';
import { ProTable, type ActionType } from '@ant-design/pro-components';
import { Button, Space, Typography } from 'antd';
import { DownloadOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import type { TEnterprise } from '@kechuang/domain';
import { showError, showSuccess } from '../../ui/feedback';
import { useCan } from '../auth/use-can';
import { useSession } from '../auth/use-session';
import { useDictItems } from '../dict/use-dict-items';
import { enterpriseApi, REGISTER_FILTERS, REGISTER_SORTABLE } from './enterprise.api';
import { enterpriseColumns } from './enterprise-columns';
import { EnterpriseFormDrawer } from './EnterpriseFormDrawer';
import { ImportWizard } from '../../ui/import/ImportWizard';
import { ENTERPRISE_IMPORT } from './enterprise-import-source';
import { saveFile } from '../../ui/save-file';
import { pickFilters, tableRequest, type TableQuery } from '../../ui/table-request';
import { useTownships } from './use-townships';
import { useListColumns } from '../../ui/list-columns';

type Dialog = { kind: 'create' } | { kind: 'edit'; enterprise: TEnterprise } | { kind: 'import' } | null;

/** 企业名录: server-side search, tier tags, masked phones; 新建 / 导入 / 导出 for those allowed. */
/** `ids`: only these enterprises (a report fact links to its records as ?ids=1,2,3). */
export function EnterpriseTable({ ids }: { ids?: string } = {}) {
  const actionRef = useRef<ActionType>(undefined);
  const filterRef = useRef<TableQuery>({});
  const [dialog, setDialog] = useState<Dialog>(null);
  const [exporting, setExporting] = useState(false);
  const { user } = useSession();
  const townships = useTownships(user?.regionCode);
  const tierItems = useDictItems('qualification_tier');
  const stageItems = useDictItems('qualification_stage');
  const canWrite = useCan('enterprise:write');
  const canImport = useCan('enterprise:import');

  const reload = () => actionRef.current?.reload();
  const close = () => setDialog(null);
  const saved = () => {
    setDialog(null);
    reload();
  };

  const exportList = async () => {
    setExporting(true);
    try {
      saveFile(await enterpriseApi.exportFile(filterRef.current), '企业名录.xlsx');
      showSuccess('已导出当前筛选的企业名录');
    } catch (e) {
      showError(e);
    } finally {
      setExporting(false);
    }
  };

  const listColumns = useListColumns<TEnterprise>(
    'enterprise.list',
    [
      ...enterpriseColumns({ townships, tierItems, stageItems }),
      {
        title: '操作',
        valueType: 'option',
        width: 110,
        fixed: 'right',
        render: (_d, e) => (
          <Space size={12}>
            <Link to={`/enterprise/${e.id}`}>详情</Link>
            {canWrite && (
              <Typography.Link onClick={() => setDialog({ kind: 'edit', enterprise: e })}>编辑</Typography.Link>
            )}
          </Space>
        ),
      },
    ],
    { hidden: ['creditCode', 'foundedOn', 'contactName', 'updatedAt'] },
  );

  return (
    <>
      <ProTable<TEnterprise>
        rowKey="id"
        headerTitle={ids ? '企业名录（报告引用的记录）' : '企业名录'}
        params={{ ids }}
        actionRef={actionRef}
        // Every load remembers its filter, so 导出 exports exactly what the table shows.
        request={tableRequest<TEnterprise>(
          (query, filter) => {
            filterRef.current = filter;
            return enterpriseApi.list(query);
          },
          { filters: pickFilters(...REGISTER_FILTERS), sortable: REGISTER_SORTABLE },
        )}
        {...listColumns}
        search={{ labelWidth: 'auto', defaultCollapsed: false, span: { xs: 24, sm: 12, md: 8, lg: 8, xl: 6, xxl: 6 } }}
        form={{ name: 'enterprise-search' }}
        pagination={{ defaultPageSize: 20, showSizeChanger: true }}
        toolBarRender={() => [
          canWrite && (
            <Button key="add" type="primary" icon={<PlusOutlined />} onClick={() => setDialog({ kind: 'create' })}>
              新建
            </Button>
          ),
          canImport && (
            <Button key="import" icon={<UploadOutlined />} onClick={() => setDialog({ kind: 'import' })}>
              导入
            </Button>
          ),
          <Button
            key="export"
            icon={<DownloadOutlined />}
            loading={exporting}
            onClick={exportList}
            title="按当前筛选条件导出 Excel"
          >
            导出
          </Button>,
        ]}
      />
      {dialog?.kind === 'create' && <EnterpriseFormDrawer enterprise={null} onClose={close} onSaved={saved} />}
      {dialog?.kind === 'edit' && (
        <EnterpriseFormDrawer
          key={dialog.enterprise.id}
          enterprise={dialog.enterprise}
          onClose={close}
          onSaved={saved}
        />
      )}
      {dialog?.kind === 'import' && <ImportWizard source={ENTERPRISE_IMPORT} onClose={close} onImported={reload} />}
    </>
  );
}
