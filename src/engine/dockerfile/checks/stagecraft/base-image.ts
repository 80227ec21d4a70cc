import { parseReference } from '../engine-deps';
import type { CheckModel } from '../model';
import type { StagecraftEmit } from './report';

/**
 * unpinned-base-image: `FROM node` or `FROM node:latest` changes under you. A digest pins
 * exactly; a version tag at least names what you tested. Stage names and scratch are not
 * images and are skipped.
 */
export function baseImageRules(model: CheckModel, emit: StagecraftEmit): void {
  for (const stage of model.parsed.stages) {
    const base = model.baseNames[stage.index]!;
    if (base === '' || base === 'scratch' || model.baseStage[stage.index] !== undefined) continue;
    let ref;
    try {
      ref = parseReference(base);
    } catch {
      continue; // invalid names are the build's error, not advice
    }
    if (ref.digest) continue;
    if (ref.tag === undefined || ref.tag === 'latest') {
      const how = ref.tag === undefined ? 'has no tag, so Docker uses :latest' : 'uses :latest';
      emit(
        'unpinnedBaseImage',
        `FROM ${base} ${how}, which moves to a new release without warning: the same Dockerfile can build a different image tomorrow. Pin a version tag (e.g. ${stripTag(base)}:<version>) or a digest (${stripTag(base)}@sha256:…).`,
        stage.from,
      );
    }
  }
}

function stripTag(base: string): string {
  const colon = base.lastIndexOf(':');
  return colon > base.lastIndexOf('/') ? base.slice(0, colon) : base;
}
