import type { App } from './types';

/**
 * The web app's Content-Security-Policy: scripts, fonts and data from this origin only; inline styles allowed
 * because antd writes its CSS-in-JS into <style> tags; no framing (clickjacking), no plugins, forms post home.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** Swagger UI runs inline scripts of its own: its pages get a policy that allows them, still unframeable. */
const DOCS_POLICY =
  "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'none'";

/**
 * Headers every response carries (docs/rules.md §6.1): the CSP, no MIME sniffing, no framing, the referrer kept to
 * this origin; and API answers — personal data among them — are never stored by a browser or a proxy cache.
 */
export function registerSecurityHeaders(app: App): void {
  app.addHook('onSend', async (req, reply, payload) => {
    const path = req.url.split('?')[0];
    reply.header('Content-Security-Policy', path.startsWith('/api/docs') ? DOCS_POLICY : CONTENT_SECURITY_POLICY);
    reply.header('X-Content-Type-Options', 'nosniff');
    reply.header('X-Frame-Options', 'DENY');
    reply.header('Referrer-Policy', 'same-origin');
    if (path.startsWith('/api/') && !path.startsWith('/api/docs')) reply.header('Cache-Control', 'no-store');
    return payload;
  });
}
