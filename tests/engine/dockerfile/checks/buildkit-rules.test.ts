import { describe, expect, it } from 'vitest';
import { BUILDKIT_RULE_NAMES } from '../../../../src/engine/dockerfile/checks';
import { brief, check } from './helpers';
import type { CheckOptions } from '../../../../src/engine/dockerfile/checks';

interface Case {
  readonly rule: string;
  readonly bad: string;
  readonly message: string;
  readonly line: number;
  readonly good: string;
  readonly options?: CheckOptions;
}

const exp = '# check=experimental=all\n';

// One Dockerfile that triggers each rule and one that does not; rule, message and line pinned.
const cases: Case[] = [
  {
    rule: 'StageNameCasing',
    bad: 'FROM alpine AS Builder\n',
    message: "Stage name 'Builder' should be lowercase",
    line: 1,
    good: 'FROM alpine AS builder\n',
  },
  {
    rule: 'FromAsCasing',
    bad: 'FROM alpine as builder\n',
    message: "'as' and 'FROM' keywords' casing do not match",
    line: 1,
    good: 'from alpine as builder\n',
  },
  {
    rule: 'NoEmptyContinuation',
    bad: 'FROM alpine\nRUN echo a \\\n\n  && echo b\n',
    message: 'Empty continuation line',
    line: 4,
    good: 'FROM alpine\nRUN echo a \\\n  && echo b\n',
  },
  {
    rule: 'ConsistentInstructionCasing',
    bad: 'from alpine\nrun echo hi\nfrOM alpine\n',
    message: "Command 'frOM' should match the case of the command majority (lowercase)",
    line: 3,
    good: 'FROM alpine\nRUN echo hi\n',
  },
  {
    rule: 'DuplicateStageName',
    bad: 'FROM alpine AS a\nFROM alpine AS a\n',
    message: 'Duplicate stage name "a", stage names should be unique',
    line: 2,
    good: 'FROM alpine AS a\nFROM alpine AS b\n',
  },
  {
    rule: 'ReservedStageName',
    bad: 'FROM alpine AS scratch\n',
    message: 'Stage name should not use the same name as reserved stage "scratch"',
    line: 1,
    good: 'FROM alpine AS base\n',
  },
  {
    rule: 'JSONArgsRecommended',
    bad: 'FROM alpine\nCMD echo "Hello, world!"\n',
    message:
      'JSON arguments recommended for CMD to prevent unintended behavior related to OS signals',
    line: 2,
    good: 'FROM alpine\nCMD ["echo", "hi"]\n',
  },
  {
    rule: 'MaintainerDeprecated',
    bad: 'FROM alpine\nMAINTAINER me@example.com\n',
    message: 'Maintainer instruction is deprecated in favor of using label',
    line: 2,
    good: 'FROM alpine\nLABEL org.opencontainers.image.authors="me@example.com"\n',
  },
  {
    rule: 'UndefinedArgInFrom',
    bad: 'ARG VERSION=3.20\nFROM alpine:${VERSIN}\n',
    message: "FROM argument 'VERSIN' is not declared (did you mean VERSION?)",
    line: 2,
    good: 'ARG VERSION=3.20\nFROM alpine:${VERSION}\n',
  },
  {
    rule: 'WorkdirRelativePath',
    bad: 'FROM alpine\nWORKDIR app\n',
    message: 'Relative workdir "app" can have unexpected results if the base image changes',
    line: 2,
    good: 'FROM alpine\nWORKDIR /app\nWORKDIR src\n',
  },
  {
    rule: 'UndefinedVar',
    bad: 'FROM alpine\nENV PATH=$PAHT:/app/bin\n',
    message: "Usage of undefined variable '$PAHT' (did you mean $PATH?)",
    line: 2,
    good: 'FROM alpine\nARG foo\nCOPY $foo .\nRUN echo $undefined_in_shell\n',
  },
  {
    rule: 'MultipleInstructionsDisallowed',
    bad: 'FROM alpine\nCMD ["a"]\nCMD ["b"]\n',
    message:
      'Multiple CMD instructions should not be used in the same stage because only the last one will be used',
    line: 2,
    good: 'FROM alpine\nCMD ["a"]\nFROM alpine\nCMD ["b"]\n',
  },
  {
    rule: 'LegacyKeyValueFormat',
    bad: 'FROM alpine\nENV key value\n',
    message: '"ENV key=value" should be used instead of legacy "ENV key value" format',
    line: 2,
    good: 'FROM alpine\nENV key=value\n',
  },
  {
    rule: 'InvalidBaseImagePlatform',
    bad: 'FROM example/armonly:1\n',
    message:
      'Base image example/armonly:1 was pulled with platform "linux/arm64", expected "linux/amd64" for current build',
    line: 1,
    good: 'FROM example/amd:1\n',
    options: {
      imageFacts: (ref) =>
        ref.includes('armonly')
          ? { hasShell: true, platform: 'linux/arm64' }
          : { hasShell: true, platform: 'linux/amd64' },
    },
  },
  {
    rule: 'RedundantTargetPlatform',
    bad: 'FROM --platform=$TARGETPLATFORM alpine\n',
    message:
      'Setting platform to predefined $TARGETPLATFORM in FROM is redundant as this is the default behavior',
    line: 1,
    good: 'FROM --platform=$BUILDPLATFORM alpine\n',
  },
  {
    rule: 'SecretsUsedInArgOrEnv',
    bad: 'FROM alpine\nENV SUPER_Secret=x\n',
    message: 'Do not use ARG or ENV instructions for sensitive data (ENV "SUPER_Secret")',
    line: 2,
    good: 'FROM alpine\nARG PUBLIC_KEY\nENV SECRET_FILE=/run/secrets/x\n',
  },
  {
    rule: 'InvalidDefaultArgInFrom',
    bad: 'ARG TAG\nFROM busybox:${TAG}\n',
    message: 'Default value for ARG busybox:${TAG} results in empty or invalid base image name',
    line: 2,
    good: 'ARG TAG=latest\nFROM busybox:${TAG}\n',
  },
  {
    rule: 'FromPlatformFlagConstDisallowed',
    bad: 'FROM --platform=linux/amd64 alpine AS builder\n',
    message: 'FROM --platform flag should not use constant value "linux/amd64"',
    line: 1,
    good: 'FROM --platform=linux/amd64 alpine AS builder-amd64\n',
  },
  {
    rule: 'CopyIgnoredFile',
    bad: exp + 'FROM alpine\nCOPY ./secret.txt /x\n',
    message: 'Attempting to Copy file "secret.txt" that is excluded by .dockerignore',
    line: 3,
    good: exp + 'FROM alpine\nCOPY app.js /x\n',
    options: { isIgnored: (p) => p === 'secret.txt' },
  },
  {
    rule: 'InvalidDefinitionDescription',
    bad: exp + '# the base image\nFROM alpine AS base\n',
    message: 'Comment for FROM should follow the format: `# base <description>`',
    line: 3,
    good: exp + '# base the base image\nFROM alpine AS base\n',
  },
  {
    rule: 'ExposeProtoCasing',
    bad: 'FROM alpine\nEXPOSE 80/TcP\n',
    message: "Defined protocol '80/TcP' in EXPOSE instruction should be lowercase",
    line: 2,
    good: 'FROM alpine\nEXPOSE 80/tcp\n',
  },
  {
    rule: 'ExposeInvalidFormat',
    bad: 'FROM alpine\nEXPOSE 127.0.0.1:80:80\n',
    message:
      "EXPOSE instruction should not define an IP address or host-port mapping, found '127.0.0.1:80:80'",
    line: 2,
    good: 'FROM alpine\nEXPOSE 80\n',
  },
];

