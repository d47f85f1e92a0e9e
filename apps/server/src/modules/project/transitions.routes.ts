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
import { AppError, notFound } from '../../platform/errors';
import { actorOf, requireAuth, type App } from '../../platform/http/types';
import { findApplication } from './application.repository';
import { filesOf } from './call.repository';
import { assertCanReadApplication, projectScope } from './project.policy';
import { presentApplication, presentTransition } from './project.presenter';
import { overrideApplicationState } from './override-application';
import { transitionApplication } from './transition-application';

const tags = ['项目申报'];

/** The state machine over HTTP: one move, many moves at once, and the recorded history. */
export async function transitionRoutes(app: App): Promise<void> {
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
      const auth = requireAuth(req.auth);
      await transitionApplication(app.db, auth, actorOf(req), { id: req.params.id, ...req.body });
      return presentApplication(
        (await findApplication(app.db, req.params.id))!,
        await filesOf(app.db, 'application', [req.params.id]),
        auth,
      );
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
      const auth = requireAuth(req.auth);
      await overrideApplicationState(app.db, auth, actorOf(req), { id: req.params.id, ...req.body });
      return presentApplication(
        (await findApplication(app.db, req.params.id))!,
        await filesOf(app.db, 'application', [req.params.id]),
        auth,
      );
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
      const auth = requireAuth(req.auth);
      const results = [];
      for (const item of req.body.items) {
        try {
          await transitionApplication(app.db, auth, actorOf(req), {
            id: item.id,
            version: item.version,
            to: req.body.to,
            comment: req.body.comment,
            visibility: req.body.visibility,
          });
          results.push({ id: item.id, ok: true, state: req.body.to, error: null });
        } catch (err) {
          if (!(err instanceof AppError)) throw err;
          results.push({ id: item.id, ok: false, state: null, error: { code: err.code, message: err.message } });
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
      const a = await findApplication(app.db, req.params.id);
      if (!a) throw notFound('申报书');
      await assertCanReadApplication(app.db, projectScope(auth), a);
      const rows = await app.db
        .selectFrom('project_transition')
        .selectAll()
        .where('application_id', '=', a.id)
        .orderBy('at')
        .orderBy('id')
        .execute();
      const internalOk = auth.permissions.has('project:read');
      return rows
        .map(presentTransition)
        .map((t) => (internalOk || t.visibility === 'applicant' ? t : { ...t, comment: null }));
    },
  });
}
