import type { THolidayArrangement, TOk } from '@kechuang/domain';
import { api } from '../../api/client';

export type HolidayArrangementInput = Omit<THolidayArrangement, 'updatedAt' | 'version'>;

export const holidaysApi = {
  list: () => api.get<THolidayArrangement[]>('/holiday-arrangements'),
  create: (body: HolidayArrangementInput) => api.post<THolidayArrangement>('/holiday-arrangements', body),
  update: (year: number, body: HolidayArrangementInput & { version: number }) =>
    api.put<THolidayArrangement>(`/holiday-arrangements/${year}`, body),
  remove: (year: number, version: number) => api.del<TOk>(`/holiday-arrangements/${year}?version=${version}`),
};
