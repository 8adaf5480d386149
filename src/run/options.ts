/**
 * What a run is asked and what it answers: the options of `generate` and
 * `buildPackage`, their results, and the tool's version and build. The
 * shells (cli/, the API) fill them in; the run (generate.ts, edit-run.ts)
 * reads them.
 */
import { readFileSync } from "node:fs";
import type { StageTiming } from "../base/timings.js";
import { toolKey } from "../cache/tool-key.js";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { emitSettings, type EmitSettings, type PackageOptions } from "../emit/options.js";

/**
 * What to generate. The options are named as the config file's keys and the
 * flags are (`name` is `--name`, `emit` is `--emit`, `prettier` is
 * `--no-prettier`); the older names `packageName`, `outputs` and `format`
 * are still read (DeprecatedOptionNames).
 */
export interface GenerateOptions extends PackageOptions {
  /** Folder of markdown specs. */
  specs: string;
  /** Globs (relative to the specs folder) of the files to read; default: every `.md` and `.mdx` file. */
  include?: readonly string[];
  /** Globs (relative to the specs folder) of files not to read. */
  exclude?: readonly string[];
  /** Folder the package is written to. */
  out: string;
  /** The package's name in its package.json, a valid npm package name (default: the out folder's name, made one). */
  name?: string;
  /** Compare instead of writing. */
  check?: boolean;
  /** Type unresolved references, unknown type names and unreadable types as unknown, with a warning, instead of failing (default: false). */
  allowUnresolved?: boolean;
  /**
   * Stops the run when aborted, up to the moment the output folder is
   * replaced; that step is never cut short, so the folder is either as it
   * was or complete.
   */
  signal?: AbortSignal;
  /**
   * Folder that keeps what each spec meant, and the plan of the package last
   * written, between runs; or `false` to parse every spec and emit every file
   * anew (default: node_modules/.cache/mdspec).
   */
  cache?: string | false;
  /** Threads to parse and emit on (default: one per core; 1 keeps the run on the main thread). */
  threads?: number;
  /** Told how far a long run has got. */
  onProgress?: (progress: Progress) => void;
}

/** How far a phase of a run has got: parsing specs, or emitting modules. */
export interface Progress {
  phase: "parse" | "emit";
  done: number;
  total: number;
}

export const DEFAULT_CACHE = "node_modules/.cache/mdspec";

export interface GenerateResult {
  diagnostics: Diagnostic[];
  /** Whether the run succeeded (no errors; with `check`, also no differences). */
  ok: boolean;
  /** Number of models in the package. */
  models: number;
  /** Files written (or, with `check`, the files that would change). */
  files: string[];
  /** With `check`: the files that differ from the output folder. */
  changed?: string[];
  /** Whether the output was already up to date, so nothing was parsed or written. */
  upToDate?: boolean;
  /** Files of the specs folder that were not read as specs. */
  skipped: Skipped;
  /** Where the run's time went, stage by stage (see base/timings.ts). */
  stages?: StageTiming[];
}

export interface Skipped {
  /** Markdown files that are not model specs (operation pages, indexes, READMEs), by path in the specs folder. */
  pages: string[];
  /** Symlinks in the specs folder that lead out of it, by their target relative to the folder; never followed. */
  outside: string[];
  /** `.md` files beside an `.mdx` file of the same name, which replaces them. */
  replaced: string[];
}

export const version: string = (
  JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string }
).version;

/** This build of mdspec, in every cache key (see cache/tool-key.ts). */
export const TOOL_KEY: string = toolKey(version);

/** The options of `generate` that shape the package's content (not where it goes). */
export type BuildPackageOptions = Omit<
  GenerateOptions,
  "specs" | "include" | "exclude" | "out" | "check" | "cache" | "threads" | "onProgress"
>;

export interface BuiltPackage {
  /** Every diagnostic, sorted by file and position. */
  diagnostics: Diagnostic[];
  /** The package's files (path inside it → content), or undefined when there are errors. */
  files: Map<string, string> | undefined;
  /** Number of models in the package. */
  models: number;
  /** Spec files that are not model specs, and were skipped. */
  pages: string[];
}

/** The options that shape a package, every default filled in (runSettings): what a run's stages read. */
export interface RunSettings extends EmitSettings {
  allowUnresolved: boolean;
}

/** The options with their defaults, resolved once, where a run starts. */
export function runSettings(options: BuildPackageOptions): RunSettings {
  return { ...emitSettings({ ...options, generatorVersion: version, build: TOOL_KEY }), allowUnresolved: options.allowUnresolved ?? false };
}
