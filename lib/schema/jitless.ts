import { z } from 'zod';

/**
 * zod without its JIT: no `new Function` at run time, so nothing trips the extension pages' CSP
 * and a store review finds no eval. Imported first by every entrypoint and by `lib/schema`; zod
 * decides per schema when it is built, so this runs before any schema exists.
 */
z.config({ jitless: true });
