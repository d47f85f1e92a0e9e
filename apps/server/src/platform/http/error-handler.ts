import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { writeAuditAlone } from '../audit/audit.writer';
import { AppError } from '../errors';
import { fieldHolding } from './input-guard';
import { RefusalLog } from './refusal-log';
import { actorOf, type App } from './types';

const FIELD_NAMES: Record<string, string> = {
  body: '请求内容',
  querystring: '查询条件',
  params: '路径参数',
  headers: '请求头',
};

const MAX_DETAILS = 20;

// What a city's or province's user is told when a write reaches beyond their own region's rows.
const READ_ONLY_BELOW =
  '该记录不在您可修改的范围内：上级区划（市、省）的账号对下辖县区的记录只读，可以查看，不能修改；如需修改，请安全管理员为您的角色授予“修改下辖县区的业务记录”权限';

/**
 * PostgreSQL's data exceptions (SQLSTATE class 22: a number past its type's range, a date that does not exist) are
 * the input's fault: answered 400, naming the field that held the value PostgreSQL quotes.
 */
function dataException(req: FastifyRequest, err: FastifyError): { code: 'VALIDATION_FAILED'; message: string } | null {
  const sqlState = (err as { code?: unknown }).code;
  if (typeof sqlState !== 'string' || !/^22[0-9A-Z]{3}$/.test(sqlState)) return null;
  const value = /"([^"]{1,100})"/.exec(err.message)?.[1];
  const field = value === undefined ? null : fieldHolding(req, value);
  const what = sqlState === '22003' ? '数值超出允许范围' : '取值无效（超出范围或不是有效的日期、数字）';
  return {
    code: 'VALIDATION_FAILED',
    message: field ? `${field.where} · ${field.path}：${what}（${value}）` : `输入有误：${what}`,
  };
}

/** Maps every error to `{ error: { code, message, details? } }`; refusals are written to the audit trail. */
export function registerErrorHandler(app: App): void {
  const refusals = new RefusalLog();
  app.setErrorHandler(async (err: FastifyError, req: FastifyRequest, reply: FastifyReply) => {
    if (err instanceof AppError) {
      const { write, suppressedBefore } = refusals.admit(err.code, req.ip ?? null);
      if (write) {
        const url = req.url.split('?')[0];
        await writeAuditAlone(app.db, actorOf(req), {
          action: 'access.denied',
          result: 'failure',
          details: { method: req.method, url, code: err.code, ...(suppressedBefore ? { suppressedBefore } : {}) },
        }).catch((e) => req.log.error(e, 'audit write failed'));
      }
      const message = err.code === 'OUT_OF_SCOPE' && req.auth?.readOnlyPrefix ? READ_ONLY_BELOW : err.message;
      return reply.status(err.statusCode).send({ error: { code: err.code, message, details: err.details } });
    }
    if (hasZodFastifySchemaValidationErrors(err)) {
      // A body of 100,000 unknown keys must not answer a 10 MB refusal: the first few problems say enough.
      const details = err.validation.slice(0, MAX_DETAILS).map((v) => ({
        field: [FIELD_NAMES[err.validationContext ?? ''] ?? '', v.instancePath.replace(/^\//, '').replace(/\//g, '.')]
          .filter(Boolean)
          .join(' · '),
        message: v.message ?? '格式不正确',
      }));
      const first = details[0];
      return reply.status(400).send({
        error: { code: 'VALIDATION_FAILED', message: first ? `${first.field}：${first.message}` : '输入有误', details },
      });
    }
    if (isResponseSerializationError(err)) {
      req.log.error(err, 'response did not match its schema');
      return reply.status(500).send({ error: { code: 'INTERNAL', message: '服务器内部错误' } });
    }
    const refused = dataException(req, err);
    if (refused) return reply.status(400).send({ error: refused });
    const status = err.statusCode ?? 500;
    if (status === 413) {
      return reply.status(413).send({ error: { code: 'VALIDATION_FAILED', message: '上传内容超过大小上限' } });
    }
    if (status === 415) {
      return reply.status(415).send({ error: { code: 'VALIDATION_FAILED', message: '不支持的内容类型' } });
    }
    if (status === 400) {
      return reply.status(400).send({ error: { code: 'VALIDATION_FAILED', message: `请求格式有误：${err.message}` } });
    }
    if (status === 429) {
      return reply.status(429).send({ error: { code: 'RATE_LIMITED', message: '请求过于频繁，请稍后再试' } });
    }
    req.log.error(err);
    return reply.status(500).send({ error: { code: 'INTERNAL', message: '服务器内部错误，请稍后重试或联系管理员' } });
  });
}
