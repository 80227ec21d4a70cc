import { atLeastOneArgument, exactlyOneArgument, InstructionError } from './messages';
import type { ParseRequest } from './request';
import type {
  ExposeInstruction,
  MaintainerInstruction,
  StopSignalInstruction,
  UserInstruction,
  VolumeInstruction,
  WorkdirInstruction,
} from './types';
import { trimGoSpace } from '../text/go-strings';

export function parseUser(req: ParseRequest): UserInstruction {
  if (req.args.length !== 1) throw exactlyOneArgument('USER');
  req.flags.parse();
  return { ...req.base, kind: 'USER', user: req.args[0]! };
}

export function parseWorkdir(req: ParseRequest): WorkdirInstruction {
  if (req.args.length !== 1) throw exactlyOneArgument('WORKDIR');
  req.flags.parse();
  return { ...req.base, kind: 'WORKDIR', path: req.args[0]! };
}

export function parseMaintainer(req: ParseRequest): MaintainerInstruction {
  if (req.args.length !== 1) throw exactlyOneArgument('MAINTAINER');
  req.flags.parse();
  return { ...req.base, kind: 'MAINTAINER', maintainer: req.args[0]! };
}

/** STOPSIGNAL: BuildKit never parses its flags, so a stray `--x` is accepted. */
export function parseStopSignal(req: ParseRequest): StopSignalInstruction {
  if (req.args.length !== 1) throw exactlyOneArgument('STOPSIGNAL');
  return { ...req.base, kind: 'STOPSIGNAL', signal: req.args[0]! };
}

export function parseExpose(req: ParseRequest): ExposeInstruction {
  if (req.args.length === 0) throw atLeastOneArgument('EXPOSE');
  req.flags.parse();
  // Go's sort.Strings compares bytes; for these ASCII-ish tokens code-unit order matches.
  const ports = [...req.args].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return { ...req.base, kind: 'EXPOSE', ports };
}

export function parseVolume(req: ParseRequest): VolumeInstruction {
  if (req.args.length === 0) throw atLeastOneArgument('VOLUME');
  req.flags.parse();
  const volumes = req.args.map((v) => {
    const trimmed = trimGoSpace(v);
    // uncertain: text from BuildKit's instructions/parse.go, not in the ground truth file.
    if (trimmed === '') throw new InstructionError('VOLUME specified can not be an empty string');
    return trimmed;
  });
  return { ...req.base, kind: 'VOLUME', json: req.json, volumes };
}
