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
