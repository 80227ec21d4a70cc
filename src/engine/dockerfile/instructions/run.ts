import { handleJsonArgs } from './messages';
import type { ParseRequest } from './request';
import type { CommandLineInstruction, RunInstruction, ShellInstruction } from './types';
import { atLeastOneArgument, notJson } from './messages';

/** RUN [--mount=…] [--network=…] [--security=…] command | ["exec", "form"]. */
export function parseRun(req: ParseRequest): RunInstruction {
  const mounts = req.flags.addStrings('mount');
  const network = req.flags.addString('network');
  const security = req.flags.addString('security');
  req.flags.parse();
  const args = handleJsonArgs(req.args, req.json);
  const networkValue = network();
  const securityValue = security();
  return {
    ...req.base,
    kind: 'RUN',
    json: req.json,
    args,
    ...(!req.json && args.length > 0 ? { command: args[0]! } : {}),
    mounts: mounts(),
    ...(networkValue !== undefined ? { network: networkValue } : {}),
    ...(securityValue !== undefined ? { security: securityValue } : {}),
    heredocs: req.node.heredocs,
  };
}

/** CMD and ENTRYPOINT: exec or shell form; no flags. */
export function parseCommandLine(
  req: ParseRequest,
  kind: 'CMD' | 'ENTRYPOINT',
): CommandLineInstruction {
  req.flags.parse();
  const args = handleJsonArgs(req.args, req.json);
  return {
    ...req.base,
    kind,
    json: req.json,
    args,
    ...(!req.json && args.length > 0 ? { command: args[0]! } : {}),
  };
}

/** SHELL ["executable", "params"]: exec form only. */
export function parseShell(req: ParseRequest): ShellInstruction {
  req.flags.parse();
  const args = handleJsonArgs(req.args, req.json);
  if (args.length === 0) throw atLeastOneArgument('SHELL');
  if (!req.json) throw notJson('SHELL');
  return { ...req.base, kind: 'SHELL', json: true, args };
}
