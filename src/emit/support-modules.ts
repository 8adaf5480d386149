/**
 * The package's modules that come from no spec: copies of the helpers in
 * templates/, which the model modules import. Paths are inside src/ and
 * dist/, without an extension.
 */

/** The runtime helpers every guard may call (templates/runtime.ts). */
export const RUNTIME_MODULE = "runtime";

/** The helpers the validators build their issues with (templates/validation.ts). */
export const VALIDATION_MODULE = "runtime/validation";
