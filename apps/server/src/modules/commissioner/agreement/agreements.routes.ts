import {
  ZAgreementInput,
  ZAgreementTerminateRequest,
  ZCommissionerAgreement,
  ZIdParam,
  ZUpdateAgreementRequest,
} from '@kechuang/domain';
import { contextOf, type App } from '../../../platform/http/types';
import { presentAgreement } from '../commissioner.presenter';
import { createAgreement } from './create-agreement';
import { terminateAgreement, updateAgreement } from './update-agreement';

const tags = ['科技特派员'];

/** 三方协议: sign one for a commissioner, change it, end it. */
export async function agreementRoutes(app: App): Promise<void> {
  app.post('/commissioner/roster/:id/agreements', {
    config: { access: 'commissioner:write' },
    schema: {
      tags,
      summary: '签订三方协议（日期须在任期内，留痕）',
      params: ZIdParam,
      body: ZAgreementInput,
      response: { 200: ZCommissionerAgreement },
    },
    handler: async (req) => presentAgreement(await createAgreement(app.db, contextOf(req), req.params.id, req.body)),
  });

  app.put('/commissioner/agreements/:id', {
    config: { access: 'commissioner:write' },
    schema: {
      tags,
      summary: '修改三方协议（乐观锁，留痕）',
      params: ZIdParam,
      body: ZUpdateAgreementRequest,
      response: { 200: ZCommissionerAgreement },
    },
    handler: async (req) => presentAgreement(await updateAgreement(app.db, contextOf(req), req.params.id, req.body)),
  });

  app.post('/commissioner/agreements/:id/terminate', {
    config: { access: 'commissioner:write' },
    schema: {
      tags,
      summary: '终止三方协议（须填写原因，留痕）',
      params: ZIdParam,
      body: ZAgreementTerminateRequest,
      response: { 200: ZCommissionerAgreement },
    },
    handler: async (req) => presentAgreement(await terminateAgreement(app.db, contextOf(req), req.params.id, req.body)),
  });
}
