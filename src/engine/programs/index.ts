/** Simulated programs: what RUN steps and containers execute (see run.ts for the entry points). */
export { startProcess, runShellCommand, systemFor } from './run';
export type { ProcessContext } from './run';
export type {
  Outcome,
  Running,
  Process,
  Program,
  ProgramImage,
  System,
  Writer,
  SpawnRequest,
  SpawnResult,
} from './host';
export { BufferWriter, LineWriter } from './output';
export { ExecNotFoundError, ExecPermissionError, StepBudgetError } from './errors';
export { rootfsLayer, programImage } from './image-fs';
export { PROGRAMS } from './table';
export { readBinary, checkLoad } from './binary';
export type { BinaryInfo } from './binary';
export { notModelledNote, stagecraftNote } from './notes';
