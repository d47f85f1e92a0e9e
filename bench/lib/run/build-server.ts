/**
 * The bench runs the server's production build (scripts/build-server.mjs, the same one `npm run build:server`
 * and `npm run start:prod` use): one esbuild bundle run with plain `node` instead of the tsx loader, in the
 * environment `dist/start.sh` gives it (SERVER_ENV).
 */
export { buildServer, SERVER_ENV } from '../../../scripts/build-server.mjs';
