import { defineConfig } from 'tsup';

export default defineConfig([
  {
    // The library: ESM + types. Rule packs are compiled into it, so it does no I/O.
    entry: { index: 'src/index.ts', unified: 'src/unified.ts' },
    format: ['esm'],
    dts: true,
    clean: true,
    sourcemap: true,
    target: 'node20',
  },
  {
    // The library for require(): unified, remark and rehype are ESM-only, and require() of an ES module either
    // fails (Node < 20.19) or hands back its namespace where a default export was expected. So the CJS build
    // carries its dependencies bundled in.
    entry: { index: 'src/index.ts', unified: 'src/unified.ts' },
    format: ['cjs'],
    dts: true,
    sourcemap: true,
    target: 'node20',
    noExternal: [/.*/],
  },
  {
    // The browser build: the pure core with every dependency and the rule packs bundled, no Node built-ins.
    entry: { browser: 'src/browser.ts' },
    format: ['esm'],
    platform: 'browser',
    target: 'es2022',
    noExternal: [/.*/],
    minify: true,
    sourcemap: true,
    dts: true,
    // The "worker" export condition picks the DOM-free builds of dependencies (decode-named-character-reference's
    // "browser" build calls document.createElement when loaded), so the module also loads in a Web Worker.
    esbuildOptions(options) {
      options.conditions = ['worker'];
    },
  },
  {
    // The CLI: ESM only, with a shebang. The batch worker is loaded by worker threads (see src/cli/batch.ts).
    // Dependencies are bundled in (tinypool excepted: it starts workers from its own files), so a run loads
    // a few files instead of hundreds of small modules: that is most of a one-file check's start-up time.
    // tinyglobby excepted too: files.ts loads it only for directories and globs.
    entry: { cli: 'src/cli/main.ts', 'batch-worker': 'src/cli/batch-worker.ts' },
    format: ['esm'],
    target: 'node20',
    noExternal: [/^(?!(tinypool|tinyglobby)$)/],
    // ASCII output (non-ASCII escaped) without needless whitespace: V8 keeps each thread's copy of the source
    // as a one-byte string, less than half the memory of the two-byte string UTF-8 source would make.
    minifyWhitespace: true,
    esbuildOptions(options) {
      options.charset = 'ascii';
    },
    banner: {
      js: "#!/usr/bin/env node\nimport { createRequire as __genderlensRequire } from 'node:module';\nconst require = __genderlensRequire(import.meta.url);",
    },
  },
]);
