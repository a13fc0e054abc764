import { use } from 'react';

/**
 * A chunk loaded on demand (see README, "Performance"). Once it has loaded, its screens render
 * synchronously, like plain imports; before that they suspend, and the nearest <Suspense> shows a
 * loading message. A failed load is forgotten, so the next attempt tries again.
 */
export interface LazyChunk<Module> {
  /** Start loading (once); safe to call as often as you like, e.g. on hover, focus or idle. */
  load: () => Promise<Module>;
  /** For components: the module, suspending until it has loaded. */
  useModule: () => Module;
}

export function lazyChunk<Module>(importChunk: () => Promise<Module>): LazyChunk<Module> {
  let loaded: Module | undefined;
  let loading: Promise<Module> | undefined;
  const load = () => {
    loading ??= importChunk().then(
      (module) => (loaded = module),
      (error: unknown) => {
        loading = undefined;
        throw error;
      },
    );
    return loading;
  };
  return {
    load,
    useModule: () => loaded ?? use(load()), // React's use() may be called conditionally
  };
}
