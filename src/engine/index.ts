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
