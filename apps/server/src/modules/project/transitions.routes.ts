import { z } from 'zod';
import {
  ZApplication,
  ZBatchResult,
  ZBatchTransitionRequest,
  ZIdParam,
  ZOverrideRequest,
  ZTransitionRecord,
  ZTransitionRequest,
} from '@kechuang/domain';
import { AppError } from '../../platform/errors';
import { contextOf, requireAuth, type App, type AuthContext } from '../../platform/http/types';
import { applicationWithFiles } from './application.repository';
import { overrideApplicationState } from './override-application';
import { presentApplication, presentHistory } from './project.presenter';
import { readApplicationHistory } from './read-application-history';
import { transitionApplication } from './transition-application';

const tags = ['项目申报'];

/** The state machine over HTTP: one move, many moves at once, and the recorded history. */
export async function transitionRoutes(app: App): Promise<void> {
  /** The application as it now stands, after the move. */
  const detail = async (auth: AuthContext, id: number) => {
    const { application, files } = (await applicationWithFiles(app.db, id))!;
    return presentApplication(application, files, auth);
  };

  app.post('/applications/:id/transitions', {
    config: { access: 'signed-in' },
    schema: {
      tags,
      summary:
        '变更申报书状态（提交、受理、退回修改、推荐上报、立项、未立项、实施、中期检查、验收、终止）；非法变更返回 409，意见可设为仅内部可见',
      params: ZIdParam,
      body: ZTransitionRequest,
      response: { 200: ZApplication },
    },
    handler: async (req) => {
      await transitionApplication(app.db, contextOf(req), { id: req.params.id, ...req.body });
      return detail(requireAuth(req.auth), req.params.id);
    },
  });

  app.post('/applications/:id/override', {
    config: { access: 'project:application:override' },
    schema: {
      tags,
      summary: '强制变更状态（不受状态机限制，须填写原因；流转记录标记为强制变更并写审计）',
      params: ZIdParam,
      body: ZOverrideRequest,
      response: { 200: ZApplication },
    },
    handler: async (req) => {
      await overrideApplicationState(app.db, contextOf(req), { id: req.params.id, ...req.body });
      return detail(requireAuth(req.auth), req.params.id);
    },
  });

  app.post('/applications/batch-transition', {
    config: { access: 'project:write' },
    schema: {
      tags,
      summary: '批量变更状态（批量推荐、批量退回等），逐条办理并返回每条结果',
      body: ZBatchTransitionRequest,
      response: { 200: ZBatchResult },
    },
    handler: async (req) => {
      const ctx = contextOf(req);
      const { to, comment, visibility } = req.body;
      const results = [];
      for (const { id, version } of req.body.items) {
        try {
          await transitionApplication(app.db, ctx, { id, version, to, comment, visibility });
          results.push({ id, ok: true, state: to, error: null });
        } catch (err) {
          if (!(err instanceof AppError)) throw err;
          results.push({ id, ok: false, state: null, error: { code: err.code, message: err.message } });
        }
      }
      return results;
    },
  });

  app.get('/applications/:id/transitions', {
    config: { access: 'signed-in' },
    schema: {
      tags,
      summary: '申报书流转记录（谁、何时、为何；申报单位看不到内部意见）',
      params: ZIdParam,
      response: { 200: z.array(ZTransitionRecord) },
    },
    handler: async (req) => {
      const auth = requireAuth(req.auth);
      return presentHistory(await readApplicationHistory(app.db, auth, req.params.id), auth);
    },
  });
}
