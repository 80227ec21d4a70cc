/** The layered virtual filesystem, build context and COPY helpers (see each module). */
export * as posixPath from './posix-path';
export { FsError, isFsError, STRERROR, SnapshotVersionError, SnapshotFormatError } from './errors';
export type { FsErrorCode } from './errors';
export { DEFAULT_MTIME, WHITEOUT, utf8Length } from './node';
export type {
  FsNode,
  FileNode,
  DirNode,
  SymlinkNode,
  FileKind,
  LayerEntry,
  Whiteout,
} from './node';
export { Tree, walkTree } from './tree';
export type { ReadonlyTree } from './tree';
export { resolvePath, MAX_SYMLINKS } from './resolve';
export { createLayer, applyLayer } from './layer';
export type { Layer, LayerInit } from './layer';
export { Snapshot } from './snapshot';
export { Vfs } from './vfs';
export type { FileData, WriteOptions, VfsOptions } from './vfs';
export { ROOT, canAccess } from './permissions';
export type { Cred, Access } from './permissions';
export {
  FS_JSON_VERSION,
  layerToJson,
  layerFromJson,
  snapshotToJson,
  snapshotFromJson,
} from './serialize';
export type { LayerJson, SnapshotJson } from './serialize';
export { Fnv64, hashString, hashNode, hashTree } from './hash';
export { goMatch, hasWildcards, BadPatternError } from './glob';
export { parseDockerignore, PatternMatcher, DockerignoreError } from './ignore';
export { loadBuildContext, ContextNotFoundError } from './context';
export type { BuildContext, BuildContextOptions } from './context';
export { parseChmod, parseChown, globSources, defaultRefId } from './copy';
export type { CopyRequest, CopyPlan, CopyWrite } from './copy';
export { planCopy, applyCopyPlan } from './copy-plan';
export {
  CopySourceNotFoundError,
  CopyChmodError,
  CopyChownError,
  CopyMultipleSourcesError,
} from './copy-errors';
export { userLookupFromFs } from './users';
export type { UserLookup } from './users';
