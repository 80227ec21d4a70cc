import { InstructionError } from './messages';

type FlagType = 'bool' | 'string' | 'strings';

interface FlagState {
  readonly type: FlagType;
  value: string;
  values: string[];
  used: boolean;
}

/**
 * BuildKit `BFlags`: each instruction declares the flags it accepts, then `parse()`
 * checks what was written. Texts follow BuildKit ≥ 0.17, which names the flag with its
 * `--` prefix (moby/buildkit#5369).
 * uncertain: these flag error texts are not in the ground truth file.
 */
export class BuilderFlags {
  private readonly defs = new Map<string, FlagState>();

  constructor(private readonly args: readonly string[]) {}

  private add(name: string, type: FlagType, value: string): FlagState {
    const flag: FlagState = { type, value, values: [], used: false };
    this.defs.set(name, flag);
    return flag;
  }

  addBool(name: string): () => boolean {
    const flag = this.add(name, 'bool', 'false');
    return () => flag.value === 'true';
  }

  addString(name: string): () => string | undefined {
    const flag = this.add(name, 'string', '');
    return () => (flag.used ? flag.value : undefined);
  }

  addStrings(name: string): () => string[] {
    const flag = this.add(name, 'strings', '');
    return () => flag.values;
  }

  isUsed(name: string): boolean {
    return this.defs.get(name)?.used ?? false;
  }

  parse(): void {
    for (const arg of this.args) {
      if (arg === '--') return; // POSIX: a bare -- ends the options
      if (!arg.startsWith('--')) throw new InstructionError(`arg should start with -- : ${arg}`);
      const body = arg.slice(2);
      const eq = body.indexOf('=');
      const name = eq < 0 ? body : body.slice(0, eq);
      const value = eq < 0 ? '' : body.slice(eq + 1);
      const flag = this.defs.get(name);
      if (!flag) throw new InstructionError(`unknown flag: --${name}`);
      if (flag.used && flag.type !== 'strings') {
        throw new InstructionError(`duplicate flag specified: --${name}`);
      }
      flag.used = true;
      if (flag.type === 'bool') {
        if (eq >= 0 && value === '')
          throw new InstructionError(`missing a value on flag: --${name}`);
        const lower = value.toLowerCase();
        if (lower === '' || lower === 'true') flag.value = 'true';
        else if (lower === 'false') flag.value = 'false';
        else
          throw new InstructionError(`expecting boolean value for flag --${name}, not: ${value}`);
      } else {
        if (eq < 0) throw new InstructionError(`missing a value on flag: --${name}`);
        flag.value = value;
        flag.values.push(value);
      }
    }
  }
}
