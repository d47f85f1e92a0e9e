import { rm } from 'node:fs/promises';
import type { TestProject } from 'vitest/node';
import { buildTemplate } from './global-setup';

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteTemplate: string;
  }
}

export default async function setup(project: TestProject) {
  const file = await buildTemplate('pglite');
  project.provide('pgliteTemplate', file);
  return () => rm(file, { force: true });
}
