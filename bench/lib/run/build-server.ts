/**
 * The bench runs the server's production build (scripts/build-server.mjs, the same one `npm run build:server`
 * and `npm run start:prod` use): one esbuild bundle run with plain `node` instead of the tsx loader, in the
 * environment and with the V8 flags `dist/start.sh` gives it (SERVER_ENV, SERVER_NODE_ARGS).
 */
export { buildServer, SERVER_ENV, SERVER_NODE_ARGS } from '../../../scripts/build-server.mjs';
