import { describe, expect, it } from 'vitest';
import { inspectRequireStack } from '../../../../src/engine/programs/node/node-errors';
import { box, exec, sh } from '../helpers';

function app(files: Record<string, string>, ref = 'node:24') {
  const b = box(ref);
  b.vfs.mkdir('/app');
  for (const [k, v] of Object.entries(files)) b.vfs.writeFile(`/app/${k}`, v);
  return b;
}

const EXPRESS =
  "const express = require('express');\nconst app = express();\nconst PORT = process.env.PORT || 3000;\napp.listen(PORT, () => console.log(`Listening on ${PORT}`));\n";

describe('node runtime', () => {
  it('missing module: Node 24 prints its exact error (captured from v24.21.0)', () => {
    const r = exec(app({ 'server.js': EXPRESS }), ['node', '/app/server.js']);
    expect(r.code).toBe(1);
    expect(r.err).toBe(
      [
        'node:internal/modules/cjs/loader:1568',
        '  throw err;',
        '  ^',
        '',
        "Error: Cannot find module 'express'",
        'Require stack:',
        '- /app/server.js',
        '    at Module._resolveFilename (node:internal/modules/cjs/loader:1564:15)',
        '    at wrapResolveFilename (node:internal/modules/cjs/loader:1118:27)',
        '    at defaultResolveImplForCJSLoading (node:internal/modules/cjs/loader:1142:10)',
        '    at resolveForCJSWithHooks (node:internal/modules/cjs/loader:1169:12)',
        '    at Module._load (node:internal/modules/cjs/loader:1341:5)',
        '    at wrapModuleLoad (node:internal/modules/cjs/loader:261:19)',
        '    at Module.require (node:internal/modules/cjs/loader:1674:12)',
        '    at require (node:internal/modules/helpers:157:16)',
        '    at Object.<anonymous> (/app/server.js:1:17)',
        '    at Module._compile (node:internal/modules/cjs/loader:1929:14) {',
        "  code: 'MODULE_NOT_FOUND',",
        "  requireStack: [ '/app/server.js' ]",
        '}',
        '',
        'Node.js v24.21.0',
        '',
      ].join('\n'),
    );
  });

  it('prints console output before the failing require, with the column of require', () => {
    const r = exec(app({ 'two.js': "console.log('start');\nconst x = require('lodash');\n" }), [
      'node',
      '/app/two.js',
    ]);
    expect(r.out).toBe('start\n');
    expect(r.err).toContain('    at Object.<anonymous> (/app/two.js:2:11)\n');
  });

  it('a nested require lists the whole require stack', () => {
    const b = app({
      'server.js': "require('./routes');\n",
      'routes.js': "const _ = require('lodash');\n",
    });
    const r = exec(b, ['node', 'server.js'], { cwd: '/app' });
    expect(r.err).toContain('Require stack:\n- /app/routes.js\n- /app/server.js\n');
    expect(r.err).toContain("  requireStack: [ '/app/routes.js', '/app/server.js' ]\n");
  });

  it('formats long require stacks over several lines, as util.inspect does', () => {
    const long = [
      '/app/src/controllers/dailyReportController.js',
      '/app/src/routes/dailyReportRoutes.js',
    ];
    expect(inspectRequireStack(long)).toBe(
      "  requireStack: [\n    '/app/src/controllers/dailyReportController.js',\n    '/app/src/routes/dailyReportRoutes.js'\n  ]",
    );
  });

  it('ESM import of a missing package', () => {
    const r = exec(app({ 'server.mjs': "import express from 'express';\n" }), [
      'node',
      '/app/server.mjs',
    ]);
    expect(r.err.split('\n').slice(0, 5)).toEqual([
      'node:internal/modules/package_json_reader:331',
      '  throw new ERR_MODULE_NOT_FOUND(packageName, fileURLToPath(base), null);',
      '        ^',
      '',
      "Error [ERR_MODULE_NOT_FOUND]: Cannot find package 'express' imported from /app/server.mjs",
    ]);
  });

  it('a missing entry file', () => {
    const r = exec(app({}), ['node', '/app/missing.js']);
    expect(r.err.split('\n')[4]).toBe("Error: Cannot find module '/app/missing.js'");
    expect(r.err.endsWith('  requireStack: []\n}\n\nNode.js v24.21.0\n')).toBe(true);
  });

  it('with node_modules present, a server prints its literal log and keeps running', () => {
    const b = app({ 'server.js': EXPRESS });
    b.vfs.mkdir('/app/node_modules/express', { recursive: true });
    const r = exec(b, ['node', 'server.js'], { cwd: '/app', env: { PORT: '8080' } });
    expect(r.out).toBe('Listening on 8080\n');
    expect(r.running).toEqual({
      kind: 'server',
      description: 'node /app/server.js listening on port 8080',
      port: 8080,
    });
  });

  it('says when console output depends on run-time values', () => {
    const r = exec(app({ 'a.js': 'console.log(Date.now());\n' }), ['node', '/app/a.js']);
    expect(r.err).toBe(
      '[stagecraft] node /app/a.js: some output is computed at run time and is not simulated here (1 console call(s) print values computed at run time).\n',
    );
  });

  it('the node image entrypoint runs `node app.js` for a file argument', () => {
    const b = app({ 'app.js': "console.log('hi');\n" });
    expect(exec(b, ['docker-entrypoint.sh', 'app.js'], { cwd: '/app' }).out).toBe('hi\n');
  });

  it('Node 14 has no version footer', () => {
    const r = exec(app({ 'server.js': EXPRESS }, 'node:14'), ['node', '/app/server.js']);
    expect(r.err.startsWith('internal/modules/cjs/loader.js:883\n')).toBe(true);
    expect(r.err.endsWith("  requireStack: [ '/app/server.js' ]\n}\n")).toBe(true);
  });

  it('node -v prints the image version', () => {
    expect(sh(box('node:22'), 'node -v').out).toBe('v22.23.2\n');
  });
});
