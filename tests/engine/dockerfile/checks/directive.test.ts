import { describe, expect, it } from 'vitest';
import {
  CheckDirectiveError,
  LintViolationError,
  parseCheckDirective,
} from '../../../../src/engine/dockerfile/checks';
import { check } from './helpers';

const shellCmd = 'FROM alpine\nMAINTAINER me\nCMD echo hi\n';

describe('# check= directive', () => {
  it('skips the listed rules', () => {
    const r = check('# check=skip=JSONArgsRecommended\n' + shellCmd);
    expect(r.buildkit.map((f) => f.rule)).toEqual(['MaintainerDeprecated']);
  });

  it('skips everything with skip=all, but still runs enabled experimental rules', () => {
    expect(check('# check=skip=all\n' + shellCmd).buildkit).toEqual([]);
    const r = check(
      '# check=skip=all;experimental=InvalidDefinitionDescription\n# oops\nFROM alpine AS base\n',
    );
    expect(r.buildkit.map((f) => [f.rule, f.experimental])).toEqual([
      ['InvalidDefinitionDescription', true],
    ]);
  });

  it('leaves experimental rules off by default', () => {
    expect(check('# oops\nFROM alpine AS base\n').buildkit).toEqual([]);
  });

  it('turns findings into errors with error=true', () => {
    const r = check('# check=error=true\n' + shellCmd);
    expect(r.buildkit.every((f) => f.level === 'error')).toBe(true);
    expect(r.violation).toBeInstanceOf(LintViolationError);
    expect(r.violation?.message).toBe(
      'lint violation found for rules: MaintainerDeprecated, JSONArgsRecommended',
    );
    expect(check('# check=error=true\nFROM alpine\n').violation).toBeUndefined();
  });

  it('lets BUILDKIT_DOCKERFILE_CHECK replace the directive', () => {
    const r = check('# check=error=true\n' + shellCmd, {
      buildArgs: { BUILDKIT_DOCKERFILE_CHECK: 'skip=all' },
    });
    expect(r.buildkit).toEqual([]);
    expect(r.violation).toBeUndefined();
  });

  it('parses all three options separated by ;', () => {
    const c = parseCheckDirective(' skip=A, B ; error=true;experimental=all ');
    expect([...c.skipRules]).toEqual(['A', 'B']);
    expect(c.returnAsError).toBe(true);
    expect(c.experimentalAll).toBe(true);
  });

  it.each([
    ['foo=bar', 'failed to parse check options: invalid check option "foo"'],
    ['skip', 'failed to parse check options: invalid check option "skip"'],
    [
      'error=maybe',
      'failed to parse check options: failed to parse check option "error=maybe": strconv.ParseBool: parsing "maybe": invalid syntax',
    ],
  ])('rejects %s', (value, message) => {
    let caught: unknown;
    try {
      parseCheckDirective(value);
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(CheckDirectiveError);
    expect((caught as Error).message).toBe(message);
  });

  it('fails runChecks on a bad directive', () => {
    expect(() => check('# check=bogus\nFROM alpine\n')).toThrowError(
      new CheckDirectiveError('invalid check option "bogus"'),
    );
  });
});
