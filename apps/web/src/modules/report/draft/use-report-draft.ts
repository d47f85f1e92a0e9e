import { useEffect, useState } from 'react';
import type { ReportDocument, ReportParagraph, ReportSection, TJob } from '@kechuang/domain';
import { showError, showSuccess } from '../../../ui/feedback';
import { useJobPoll } from '../../../ui/import/use-job-poll';
import { handleMutationError } from '../../../ui/mutation-error';
import { useLoader } from '../../../ui/use-loader';
import { reportApi } from '../report.api';

/** Replaces one paragraph (by id) anywhere in the document. */
function withParagraph(doc: ReportDocument, next: ReportParagraph): ReportDocument {
  const swap = (ps: ReportParagraph[]) => ps.map((p) => (p.id === next.id ? next : p));
  const inSection = (s: ReportSection): ReportSection => ({
    ...s,
    paragraphs: swap(s.paragraphs),
    sections: s.sections.map(inSection),
  });
  return { ...doc, opening: swap(doc.opening), sections: doc.sections.map(inSection) };
}

/**
 * One report's draft: the saved report, the staff's unsaved edits on top of it, the redacted preview, and the
 * actions (save with rowVersion, re-generate as a job, finalise, start a new version).
 */
export function useReportDraft(id: number) {
  const loaded = useLoader(id, () => reportApi.get(id));
  const report = loaded.data;
  const [draft, setDraft] = useState<ReportDocument | null>(null);
  const [redacted, setRedacted] = useState(false);
  const [preview, setPreview] = useState<ReportDocument | null>(null);
  const [saving, setSaving] = useState(false);
  const [jobId, setJobId] = useState<number | null>(null);

  useEffect(() => setDraft(report?.document ?? null), [report]);
  useEffect(() => {
    setPreview(null);
    if (!redacted) return;
    let live = true;
    reportApi.preview(id, true).then((doc) => live && setPreview(doc), showError);
    return () => {
      live = false;
    };
  }, [id, redacted, report]);

  const job = useJobPoll(jobId, (j: TJob) => {
    setJobId(null);
    if (j.status === 'failed') return showError(new Error(j.message ?? '重新生成失败'));
    showSuccess('已重新生成：数字已按最新记录刷新，您改过的文字保留');
    loaded.reload();
  });

  const dirty = !!report && !!draft && draft !== report.document;
  const save = async (): Promise<boolean> => {
    if (!report || !draft) return false;
    setSaving(true);
    try {
      await reportApi.save(report.id, draft, report.rowVersion);
      showSuccess('已保存');
      loaded.reload();
      return true;
    } catch (e) {
      handleMutationError(e, { reload: loaded.reload });
      return false;
    } finally {
      setSaving(false);
    }
  };
  const regenerate = async () => {
    try {
      if (dirty && !(await save())) return;
      setJobId((await reportApi.regenerate(id)).jobId);
    } catch (e) {
      handleMutationError(e, { reload: loaded.reload });
    }
  };

  return {
    loaded,
    report,
    draft,
    dirty,
    saving,
    redacted,
    setRedacted,
    preview,
    regenerating: jobId !== null ? (job ?? { progress: 0, message: null }) : null,
    editParagraph: (p: ReportParagraph) => setDraft((d) => (d ? withParagraph(d, p) : d)),
    save,
    regenerate,
  };
}
