import type { TJob } from '@kechuang/domain';
import { api } from '../../api/client';

export const importApi = {
  template: () => api.download('/enterprises/import-template'),
  /** Uploads the workbook; the server validates every row in a background job. */
  upload: (file: File) => {
    const form = new FormData();
    form.append('file', file, file.name);
    return api.upload<{ jobId: number }>('/enterprises/import', form);
  },
  /** Starts the all-or-nothing write of a validated file, as a second job. */
  confirm: (validateJobId: number) => api.post<{ jobId: number }>(`/enterprises/import/${validateJobId}/confirm`),
  job: (id: number) => api.get<TJob>(`/jobs/${id}`),
  file: (id: string) => api.download(`/files/${id}`),
};
