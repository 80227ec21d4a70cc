import { applyLayer, type Layer } from './layer';
import type { FsNode } from './node';
import { Tree, type ReadonlyTree } from './tree';

/**
 * An ordered stack of immutable layers (bottom first) with a merged lookup. The merged tree is
 * built once, lazily, from the snapshot below plus the top layer, so a lookup never re-merges
 * the stack and a build that adds one layer per step does O(files) work per step.
 */
export class Snapshot implements ReadonlyTree {
  readonly layers: readonly Layer[];
  private below: Snapshot | undefined;
  private merged: Tree | undefined;

  private constructor(layers: readonly Layer[], below: Snapshot | undefined, merged?: Tree) {
    this.layers = layers;
    this.below = below;
    this.merged = merged;
  }

  static empty(): Snapshot {
    return new Snapshot([], undefined, new Tree());
  }

  static of(layers: readonly Layer[]): Snapshot {
    return layers.reduce<Snapshot>((s, l) => s.withLayer(l), Snapshot.empty());
  }

  withLayer(layer: Layer): Snapshot {
    return new Snapshot([...this.layers, layer], this);
  }

  /** The merged tree. Callers must not mutate it: use `tree().clone()` for a working copy. */
  tree(): Tree {
    if (!this.merged) {
      const merged = this.below!.tree().clone();
      applyLayer(merged, this.layers[this.layers.length - 1]!);
      this.merged = merged;
      this.below = undefined; // the layers are enough; let the lower merged tree be collected
    }
    return this.merged;
  }

  get(path: string): FsNode | undefined {
    return this.tree().get(path);
  }

  list(path: string): readonly string[] {
    return this.tree().list(path);
  }

  /** Image size: the sum of layer sizes (deleted files still count in the layer that added them). */
  get size(): number {
    return this.layers.reduce((sum, l) => sum + l.size, 0);
  }
}
