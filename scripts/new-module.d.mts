// Types for new-module.mjs, which apps/server/test/new-module.test.ts (TypeScript) imports.
export declare const REPO: string;

export interface ModuleNames {
  kebab: string;
  snake: string;
  SNAKE: string;
  Name: string;
  name: string;
  words: string[];
}
export declare function namesOf(kebab: string): ModuleNames;
export declare function migrationStamp(at?: Date): string;

export interface GenerateOptions {
  /** kebab-case module name. */
  name: string;
  label?: string;
  labelEn?: string;
  /** YYYYMMDD-HHMM of the migration's name. */
  migrationTime?: string;
  /** The checkout to write into (default: this repository). */
  root?: string;
  dryRun?: boolean;
  /** Run prettier over what is written (default true). */
  format?: boolean;
}

export interface GenerateResult {
  tokens: Record<string, string>;
  /** New files, relative to the root. */
  written: string[];
  /** Composition files given one line each. */
  edited: string[];
  /** Optional composition points that could not be edited, with the reason. */
  skipped: string[];
  /** The text of every written and edited file, by relative path. */
  contents: Record<string, string>;
}
export declare function tokensOf(o: GenerateOptions): Record<string, string>;
export declare function generateModule(o: GenerateOptions): Promise<GenerateResult>;
