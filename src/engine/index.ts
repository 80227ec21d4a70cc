/**
 * The engine's only public surface. Pages, islands and scripts import from here and
 * nowhere deeper, so the engine can be reshaped without touching the site.
 */
export { EngineError, isEngineError } from './errors';
export type {
  DockerfileAst,
  InstructionNode,
  Heredoc,
  ParserDirectives,
  ParserWarning,
} from './dockerfile/ast';
export { versions, VERSIONS_CHECKED } from './images/versions';
export { parseDockerfile, type ParseResult } from './dockerfile/parser/parse';
export { dumpAst } from './dockerfile/dump';
export { DockerfileParseError } from './dockerfile/errors';
export {
  parseReference,
  withDefaultTag,
  fullName,
  familiarName,
  familiarString,
  referenceString,
  normalizeReference,
  InvalidReferenceError,
  ReservedImageNameError,
  resolveImage,
  resolvePullable,
  listCatalog,
  imageFacts,
} from './images';
export type {
  ImageReference,
  ImageFactsSummary,
  CatalogImage,
  HistoryEntry,
  ImageConfig,
  ImageFacts,
  RootfsEntry,
  PasswdEntry,
  Libc,
  PackageManager,
  SizeSource,
} from './images';
export { digestOf, shortId } from './util/digest';
export type { Digest } from './util/digest';
// eslint-disable-next-line no-restricted-imports -- './fs' is the engine's own layered filesystem, not Node's fs
export {
  posixPath,
  FsError,
  isFsError,
  SnapshotVersionError,
  SnapshotFormatError,
  DEFAULT_MTIME,
  Snapshot,
  Vfs,
  ROOT,
  createLayer,
  walkTree,
  layerToJson,
  layerFromJson,
  snapshotToJson,
  snapshotFromJson,
  hashString,
  hashNode,
  hashTree,
  goMatch,
  parseDockerignore,
  PatternMatcher,
  DockerignoreError,
  loadBuildContext,
  ContextNotFoundError,
  planCopy,
  applyCopyPlan,
  parseChmod,
  parseChown,
  CopySourceNotFoundError,
  CopyChmodError,
  CopyChownError,
  CopyMultipleSourcesError,
  userLookupFromFs,
} from './fs';
// eslint-disable-next-line no-restricted-imports -- './fs' is the engine's own layered filesystem, not Node's fs
export type {
  FsErrorCode,
  FsNode,
  FileNode,
  DirNode,
  SymlinkNode,
  FileKind,
  ReadonlyTree,
  Layer,
  Cred,
  BuildContext,
  BuildContextOptions,
  CopyRequest,
  CopyPlan,
  CopyWrite,
  UserLookup,
  SnapshotJson,
  LayerJson,
} from './fs';
