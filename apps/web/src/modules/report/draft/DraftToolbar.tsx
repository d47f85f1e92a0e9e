import { useNavigate } from 'react-router-dom';
import { Button, Space, Switch, Tooltip } from 'antd';
import { DownloadOutlined, LockOutlined, ReloadOutlined, SaveOutlined, CopyOutlined } from '@ant-design/icons';
import { getFeedback, showSuccess } from '../../../ui/feedback';
import { handleMutationError } from '../../../ui/mutation-error';
import { saveFile } from '../../../ui/save-file';
import { reportApi } from '../report.api';
import type { useReportDraft } from './use-report-draft';

type Draft = ReturnType<typeof useReportDraft>;

/** The draft's actions: save, re-generate, redaction preview, 定稿, a new version, and the DOCX/PDF downloads. */
export function DraftToolbar({ draft, canWrite }: { draft: Draft; canWrite: boolean }) {
  const navigate = useNavigate();
  const report = draft.report;
  if (!report) return null;
  const final = report.status === 'final';
  const writable = canWrite && !final;

  const download = async (kind: 'docx' | 'pdf') => {
    try {
      const file = await (kind === 'docx' ? reportApi.docx : reportApi.pdf)(report.id, draft.redacted);
      saveFile(file, `${report.document.title}${draft.redacted ? '（脱敏）' : ''}.${kind}`);
    } catch (e) {
      handleMutationError(e);
    }
  };
  const finalise = () =>
    getFeedback().modal.confirm({
      title: '定稿',
      content: draft.dirty
        ? '尚有未保存的修改，将先保存再定稿。定稿后本版本不能再修改，如需修改请新建版本。'
        : '定稿后本版本不能再修改，如需修改请新建版本。',
      okText: '定稿',
      onOk: async () => {
        if (draft.dirty && !(await draft.save())) return;
        try {
          await reportApi.finalise(report.id);
          showSuccess('已定稿');
          draft.loaded.reload();
        } catch (e) {
          handleMutationError(e, { reload: draft.loaded.reload });
        }
      },
    });
  const newVersion = async () => {
    try {
      const { reportId } = await reportApi.newVersion(report.id);
      showSuccess('已新建版本');
      navigate(`/reports/${reportId}`);
    } catch (e) {
      handleMutationError(e);
    }
  };

  return (
    <Space wrap size={[8, 8]}>
      {writable && (
        <Button
          type="primary"
          icon={<SaveOutlined />}
          disabled={!draft.dirty}
          loading={draft.saving}
          onClick={() => void draft.save()}
        >
          保存
        </Button>
      )}
      {writable && (
        <Button icon={<ReloadOutlined />} loading={draft.regenerating !== null} onClick={() => void draft.regenerate()}>
          重新生成
        </Button>
      )}
      {writable && (
        <Button icon={<LockOutlined />} onClick={finalise}>
          定稿
        </Button>
      )}
      {canWrite && final && (
        <Button icon={<CopyOutlined />} onClick={() => void newVersion()}>
          新版本
        </Button>
      )}
      <Tooltip title="按脱敏词表遮盖地名、人名（如 *省、*二中、*名），用于公开发布">
        <Space size={4}>
          <Switch checked={draft.redacted} onChange={draft.setRedacted} aria-label="脱敏" />
          脱敏
        </Space>
      </Tooltip>
      <Button icon={<DownloadOutlined />} onClick={() => void download('docx')}>
        下载 DOCX
      </Button>
      <Button icon={<DownloadOutlined />} onClick={() => void download('pdf')}>
        下载 PDF
      </Button>
    </Space>
  );
}
