/** Typed reads of parsed flag values (the parser fills every declared flag with a default). */
import type { FlagSpec, FlagType, ParsedCommand } from '../args';

export function str(p: ParsedCommand, name: string): string {
  const v = p.values[name];
  return typeof v === 'string' ? v : '';
}

export function bool(p: ParsedCommand, name: string): boolean {
  return p.values[name] === true;
}

export function list(p: ParsedCommand, name: string): readonly string[] {
  const v = p.values[name];
  return Array.isArray(v) ? (v as readonly string[]) : [];
}

/** A real flag whose effect is not simulated (the dispatcher prints a note when it is given). */
export function notSimulatedFlag(
  long: string,
  type: FlagType,
  usage: string,
  extra: Partial<FlagSpec> = {},
): FlagSpec {
  return { long, type, usage, notSimulated: true, ...extra };
}

export function given(p: ParsedCommand, name: string): boolean {
  return p.changed.includes(name);
}

export const FORMAT_USAGE =
  "Format output using a custom template:\n'table':            Print output in table format with column headers (default)\n'table TEMPLATE':   Print output in table format using the given Go template\n'json':             Print in JSON format\n'TEMPLATE':         Print output using the given Go template.\nRefer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates";
