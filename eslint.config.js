import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const PERMISSION_CHECK = {
  selector: "CallExpression[callee.property.name='has'][callee.object.property.name='permissions']",
  message: 'Permission checks belong in the module policy (*.policy.ts): ask the policy, not auth.permissions.',
};
const SQL_IN_ROUTE = [
  {
    selector: 'CallExpression[callee.property.name=/^(selectFrom|insertInto|updateTable|deleteFrom|transaction)$/]',
    message: 'No SQL in a route file: call a use case or a repository (docs/architecture.md).',
  },
  { selector: "TaggedTemplateExpression[tag.name='sql']", message: 'No SQL in a route file: use a repository.' },
];

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', 'data/**', 'data-*/**', 'bench/results/**', '.test-tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      eqeqeq: ['error', 'always'],
      curly: ['error', 'multi-line'],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/apps/server/**', '@kechuang/server'],
              message: 'The web and domain must not import the server: share contracts through @kechuang/domain.',
            },
          ],
        },
      ],
    },
  },
  {
    // The platform is what every module builds on: it never imports a module (modules register themselves in
    // apps/server/src/modules/index.ts, the composition root).
    files: ['apps/server/src/platform/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/modules/**'], message: 'The platform never imports a module (docs/architecture.md).' },
          ],
        },
      ],
    },
  },
  // House rules of the server (docs/architecture.md): routes parse, call one use case and present, so no SQL in a
  // route file; who may do what is decided in a module's policy, so permission checks live in *.policy.ts.
  {
    files: ['apps/server/src/**/*.ts'],
    ignores: ['**/*.policy.ts', 'apps/server/src/platform/auth/**', '**/*.test.ts'],
    rules: { 'no-restricted-syntax': ['error', PERMISSION_CHECK] },
  },
  {
    files: ['apps/server/src/**/*.routes.ts'],
    rules: { 'no-restricted-syntax': ['error', PERMISSION_CHECK, ...SQL_IN_ROUTE] },
  },
  {
    // Plain Node scripts (CI helpers).
    files: ['scripts/**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
  },
  {
    files: ['packages/domain/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '^(?!zod$|\\.)', message: 'packages/domain depends on nothing but zod: keep rules pure.' },
          ],
        },
      ],
    },
  },
  {
    // The web's kit (apps/web/src/ui) is generic: it imports nothing from modules/ (apps/web/README.md). The
    // server rule is repeated because a file's last matching block decides the rule's options.
    files: ['apps/web/src/ui/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/apps/server/**', '@kechuang/server'],
              message: 'The web and domain must not import the server: share contracts through @kechuang/domain.',
            },
            {
              group: ['**/modules/**'],
              message: 'apps/web/src/ui is the shared kit: it imports nothing from modules/ (pass what it needs in).',
            },
          ],
        },
      ],
    },
  },
);
