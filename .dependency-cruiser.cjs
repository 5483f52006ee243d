/** Module boundaries: see ARCHITECTURE.md "Rules that keep it easy to change". */
module.exports = {
  forbidden: [
    {
      name: 'module-deep-import',
      severity: 'error',
      comment: 'A module may import another module only through its index.ts.',
      from: { path: '^src/modules/([^/]+)/' },
      to: { path: '^src/modules/([^/]+)/', pathNot: ['^src/modules/$1/', '^src/modules/[^/]+/index\\.ts$'] },
    },
    {
      name: 'outside-deep-import',
      severity: 'error',
      comment: 'Code outside src/modules reaches a module only through its index.ts.',
      from: { pathNot: '^src/modules/' },
      to: { path: '^src/modules/[^/]+/', pathNot: '^src/modules/[^/]+/index\\.ts$' },
    },
    {
      name: 'common-infra-independent',
      severity: 'error',
      comment: 'src/common and src/infra are shared foundations: they never depend on a feature module.',
      from: { path: '^src/(common|infra|config)/' },
      to: { path: '^src/modules/' },
    },
    {
      name: 'contracts-types-only',
      severity: 'error',
      comment: 'The wire contracts name the DTO classes REST returns, as types only: clients import them without the server.',
      from: { path: '^src/contracts/' },
      to: { path: '^src/modules/', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'domain-without-socket-io',
      severity: 'error',
      comment: 'Domain modules publish domain events; only the realtime module and the socket adapter speak Socket.IO.',
      from: { path: '^src/modules/', pathNot: '^src/modules/realtime/' },
      to: { path: '(^|/)node_modules/(socket\\.io|socket\\.io-adapter|@socket\\.io/[^/]+|@nestjs/websockets|@nestjs/platform-socket\\.io)/' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'no-test-code-in-src',
      severity: 'error',
      from: { path: '^src/', pathNot: '\\.spec\\.ts$' },
      to: { path: '^test/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: '(^dist/|^client-web/|^client-ios/)' },
  },
};
