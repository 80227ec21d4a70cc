import { processWord, type ProcessResult } from '../../expand';
import { parseReference } from '../engine-deps';
import { factsFor } from '../image-facts';
import type { CheckModel } from '../model';
import { searchSuggestion } from '../suggest';
import type { ImageFactsLookup } from '../types';
import { formatParsedPlatform, parsePlatform } from './platform';
import type { Emit } from './report';

/**
 * Rules on FROM lines, evaluated with the global ARGs for every stage (dockerfile2llb
 * toDispatchState): InvalidDefaultArgInFrom, UndefinedArgInFrom, RedundantTargetPlatform,
 * FromPlatformFlagConstDisallowed; then InvalidBaseImagePlatform for needed stages.
 */
export function fromRules(model: CheckModel, emit: Emit, lookup?: ImageFactsLookup): void {
  const { stages } = model.parsed;
  if (model.defaults) {
    for (const st of stages) {
      let result: string;
      try {
        result = processWord(st.baseName, model.defaults.args, model.lex).result;
      } catch {
        break; // BuildKit abandons this check at the first expansion error
      }
      if (!isValidReference(result)) {
        emit(
          'InvalidDefaultArgInFrom',
          `Default value for ARG ${st.baseName} results in empty or invalid base image name`,
          st.from,
        );
      }
    }
  }
  // uncertain: BuildKit builds this list from a Go map; suggestions use file order here.
  const keys = [...model.global.declared, ...model.global.args.keys()];
  const known = new Set(keys);
  const undeclared = (r: ProcessResult, st: (typeof stages)[number]) => {
    for (const name of r.unmatched) {
      if (known.has(name)) continue;
      const s = searchSuggestion(name, keys);
      emit(
        'UndefinedArgInFrom',
        `FROM argument '${name}' is not declared${s ? ` (did you mean ${s}?)` : ''}`,
        st.from,
      );
    }
  };
  for (const st of stages) {
    const name = tryProcess(st.baseName, model);
    if (name) undeclared(name, st);
    if (!name || st.platform === undefined) continue;
    const plat = tryProcess(st.platform, model);
    if (!plat) continue;
    undeclared(plat, st);
    if (
      plat.matched.size === 1 &&
      plat.unmatched.size === 0 &&
      plat.matched.has('TARGETPLATFORM')
    ) {
      if (plat.result === model.global.args.get('TARGETPLATFORM')) {
        emit(
          'RedundantTargetPlatform',
          `Setting platform to predefined ${st.platform} in FROM is redundant as this is the default behavior`,
          st.from,
        );
      }
    }
    if (plat.matched.size === 0 && plat.unmatched.size === 0) {
      const p = parsePlatform(plat.result);
      const stageName = st.name ?? '';
      if (p && !stageName.includes(p.os) && !stageName.includes(p.architecture)) {
        emit(
          'FromPlatformFlagConstDisallowed',
          `FROM --platform flag should not use constant value "${plat.result}"`,
          st.from,
        );
      }
    }
  }
  basePlatformRule(model, emit, lookup);
}

function tryProcess(word: string, model: CheckModel): ProcessResult | undefined {
  try {
    return processWord(word, model.global.args, model.lex);
  } catch {
    return undefined; // the build itself reports expansion errors
  }
}

function isValidReference(ref: string): boolean {
  if (ref === '') return false;
  try {
    parseReference(ref);
    return true;
  } catch {
    return false;
  }
}

/** InvalidBaseImagePlatform: a needed stage's image was pulled for another OS/arch. */
function basePlatformRule(model: CheckModel, emit: Emit, lookup?: ImageFactsLookup): void {
  for (const st of model.parsed.stages) {
    const base = model.baseNames[st.index]!;
    if (
      !model.reachable.has(st.index) ||
      model.baseStage[st.index] !== undefined ||
      base === 'scratch'
    )
      continue;
    const actual = parsePlatform(factsFor(base, lookup)?.platform ?? '');
    if (!actual) continue;
    const wanted = tryProcess(st.platform ?? '', model)?.result;
    const expected = (wanted && parsePlatform(wanted)) || { os: 'linux', architecture: 'amd64' };
    if (expected.os !== actual.os || expected.architecture !== actual.architecture) {
      emit(
        'InvalidBaseImagePlatform',
        `Base image ${base} was pulled with platform "${formatParsedPlatform(actual)}", expected "${formatParsedPlatform(expected)}" for current build`,
        st.from,
      );
    }
  }
}
