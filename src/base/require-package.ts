/**
 * CommonJS packages, loaded with `require`, their own format. An ES
 * module's `import` of one makes Node scan the package's source for the
 * names it exports and wrap it; for the few packages every command loads,
 * that cost a run which finds nothing to do a tenth of its time.
 */
import { createRequire } from "node:module";

export const requirePackage = createRequire(import.meta.url);