describe('BuildKit rules', () => {
  it('covers all 22 rules', () => {
    expect(cases.map((c) => c.rule).sort()).toEqual([...BUILDKIT_RULE_NAMES].sort());
  });

  describe.each(cases)('$rule', (c) => {
    it('triggers', () => {
      const found = brief(check(c.bad, c.options)).filter((f) => f.rule === c.rule);
      expect(found).toEqual([{ rule: c.rule, message: c.message, line: c.line }]);
    });
    it('does not trigger', () => {
      expect(brief(check(c.good, c.options)).filter((f) => f.rule === c.rule)).toEqual([]);
    });
  });
});

describe('rule details', () => {
  it('reports ConsistentInstructionCasing as uppercase on a tie', () => {
    expect(brief(check('FROM alpine\nrun echo\n'))).toEqual([
      {
        rule: 'ConsistentInstructionCasing',
        message: "Command 'run' should match the case of the command majority (uppercase)",
        line: 2,
      },
    ]);
  });

  it('does not give JSONArgsRecommended after SHELL', () => {
    expect(brief(check('FROM alpine\nSHELL ["/bin/bash", "-c"]\nCMD echo hi\n'))).toEqual([]);
  });

  it('checks UndefinedVar only in stages a normal build dispatches', () => {
    const text = 'FROM alpine AS unused\nCOPY $nope /x\nFROM alpine\nCMD ["true"]\n';
    expect(brief(check(text))).toEqual([]);
    expect(brief(check(text, { mode: 'check' }))).toEqual([
      { rule: 'UndefinedVar', message: "Usage of undefined variable '$nope'", line: 2 },
    ]);
  });

  it('keeps global ARGs out of stages until re-declared', () => {
    const text = 'ARG VERSION=1\nFROM alpine\nENV V=$VERSION\n';
    expect(brief(check(text))).toEqual([
      { rule: 'UndefinedVar', message: "Usage of undefined variable '$VERSION'", line: 3 },
    ]);
    expect(brief(check('ARG VERSION=1\nFROM alpine\nARG VERSION\nENV V=$VERSION\n'))).toEqual([]);
  });

  it('inherits WORKDIR from a parent stage', () => {
    expect(brief(check('FROM alpine AS base\nWORKDIR /app\nFROM base\nWORKDIR src\n'))).toEqual([]);
  });

  it('accepts predefined platform ARGs in FROM', () => {
    expect(brief(check('FROM --platform=$BUILDPLATFORM golang:1.25 AS build\n'))).toEqual([]);
  });
});
