import { goQuote } from '../../format/go-quote';
import { DurationError, parseGoDuration } from './go-duration';
import { atLeastOneArgument, handleJsonArgs, InstructionError } from './messages';
import type { ParseRequest } from './request';
import type { HealthcheckInstruction } from './types';

// uncertain: every HEALTHCHECK-specific text below comes from BuildKit's
// instructions/parse.go and Go's time/strconv packages, not from the ground truth file.

/** BuildKit `parseOptInterval`: 0 when absent or zero, otherwise at least 1ms. */
function interval(name: string, value: string | undefined): number | undefined {
  if (value === undefined || value === '') return undefined;
  let ms: number;
  try {
    ms = parseGoDuration(value);
  } catch (err) {
    if (err instanceof DurationError) throw new InstructionError(err.message);
    throw err;
  }
  if (ms === 0) return undefined;
  if (ms < 1) throw new InstructionError(`Interval ${goQuote(name)} cannot be less than 1ms`);
  return ms;
}

/** Go `strconv.ParseInt(s, 10, 32)`. */
function parseInt32(text: string): number {
  if (!/^[+-]?[0-9]+$/.test(text)) {
    throw new InstructionError(`strconv.ParseInt: parsing ${goQuote(text)}: invalid syntax`);
  }
  const value = Number(text);
  if (value > 2147483647 || value < -2147483648) {
    throw new InstructionError(`strconv.ParseInt: parsing ${goQuote(text)}: value out of range`);
  }
  return value;
}

/** HEALTHCHECK NONE | HEALTHCHECK [--interval…] CMD command. */
export function parseHealthcheck(req: ParseRequest): HealthcheckInstruction {
  if (req.args.length === 0) throw atLeastOneArgument('HEALTHCHECK');
  const typ = req.args[0]!.toUpperCase();
  const rest = req.args.slice(1);
  if (typ === 'NONE') {
    // BuildKit does not look at the flags of HEALTHCHECK NONE.
    if (rest.length !== 0) throw new InstructionError('HEALTHCHECK NONE takes no arguments');
    return { ...req.base, kind: 'HEALTHCHECK', type: 'NONE', json: req.json, test: ['NONE'] };
  }
  const flInterval = req.flags.addString('interval');
  const flTimeout = req.flags.addString('timeout');
  const flStartPeriod = req.flags.addString('start-period');
  const flStartInterval = req.flags.addString('start-interval');
  const flRetries = req.flags.addString('retries');
  req.flags.parse();
  if (typ !== 'CMD')
    throw new InstructionError(`Unknown type ${goQuote(typ)} in HEALTHCHECK (try CMD)`);
  const cmd = handleJsonArgs(rest, req.json);
  if (cmd.length === 0) throw new InstructionError('Missing command after HEALTHCHECK CMD');
  const test = [req.json ? 'CMD' : 'CMD-SHELL', ...cmd];
  const durations = {
    interval: interval('interval', flInterval()),
    timeout: interval('timeout', flTimeout()),
    startPeriod: interval('start-period', flStartPeriod()),
    startInterval: interval('start-interval', flStartInterval()),
  };
  let retries: number | undefined;
  const retriesText = flRetries();
  if (retriesText !== undefined && retriesText !== '') {
    retries = parseInt32(retriesText);
    if (retries < 0) throw new InstructionError(`--retries cannot be negative (${retries})`);
  }
  const defined = Object.fromEntries(Object.entries(durations).filter(([, v]) => v !== undefined));
  return {
    ...req.base,
    kind: 'HEALTHCHECK',
    type: 'CMD',
    json: req.json,
    test,
    ...defined,
    ...(retries !== undefined ? { retries } : {}),
  };
}
