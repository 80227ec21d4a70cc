/**
 * Node's uncaught MODULE_NOT_FOUND / ERR_MODULE_NOT_FOUND output. Node 24 frames were
 * captured from v24.21.0 (the node:24 image's version). uncertain: Node 22 and 26 are
 * printed with the same frames (their internal line numbers differ slightly), and the Node 14
 * frames are from Node 14's loader as commonly reported (no `Node.js v…` footer before 17).
 */
function quoteJs(s: string): string {
  return `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

/** util.inspect of `requireStack` at indentation 2: one line when it fits in 80 columns. */
export function inspectRequireStack(stack: readonly string[]): string {
  if (stack.length === 0) return '  requireStack: []';
  const items = stack.map(quoteJs);
  const start = items.length + 2 + 1 + 10;
  const total = items.length + start + items.reduce((s, x) => s + x.length, 0);
  if (total + items.length <= 80) return `  requireStack: [ ${items.join(', ')} ]`;
  return `  requireStack: [\n${items.map((x) => `    ${x}`).join(',\n')}\n  ]`;
}

interface CjsFrames {
  readonly header: string;
  readonly resolve: readonly string[];
  readonly compile: string;
  readonly main: readonly string[];
}

const NODE24: CjsFrames = {
  header: 'node:internal/modules/cjs/loader:1568',
  resolve: [
    '    at Module._resolveFilename (node:internal/modules/cjs/loader:1564:15)',
    '    at wrapResolveFilename (node:internal/modules/cjs/loader:1118:27)',
    '    at defaultResolveImplForCJSLoading (node:internal/modules/cjs/loader:1142:10)',
    '    at resolveForCJSWithHooks (node:internal/modules/cjs/loader:1169:12)',
    '    at Module._load (node:internal/modules/cjs/loader:1341:5)',
    '    at wrapModuleLoad (node:internal/modules/cjs/loader:261:19)',
  ],
  compile: '    at Module._compile (node:internal/modules/cjs/loader:1929:14) {',
  main: [
    '    at Module.executeUserEntryPoint [as runMain] (node:internal/modules/run_main:154:5)',
    '    at node:internal/main/run_main_module:33:47 {',
  ],
};

const NODE14: CjsFrames = {
  header: 'internal/modules/cjs/loader.js:883',
  resolve: [
    '    at Function.Module._resolveFilename (internal/modules/cjs/loader.js:880:15)',
    '    at Function.Module._load (internal/modules/cjs/loader.js:725:27)',
  ],
  compile: '    at Module._compile (internal/modules/cjs/loader.js:1063:30)',
  main: [
    '    at Function.executeUserEntryPoint [as runMain] (internal/modules/run_main.js:72:12)',
    '    at internal/main/run_main_module.js:17:47 {',
  ],
};

function framesFor(major: number): CjsFrames {
  return major < 17 ? NODE14 : NODE24;
}

function footer(version: string, major: number): string[] {
  return major < 17 ? [] : ['', `Node.js v${version}`];
}

/** `require('x')` failing inside `file` at line:col; `stack` is the require stack, innermost first. */
export function cjsNotFound(
  version: string,
  spec: string,
  file: string,
  line: number,
  col: number,
  stack: readonly string[],
): string[] {
  const major = Number(version.split('.')[0]);
  const f = framesFor(major);
  const frames =
    major < 17
      ? [
          ...f.resolve,
          '    at Module.require (internal/modules/cjs/loader.js:952:19)',
          '    at require (internal/modules/cjs/helpers.js:88:18)',
          `    at Object.<anonymous> (${file}:${line}:${col})`,
          f.compile,
          '    at Object.Module._extensions..js (internal/modules/cjs/loader.js:1092:10)',
          '    at Module.load (internal/modules/cjs/loader.js:928:32)',
          '    at Function.Module._load (internal/modules/cjs/loader.js:769:14)',
          '    at Function.executeUserEntryPoint [as runMain] (internal/modules/run_main.js:72:12) {',
        ]
      : [
          ...f.resolve,
          '    at Module.require (node:internal/modules/cjs/loader:1674:12)',
          '    at require (node:internal/modules/helpers:157:16)',
          `    at Object.<anonymous> (${file}:${line}:${col})`,
          f.compile,
        ];
  return [
    f.header,
    '  throw err;',
    '  ^',
    '',
    `Error: Cannot find module '${spec}'`,
    'Require stack:',
    ...stack.map((s) => `- ${s}`),
    ...frames,
    "  code: 'MODULE_NOT_FOUND',",
    inspectRequireStack(stack),
    '}',
    ...footer(version, major),
  ];
}

/** `node missing.js`: the entry point itself cannot be found. */
export function mainNotFound(version: string, path: string): string[] {
  const major = Number(version.split('.')[0]);
  const f = framesFor(major);
  return [
    f.header,
    '  throw err;',
    '  ^',
    '',
    `Error: Cannot find module '${path}'`,
    ...f.resolve,
    ...f.main,
    "  code: 'MODULE_NOT_FOUND',",
    '  requireStack: []',
    '}',
    ...footer(version, major),
  ];
}

/** An ES module importing a package that is not installed (captured from v24.21.0). */
export function esmPackageNotFound(version: string, pkg: string, file: string): string[] {
  const major = Number(version.split('.')[0]);
  return [
    'node:internal/modules/package_json_reader:331',
    '  throw new ERR_MODULE_NOT_FOUND(packageName, fileURLToPath(base), null);',
    '        ^',
    '',
    `Error [ERR_MODULE_NOT_FOUND]: Cannot find package '${pkg}' imported from ${file}`,
    '    at Object.getPackageJSONURL (node:internal/modules/package_json_reader:331:9)',
    '    at packageResolve (node:internal/modules/esm/resolve:784:25)',
    '    at moduleResolve (node:internal/modules/esm/resolve:873:18)',
    '    at defaultResolve (node:internal/modules/esm/resolve:1006:11)',
    '    at #cachedDefaultResolve (node:internal/modules/esm/loader:705:20)',
    '    at #resolveAndMaybeBlockOnLoaderThread (node:internal/modules/esm/loader:725:38)',
    '    at ModuleLoader.resolveSync (node:internal/modules/esm/loader:763:56)',
    '    at #resolve (node:internal/modules/esm/loader:687:17)',
    '    at ModuleLoader.getOrCreateModuleJob (node:internal/modules/esm/loader:607:35)',
    '    at ModuleJob.syncLink (node:internal/modules/esm/module_job:276:33) {',
    "  code: 'ERR_MODULE_NOT_FOUND'",
    '}',
    ...footer(version, major),
  ];
}
