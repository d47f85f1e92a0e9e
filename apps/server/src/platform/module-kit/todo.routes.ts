import { z } from 'zod';
import { sortTodos, ZTodoItem } from '@kechuang/domain';
import { requireAuth, type App } from '../http/types';
import type { ServerModule } from './module';

/**
 * GET /me/todos (我的待办): what every module says the signed-in user has to do, sorted by due date. A module
 * whose `todos` fails is a bug, not a missing section: the request fails with it.
 */
export async function todoRoutes(app: App, modules: readonly ServerModule[]): Promise<void> {
  app.get('/me/todos', {
    config: { access: 'signed-in' },
    schema: {
      tags: ['我的待办'],
      summary: '我的待办：各模块中当前用户要办的事（待填报、退回修改、待评审、资质到期、待评价等），按截止日期排序',
      response: { 200: z.array(ZTodoItem) },
    },
    handler: async (req) => {
      const auth = requireAuth(req.auth);
      const lists = await Promise.all(modules.map((m) => (m.todos ? m.todos(app.db, auth) : [])));
      return sortTodos(lists.flat());
    },
  });
}
