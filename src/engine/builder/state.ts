/** The state of one stage while it is built: filesystem, config, history and cache chain. */
import type { StageScope } from '../dockerfile/expand';
import type { Snapshot } from '../fs';
import type { HistoryEntry, ImageFacts } from '../images/types';
import type { ConfigBuilder } from './config';

export interface StageState {
  snapshot: Snapshot;
  config: ConfigBuilder;
  facts: ImageFacts;
  /** Base history plus this build's entries, oldest first. */
  history: HistoryEntry[];
  /** Size of the base image (catalog figure) and what this build added. */
  baseSize: number;
  baseCompressed: number;
  newBytes: number;
  scope: StageScope;
  /** Cache key of the last layer: the parent of the next step's key. */
  layerKey: string;
  /** Key of the last vertex, for scheduling what comes next. */
  lastVertex?: string;
  /** ARGs declared in the stage with a value, in order (RUN history `|N K=V`). */
  args: [string, string][];
  /** Layer digests of this build's layers (base layers come from history). */
  diffIds: string[];
  /** Time stamp of the last step (metadata entries after it share it). */
  created: string;
}
