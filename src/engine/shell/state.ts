/** The host shell's mutable state: workspace filesystem, cwd, variables, history. */
import type { Vfs } from '../fs';

export interface ShellState {
  readonly fs: Vfs;
  cwd: string;
  env: Record<string, string>;
  readonly history: string[];
}

export const HOME = '/home/learner';
export const START_DIR = '/home/learner/app';
