/**
 * What a run emits and how it names things: the choices a user makes in the
 * config file or on the command line, as the emit stage receives them.
 */
import type { DateHandling } from "../ir/dates.js";
import { DEFAULT_PACKAGE_VERSION } from "./package-files.js";

/** The parts of the generated package a run can write. Types are always written: every other part refers to them. */
export const OUTPUT_KINDS = ["types", "guards", "validators", "docs", "json-schema"] as const;
export type OutputKind = (typeof OUTPUT_KINDS)[number];

/** What a run writes unless told otherwise. JSON Schemas are opt-in: most consumers check values with the guards. */
export const DEFAULT_OUTPUTS: readonly OutputKind[] = ["types", "guards", "validators", "docs"];

/**
 * How the generated names are made: with the defaults a model `User` gets
 * the functions `isUser`, `validateUser` and `assertUser` (prefixes), and the
 * Standard Schema `userSchema` (a suffix).
 */
export interface Naming {
  guard: string;
  validate: string;
  assert: string;
  schema: string;
}

export const DEFAULT_NAMING: Naming = { guard: "is", validate: "validate", assert: "assert", schema: "Schema" };

/** The keys of Naming that are prefixes of function names. */
export const NAMING_PREFIXES = ["guard", "validate", "assert"] as const;

/** A naming given in part, completed with the defaults. */
export function namingWith(given: Partial<Naming> | undefined): Naming {
  return { ...DEFAULT_NAMING, ...given };
}


export { DATE_HANDLINGS, type DateHandling } from "../ir/dates.js";

/** The functions a module declares for each model besides its type. */
export interface ModuleParts {
  guards: boolean;
  validators: boolean;
}

/** Which functions each model module exports besides its types, for the outputs a run writes. */
export function moduleParts(outputs: Iterable<OutputKind>): ModuleParts {
  const chosen = new Set(outputs);
  return { guards: chosen.has("guards"), validators: chosen.has("validators") };
}

/**
 * The names some API options had before they took the names of the config
 * keys and flags (`name`, `emit`, `prettier`). Still read; the current name
 * wins where both are given.
 */
export interface DeprecatedOptionNames {
  /** @deprecated Use `name`, as the config file and `--name` do. */
  packageName?: string;
  /** @deprecated Use `emit`, as the config file and `--emit` do. */
  outputs?: readonly OutputKind[];
  /** @deprecated Use `prettier`, as the config file and `--no-prettier` do. */
  format?: boolean;
}

/** Options with their deprecated names (DeprecatedOptionNames) read into the current ones, and removed. */
export function withCurrentNames<T extends { name?: string; emit?: readonly OutputKind[]; prettier?: boolean }>(
  options: T & DeprecatedOptionNames,
): T {
  const { packageName, outputs, format, ...current } = options;
  return {
    ...current,
    ...(current.name === undefined && packageName !== undefined && { name: packageName }),
    ...(current.emit === undefined && outputs !== undefined && { emit: outputs }),
    ...(current.prettier === undefined && format !== undefined && { prettier: format }),
  } as unknown as T;
}

/** What shapes a package's content, as the emit API (EmitOptions) and a run (GenerateOptions) are both given it. */
export interface PackageOptions extends DeprecatedOptionNames {
  /** The generated package's name in its package.json, as consumers import it. */
  name?: string;
  /** The generated package's version in its package.json, a SemVer version (default: `0.0.0`). */
  packageVersion?: string;
  /** Format the TypeScript sources with prettier (default: true). The docs are written in their final form. */
  prettier?: boolean;
  /** The parts of the package to write (default: types, guards, validators, docs). Types are always written. */
  emit?: readonly OutputKind[];
  /** Prefixes of the generated functions' names (default: `is`, `validate`, `assert`). */
  naming?: Partial<Naming>;
  /** How dates are represented (default: `as-written`, as each spec's dialect implies). */
  dates?: DateHandling;
  /** Stops the work when aborted. */
  signal?: AbortSignal;
}

export interface EmitOptions extends PackageOptions {
  /** The generated package's name in its package.json, as consumers import it (default: `models`). */
  name?: string;
  /** The generator's version, recorded in the package. */
  generatorVersion: string;
  /** What identifies the generator's build in the keys of the files a later run keeps (default: generatorVersion). */
  build?: string;
}

/** EmitOptions with every default filled in (emitSettings): what the emit stage reads. */
export interface EmitSettings {
  name: string;
  packageVersion: string;
  generatorVersion: string;
  build: string;
  prettier: boolean;
  emit: readonly OutputKind[];
  naming: Naming;
  dates: DateHandling;
  signal?: AbortSignal;
}

/** The options with their defaults, resolved once for the whole stage. */
export function emitSettings(given: EmitOptions): EmitSettings {
  const options = withCurrentNames(given);
  return {
    name: options.name ?? "models",
    packageVersion: options.packageVersion ?? DEFAULT_PACKAGE_VERSION,
    generatorVersion: options.generatorVersion,
    build: options.build ?? options.generatorVersion,
    prettier: options.prettier ?? true,
    emit: options.emit ?? DEFAULT_OUTPUTS,
    naming: namingWith(options.naming),
    dates: options.dates ?? "as-written",
    ...(options.signal && { signal: options.signal }),
  };
}
