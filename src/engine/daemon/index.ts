/** The simulated Docker daemon's public pieces (see each module). */
export { Daemon, DEFAULT_NOW, type DaemonOptions } from './daemon';
export {
  PROFILES,
  DEFAULT_PROFILE,
  isProfileName,
  type Profile,
  type ProfileName,
} from './profile';
export { LocalImageStore } from './image-store';
export { storedFromCatalog, catalogSnapshot, programOf } from './from-catalog';
export { pullImage, type PullResult } from './pull';
export { pushImage, type PushResult } from './push';
export { removeImage } from './remove-image';
export { startContainer, stopContainer } from './lifecycle';
export { planStart, type ProcessRunner, type ProcessRequest, type ProcessOutcome } from './runtime';
export {
  daemonToJson,
  daemonFromJson,
  DaemonSnapshotError,
  DAEMON_JSON_VERSION,
  type DaemonJson,
} from './snapshot';
export * from './errors';
export * from './push-errors';
export type * from './container-types';
export type { StoredImage, ImageStore } from './types';
