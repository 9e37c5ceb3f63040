// The layers of src/, lowest first: a module may import from its own layer and the ones below,
// never from one above, and no import may close a cycle. `npm test` runs this (npm run deps).
const LAYERS = [
  { name: 'core', path: '^src/(types|json-equal|lazy-require|new-worker|package-root|policy)\\.ts$' },
  { name: 'load', path: '^src/load/' },
  { name: 'model', path: '^src/model/' },
  { name: 'diff', path: '^src/diff/' },
  { name: 'rules', path: '^src/rules/' },
  { name: 'classify', path: '^src/classify/' },
  { name: 'report', path: '^src/report/' },
  { name: 'config', path: '^src/config/' },
  { name: 'engine', path: '^src/(engine|pipeline)\\.ts$' },
  { name: 'check', path: '^src/check/' },
  { name: 'index', path: '^src/index\\.ts$' },
  { name: 'cli', path: '^src/cli/' },
  { name: 'action', path: '^src/action/' },
];

/** @type {import('dependency-cruiser').IConfiguration} */
export default {
  forbidden: [
    {
      name: 'no-cycles',
      severity: 'error',
      comment: 'Modules that import each other cannot be read, tested or moved apart.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'every-module-in-a-layer',
      severity: 'error',
      comment: 'A new top-level file or folder under src/ takes its place in LAYERS first.',
      from: { path: '^src/', pathNot: LAYERS.map((layer) => layer.path) },
      to: {},
    },
    ...LAYERS.slice(0, -1).map((layer, i) => ({
      name: `no-upward-import-from-${layer.name}`,
      severity: 'error',
      comment: `${layer.name} may not import from ${LAYERS.slice(i + 1).map((l) => l.name).join(', ')}.`,
      from: { path: layer.path },
      to: { path: LAYERS.slice(i + 1).map((l) => l.path) },
    })),
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
  },
};
