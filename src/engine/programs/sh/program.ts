/**
 * The `sh`, `dash`, `ash` and `bash` programs: `sh -c 'cmd' [name [args…]]`, `sh script
 * [args…]`, or a script on stdin; options -e and -x (also combined, e.g. `-ex`).
 * The dialect decides error texts and echo; the parser is shared.
 */
import { isFsError } from '../../fs/errors';
import { resolve } from '../../fs/posix-path';
import { StepBudgetError } from '../errors';
import type { Outcome, Process, Program, ProgramImage } from '../host';
import { stagecraftNote } from '../notes';
import { println } from '../output';
import { Shell, type ShellInit } from './interp';
import { cannotOpen, prefix, SYNTAX_STATUS, type Flavour } from './messages';
import { parseScript, UnsupportedSyntaxError } from './parser';
import { ExitSignal, FatalSignal, RunningSignal } from './signals';
import { ashSyntaxText, dashSyntaxText, ShellSyntaxError } from './syntax-error';

export function imageFlavour(image: ProgramImage): Flavour {
  return image.shellKind === 'dash' || image.shellKind === null
    ? 'dash'
    : image.shellKind === 'bash'
      ? 'bash'
      : 'ash';
}

/** Parses and runs `src` as a complete script in a fresh shell. */
export function runScript(proc: Process, src: string, init: ShellInit): Outcome {
  const sh = new Shell(proc, init);
  const io = { stdin: proc.stdin, stdout: proc.stdout, stderr: proc.stderr };
  let list;
  try {
    list = parseScript(src);
  } catch (e) {
    if (e instanceof UnsupportedSyntaxError && e.problem.kind === 'unexpected') {
      println(proc.stderr, stagecraftNote('syntax-not-modelled', e.problem.token));
      return { code: SYNTAX_STATUS };
    }
    if (!(e instanceof ShellSyntaxError)) throw e;
    const text = init.flavour === 'ash' ? ashSyntaxText(e.problem) : dashSyntaxText(e.problem);
    println(proc.stderr, prefix(init.flavour, init.arg0, e.line) + text);
    return { code: SYNTAX_STATUS };
  }
  try {
    sh.runList(list, io);
    return { code: sh.status };
  } catch (e) {
    if (e instanceof ExitSignal) return { code: e.code };
    if (e instanceof RunningSignal) return e.outcome;
    if (e instanceof FatalSignal) {
      sh.error(io, e.message);
      return { code: SYNTAX_STATUS };
    }
    if (e instanceof ShellSyntaxError) {
      sh.error(
        io,
        init.flavour === 'ash' ? ashSyntaxText(e.problem) : dashSyntaxText(e.problem),
        e.line,
      );
      return { code: SYNTAX_STATUS };
    }
    if (e instanceof StepBudgetError) {
      println(proc.stderr, stagecraftNote('budget', init.arg0, 'too many'));
      return { code: SYNTAX_STATUS };
    }
    throw e;
  }
}

export function shellProgram(fixed?: Flavour): Program {
  return (proc) => {
    const flavour = fixed ?? imageFlavour(proc.sys.image);
    const args = proc.argv.slice(1);
    let errexit = false;
    let xtrace = false;
    let command: string | undefined;
    let i = 0;
    for (; i < args.length; i++) {
      const a = args[i]!;
      if (a === '--') {
        i++;
        break;
      }
      if (!/^[-+][a-zA-Z]+$/.test(a)) break;
      for (const f of a.slice(1)) {
        if (f === 'e') errexit = a[0] === '-';
        else if (f === 'x') xtrace = a[0] === '-';
        else if (f === 'c') command = '';
      }
    }
    const invoked = proc.argv[0] ?? 'sh';
    if (command !== undefined) {
      const src = args[i];
      if (src === undefined) {
        println(
          proc.stderr,
          `${invoked}: ${flavour === 'bash' ? '-c: option requires an argument' : '0: -c requires an argument'}`,
        );
        return { code: 2 };
      }
      const arg0 = args[i + 1] ?? invoked;
      return runScript(proc, src, {
        flavour,
        arg0,
        positional: args.slice(i + 2),
        errexit,
        xtrace,
      });
    }
    const file = args[i];
    if (file === undefined) {
      return runScript({ ...proc, stdin: '' }, proc.stdin, {
        flavour,
        arg0: invoked,
        positional: [],
        errexit,
        xtrace,
      });
    }
    let src: string;
    try {
      src = proc.vfs.readFile(resolve(proc.cwd, file)) ?? '';
    } catch (e) {
      if (!isFsError(e)) throw e;
      const line = flavour === 'dash' ? 0 : 1;
      println(proc.stderr, prefix(flavour, invoked, line) + cannotOpen(flavour, file, e.code));
      return { code: flavour === 'bash' ? 127 : 2 };
    }
    return runScript(proc, src, {
      flavour,
      arg0: file,
      positional: args.slice(i + 1),
      errexit,
      xtrace,
    });
  };
}
