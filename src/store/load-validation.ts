/**
 * The zod schemas that check saved data (and so zod itself) load only when there is saved data to
 * check. A first visit never needs them, so the start page's bundle stays small; a returning visit
 * loads them before its saved answers are merged in, so saved data is still always validated.
 */
type Validation = typeof import('./persisted-state');

let validation: Validation | undefined;
let loading: Promise<Validation> | undefined;

export function loadValidation(): Promise<Validation> {
  loading ??= import('./persisted-state').then(
    (module) => (validation = module),
    (error: unknown) => {
      loading = undefined; // let the next attempt try again
      throw error;
    },
  );
  return loading;
}

/** The checks, once loaded; undefined before. */
export function validationIfLoaded(): Validation | undefined {
  return validation;
}

export function loadedValidation(): Validation {
  // Storage loads the checks before handing over any saved data, so this only fails on a bug.
  if (!validation) throw new Error('Saved answers were read before their checks had loaded.');
  return validation;
}
