// Sub-answers of an estimate, kept per architecture or GPU (the objects they are about) and a key
// of the rest of their arguments. The planner re-runs an engine's estimate a dozen times for each
// deployment with one setting changed; most of what the engine works out (the profiling peak, the
// CUDA graphs, the memory outside PyTorch) does not depend on that setting.

/** At most this many answers per object: a bound on memory for any input, far above a real run's. */
const MAX_PER_OWNER = 4096;

export class Answers<T> {
  private readonly byOwner = new WeakMap<object, WeakMap<object, Map<string, T>> | Map<string, T>>();

  /** compute(), or its answer for the same owner(s) and key before. */
  get(owner: object, second: object | null, key: string, compute: () => T): T {
    let byKey: Map<string, T> | undefined;
    if (second === null) {
      byKey = this.byOwner.get(owner) as Map<string, T> | undefined;
      if (!byKey) this.byOwner.set(owner, (byKey = new Map()));
    } else {
      let inner = this.byOwner.get(owner) as WeakMap<object, Map<string, T>> | undefined;
      if (!inner) this.byOwner.set(owner, (inner = new WeakMap()));
      byKey = inner.get(second);
      if (!byKey) inner.set(second, (byKey = new Map()));
    }
    let value = byKey.get(key);
    if (value === undefined) {
      value = compute();
      if (byKey.size < MAX_PER_OWNER) byKey.set(key, value);
    }
    return value;
  }
}
