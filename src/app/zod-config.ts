/**
 * Imported first by main.tsx. Zod 4 compiles object parsers with `new Function` when it can, and
 * probes for that with a `new Function("")`; under our CSP (script-src 'self', no 'unsafe-eval') the
 * probe is blocked and reported as a policy violation. jitless mode skips the probe and the compiling;
 * the forms are small, so the interpreted parser is fast enough. Imported from zod's core, so the
 * first page carries only this setting, not zod's schema builders (those load with the forms).
 */
import { config } from 'zod/v4/core';

config({ jitless: true });
