import type { TImportJobResult } from '@kechuang/domain';
import { api, type DownloadedFile } from '../../api/client';

/**
 * What the import wizard needs to know about one kind of import (enterprises, historical projects, a task's R&D
 * figures …). `Committed` is the counts that import's commit job adds to the result (its domain contract).
 */
export interface ImportSource<Committed extends object = object> {
  title: string;
  templateFileName: string;
  /** Step 1's explanation of how to fill the template and how rows are matched. */
  templateHelp: string;
  template: () => Promise<DownloadedFile>;
  /** Uploads the workbook; the server validates every row in a background job. */
  upload: (file: File) => Promise<{ jobId: number }>;
  /** Starts the all-or-nothing write of a validated file, as a second job. */
  confirm: (validateJobId: number) => Promise<{ jobId: number }>;
  /** Columns of the preview's sample rows (keys of the job result's `sample`). */
  sampleColumns: { title: string; dataIndex: string; width?: number }[];
  doneText: (result: TImportJobResult & Partial<Committed>) => string;
}

/**
 * The three calls of an import the server's import kit mounts under `path` (`${path}/import-template`,
 * `${path}/import`, `${path}/import/:jobId/confirm`).
 */
export function importEndpoints(path: string): Pick<ImportSource, 'template' | 'upload' | 'confirm'> {
  return {
    template: () => api.download(`${path}/import-template`),
    upload: (file) => {
      const form = new FormData();
      form.append('file', file, file.name);
      return api.upload<{ jobId: number }>(`${path}/import`, form);
    },
    confirm: (validateJobId) => api.post<{ jobId: number }>(`${path}/import/${validateJobId}/confirm`),
  };
}
