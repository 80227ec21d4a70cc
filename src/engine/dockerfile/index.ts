/** The Dockerfile area's surface, re-exported by src/engine/index.ts. */
export type * from './ast';
export { DockerfileParseError } from './errors';
export { parseDockerfile, type ParseResult } from './parser/parse';
export { parseHeredocWord, type HeredocMarker } from './parser/heredoc';
export { dumpAst, dumpNode } from './dump';
export { parseDumpOutput, type ParseDumpOutput } from './parse-dump';
export { parseInstruction, INSTRUCTION_NAMES } from './instructions/parse-instruction';
export { chompHeredocContent } from './instructions/copy-add';
export type * from './instructions/types';
export { buildStages, type Stage, type StagesResult } from './stages';
export { parseDockerfileFull, type FullParseResult } from './full';
