/**
 * The import rules of src/ (docs/decisions/0005-layout-and-import-rules.md), checked by `npm run lint:imports`,
 * which is part of `npm test`.
 *
 * Layers, bottom to top: lib → i18n → components, content → stages → scoring → store → features/* → app.
 * pdf/ sits beside them and takes plain, already-worded data: it imports only lib/, i18n/ and content/ (the
 * source's citation). The features word their documents (to-plan-document.ts, to-room-report-data.ts).
 * A layer imports only layers below it; a feature never imports another feature; only app/ composes features.
 */
const LOWER = {
  lib: [],
  i18n: ['lib'],
  components: ['lib', 'i18n'],
  content: ['lib', 'i18n'],
  stages: ['lib', 'i18n', 'content'],
  scoring: ['lib', 'i18n', 'content', 'stages'],
  store: ['lib', 'i18n', 'content', 'stages', 'scoring'],
  pdf: ['lib', 'i18n', 'content'],
};

const layerRules = Object.entries(LOWER).map(([layer, allowed]) => ({
  name: `layer-${layer}`,
  comment: `src/${layer}/ may import only ${allowed.length ? allowed.map((l) => `src/${l}/`).join(', ') : 'itself'} (and itself).`,
  severity: 'error',
  from: {
    path: `^src/${layer}/`,
    pathNot: '\\.test\\.tsx?$',
  },
  to: {
    path: '^src/',
    pathNot: [`^src/${layer}/`, ...allowed.map((l) => `^src/${l}/`)],
  },
}));

module.exports = {
  forbidden: [
    ...layerRules,
    {
      name: 'features-below-app',
      comment: 'Features never import app/: app/ composes them and registers how screens load (store/navigation.ts).',
      severity: 'error',
      // Tests may render the composed app: a feature is tested as a user meets it, inside the whole app.
      from: { path: '^src/features/', pathNot: '\\.test\\.tsx?$' },
      to: { path: '^src/app/' },
    },
    {
      name: 'no-feature-to-feature',
      comment: 'A feature imports only its own folder and the shared layers; what two features share moves down a layer.',
      severity: 'error',
      from: { path: '^src/features/([^/]+)/' },
      to: { path: '^src/features/', pathNot: '^src/features/$1/' },
    },
    {
      name: 'no-runtime-cycle',
      comment:
        'No runtime import cycle. Type-only cycles are allowed: the zustand slice pattern has each slice import the ' +
        'AppState type from app-store.ts, which imports the slices; types vanish at build time.',
      severity: 'error',
      from: {},
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
    {
      name: 'app-code-not-from-tests',
      comment: 'Only tests import fixtures and test helpers from tests/.',
      severity: 'error',
      from: { path: '^src/', pathNot: '\\.test\\.tsx?$' },
      to: { path: '^tests/' },
    },
    {
      name: 'no-unresolvable',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true, pathNot: ['\\?url$', '^virtual:'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // Build output (e.g. the benchmark's reference form under scripts/) is not source.
    exclude: { path: '(^|/)dist/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] },
  },
};
