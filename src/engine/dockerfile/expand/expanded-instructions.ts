/**
 * Which instructions the *builder* expands variables in (BuildKit: commands that
 * implement `SupportsSingleWordExpansion`, plus FROM and EXPOSE which dispatch expands
 * itself). Everything else reaches its consumer verbatim:
 *
 * | Instruction | What is expanded |
 * |---|---|
 * | FROM | image and `--platform`, with the global (meta) ARGs only |
 * | ADD, COPY | sources, destination, `--chown`, `--chmod`; `--from` for COPY; heredoc bodies only when the name is unquoted (`<<EOF`, expand=true) |
 * | ENV, LABEL | keys and values |
 * | ARG | the default value |
 * | EXPOSE | each port, then split into words |
 * | STOPSIGNAL, USER, VOLUME, WORKDIR | the value(s) |
 * | RUN, CMD, ENTRYPOINT, SHELL, HEALTHCHECK | never: the shell in the container expands them at run time |
 * | ONBUILD | never at definition: the trigger is stored raw and expanded when it fires |
 * | MAINTAINER | never |
 */
export const EXPANDED_INSTRUCTIONS: ReadonlySet<string> = new Set([
  'add',
  'arg',
  'copy',
  'env',
  'expose',
  'from',
  'label',
  'stopsignal',
  'user',
  'volume',
  'workdir',
]);

/** True when BuildKit substitutes `$VAR` in this (lower-case) instruction keyword. */
export function expandsVariables(keyword: string): boolean {
  return EXPANDED_INSTRUCTIONS.has(keyword.toLowerCase());
}
