// Types for build-server.mjs, which the bench (TypeScript) imports.
export declare const SERVER_DIST: string;
export declare const SERVER_ENTRY: string;
export declare const SERVER_ENV: Record<string, string>;
export declare const SERVER_NODE_ARGS: string[];
export declare function buildServer(): Promise<string>;
