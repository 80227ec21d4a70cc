import { describe, expect, it } from 'vitest';
import {
  formatBuildWarnings,
  formatCheckOutput,
  formatExcerpt,
  formatLintFailure,
  progressWarnLine,
} from '../../../../src/engine/dockerfile/checks';
import { check } from './helpers';

// Golden outputs from ground truth §3.2, rebuilt from Dockerfiles that produce them.
const sevenLines =
  'FROM node:22\n\nWORKDIR /app\nCOPY package.json .\n\nCOPY index.js .\nCMD node index.js\n';

describe('warnings after a normal build', () => {
  it('prints the summary block', () => {
    const r = check(sevenLines);
    expect(formatBuildWarnings(r.buildkit).join('\n')).toBe(
      [
        '',
        ' 1 warning found (use docker --debug to expand):',
        ' - JSONArgsRecommended: JSON arguments recommended for CMD to prevent unintended behavior related to OS signals (line 7)',
      ].join('\n'),
    );
    expect(progressWarnLine(r.buildkit[0]!)).toBe(
      ' => WARN: JSONArgsRecommended: JSON arguments recommended for CMD to prevent unintended behavior related to OS signals (line 7)',
    );
  });

  it('prints the captured SecretsUsedInArgOrEnv line and plural count', () => {
    const r = check('FROM alpine\n\n\n\nENV SECRET=x\nMAINTAINER me\n');
    expect(formatBuildWarnings(r.buildkit)).toEqual([
      '',
      ' 2 warnings found (use docker --debug to expand):',
      ' - SecretsUsedInArgOrEnv: Do not use ARG or ENV instructions for sensitive data (ENV "SECRET") (line 5)',
      ' - MaintainerDeprecated: Maintainer instruction is deprecated in favor of using label (line 6)',
    ]);
  });

  it('expands each warning with docker --debug', () => {
    const source = '# syntax=docker/dockerfile:1\n\nFROM alpine\nCMD echo "Hello, world!"\n';
    const r = check(source);
    expect(formatBuildWarnings(r.buildkit, { debug: true, source }).join('\n')).toBe(
      [
        '',
        ' 1 warning found:',
        ' - JSONArgsRecommended: JSON arguments recommended for CMD to prevent unintended behavior related to OS signals (line 4)',
        'JSON arguments recommended for ENTRYPOINT/CMD to prevent unintended behavior related to OS signals',
        'More info: https://docs.docker.com/go/dockerfile/rule/json-args-recommended/',
        'Dockerfile:4',
        '--------------------',
        '   2 |     ',
        '   3 |     FROM alpine',
        '   4 | >>> CMD echo "Hello, world!"',
        '   5 |     ',
        '--------------------',
        '',
      ].join('\n'),
    );
  });
});

describe('docker build --check', () => {
  it('prints one warning with its excerpt and exits non-zero', () => {
    const r = check(sevenLines, { mode: 'check' });
    const out = formatCheckOutput(r.buildkit, { source: sevenLines });
    expect(out.exitCode).toBe(1);
    expect(out.lines.join('\n')).toBe(
      [
        'Check complete, 1 warning has been found!',
        '',
        'WARNING: JSONArgsRecommended - https://docs.docker.com/go/dockerfile/rule/json-args-recommended/',
        'JSON arguments recommended for CMD to prevent unintended behavior related to OS signals',
        'Dockerfile:7',
        '--------------------',
        '   5 |     ',
        '   6 |     COPY index.js .',
        '   7 | >>> CMD node index.js',
        '   8 |     ',
        '--------------------',
      ].join('\n'),
    );
  });

  it('says so when there is nothing to report', () => {
    expect(formatCheckOutput([])).toEqual({
      lines: ['Check complete, no warnings found.'],
      exitCode: 0,
    });
  });

  it('counts several warnings in the plural, sorted by line', () => {
    const source = 'FROM alpine\nMAINTAINER me\nCMD a\nENV name value\n';
    const out = formatCheckOutput(check(source, { mode: 'check' }).buildkit, { source });
    expect(out.lines[0]).toBe('Check complete, 3 warnings have been found!');
    expect(out.lines.filter((l) => l.startsWith('WARNING:'))).toEqual([
      'WARNING: MaintainerDeprecated - https://docs.docker.com/go/dockerfile/rule/maintainer-deprecated/',
      'WARNING: JSONArgsRecommended - https://docs.docker.com/go/dockerfile/rule/json-args-recommended/',
      'WARNING: LegacyKeyValueFormat - https://docs.docker.com/go/dockerfile/rule/legacy-key-value-format/',
    ]);
  });
});

describe('# check=error=true on a regular build', () => {
  it('prints the warnings, the directive excerpt and the ERROR line', () => {
    const source = '# syntax=docker/dockerfile:1\n# check=error=true\n\nFROM alpine\nCMD echo hi\n';
    const r = check(source);
    const out = formatLintFailure(r.buildkit, r.violation!.message, {
      source,
      hint: '(use --debug to expand)',
    });
    expect(out.exitCode).toBe(1);
    expect(out.lines.join('\n')).toBe(
      [
        ' 1 warning found (use --debug to expand):',
        ' - JSONArgsRecommended: JSON arguments recommended for CMD to prevent unintended behavior related to OS signals (line 5)',
        'Dockerfile:1',
        '--------------------',
        '   1 | >>> # syntax=docker/dockerfile:1',
        '   2 |     # check=error=true',
        '   3 |     ',
        '--------------------',
        'ERROR: lint violation found for rules: JSONArgsRecommended',
      ].join('\n'),
    );
  });
});

describe('Dockerfile excerpt (ground truth §2.5)', () => {
  const source = Array.from({ length: 30 }, (_, i) => `L${i + 1}`).join('\n') + '\n';
  const numbers = (lines: string[]) =>
    lines.slice(2, -1).map((l) => l.slice(1, 4).trim() + (l.slice(7, 10) === '>>>' ? '>' : ''));
  it.each([
    [{ line: 1 }, ['1>', '2', '3']],
    [{ line: 2 }, ['1', '2>', '3', '4']],
    [{ line: 15 }, ['13', '14', '15>', '16', '17']],
    [{ line: 31 }, ['29', '30', '31>']],
    [{ line: 10, endLine: 12 }, ['9', '10>', '11>', '12>', '13']],
  ])('%j', (range, expected) => {
    expect(numbers(formatExcerpt(source, range))).toEqual(expected);
  });
});
