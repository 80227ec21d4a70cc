/**
 * The Node examples as a learner types them: single-stage vs multi-stage sizes, the brief's
 * example that builds but cannot find express, and the corrected one that runs.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { versions } from '../../src/engine/images/versions';
import { FIXTURES, FOREGROUND, maskIds, NOT_READABLE, simIn, spawnSim } from './helpers';

const BUILD_BOTH =
  'docker build -q -t app:single -f Dockerfile.single .\ndocker build -q -t app:multi .\ndocker images\n';

describe('single-stage vs multi-stage (npm run sim, end to end)', () => {
  it('docker29: the multi-stage image is about a fifth of the single-stage one', () => {
    const r = spawnSim(BUILD_BOTH, '--dir', `${FIXTURES}/node-corrected`);
    expect(r.status).toBe(0);
    expect(maskIds(r.stdout)).toBe(
      'sha256:<digest>\nsha256:<digest>\n' +
        'IMAGE        ID             DISK USAGE   CONTENT SIZE   EXTRA\n' +
        'app:multi    <id>        317MB         82.1MB        \n' +
        'app:single   <id>       1.55GB          411MB        \n',
    );
    // v29.0–29.3 warn on stderr when stdout is not a terminal (ground truth §2.7).
    expect(r.stderr.endsWith(NOT_READABLE)).toBe(true);
  });

  it('docker28: the classic table shows one SIZE column', () => {
    const r = spawnSim(BUILD_BOTH, '--dir', `${FIXTURES}/node-corrected`, '--profile', 'docker28');
    expect(r.status).toBe(0);
    expect(maskIds(r.stdout)).toBe(
      'sha256:<digest>\nsha256:<digest>\n' +
        'REPOSITORY   TAG       IMAGE ID       CREATED         SIZE\n' +
        'app          multi     <id>   1 second ago    235MB\n' +
        'app          single    <id>   2 seconds ago   1.14GB\n',
    );
    expect(r.stderr).not.toContain('WARNING');
  });
});

describe("the brief's Node example", () => {
  it('builds, then cannot find express at run time (node_modules was never copied)', () => {
    const r = spawnSim(
      'docker build -q -t brief .\ndocker run --rm brief\necho "exit $?"\n',
      '--dir',
      `${FIXTURES}/node-brief`,
    );
    expect(r.stdout).toMatch(/^sha256:[0-9a-f]{64}\nexit 1\n$/);
    expect(r.stderr).toBe(
      [
        'internal/modules/cjs/loader.js:883',
        '  throw err;',
        '  ^',
        '',
        "Error: Cannot find module 'express'",
        'Require stack:',
        '- /app/build/index.js',
        '    at Function.Module._resolveFilename (internal/modules/cjs/loader.js:880:15)',
        '    at Function.Module._load (internal/modules/cjs/loader.js:725:27)',
        '    at Module.require (internal/modules/cjs/loader.js:952:19)',
        '    at require (internal/modules/cjs/helpers.js:88:18)',
        '    at Object.<anonymous> (/app/build/index.js:1:17)',
        '    at Module._compile (internal/modules/cjs/loader.js:1063:30)',
        '    at Object.Module._extensions..js (internal/modules/cjs/loader.js:1092:10)',
        '    at Module.load (internal/modules/cjs/loader.js:928:32)',
        '    at Function.Module._load (internal/modules/cjs/loader.js:769:14)',
        '    at Function.executeUserEntryPoint [as runMain] (internal/modules/run_main.js:72:12) {',
        "  code: 'MODULE_NOT_FOUND',",
        "  requireStack: [ '/app/build/index.js' ]",
        '}',
        '',
      ].join('\n'),
    );
  });
});

describe('the corrected Node example', () => {
  it('pins the current LTS from versions.ts in every FROM line', () => {
    const froms = readFileSync(`${FIXTURES}/node-corrected/Dockerfile`, 'utf8')
      .split('\n')
      .filter((l) => l.startsWith('FROM '));
    expect(froms).toEqual([
      `FROM node:${versions.node.lts} AS deps`,
      `FROM node:${versions.node.lts} AS build`,
      `FROM node:${versions.node.lts}-slim`,
    ]);
  });

  it("runs as node and prints the app's first console.log line", () => {
    const r = simIn(
      'node-corrected',
      'docker build -q -t corrected .\ndocker run --rm corrected\ndocker run --rm --entrypoint whoami corrected\n',
    );
    expect(r.stdout).toMatch(/^sha256:[0-9a-f]{64}\nhello-express listening on port 3000\nnode\n$/);
    expect(r.stderr).toBe(FOREGROUND);
    expect(r.status).toBe(0);
  });

  it('the runtime image holds node_modules and build, not the sources', () => {
    const r = simIn(
      'node-corrected',
      'docker build -q -t corrected .\ndocker run --rm --entrypoint ls corrected -A /app\n',
    );
    expect(r.stdout.split('\n').slice(1).join('\n')).toBe('build\nnode_modules\n');
  });
});
