import type { TTodoItem } from '@kechuang/domain';
import { api } from '../../api/client';

export const todosApi = {
  /** The signed-in user's to-dos from every module, sorted by due date. */
  mine: () => api.get<TTodoItem[]>('/me/todos'),
};
