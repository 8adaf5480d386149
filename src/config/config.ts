/**
 * The options a config file may set, and their check. A config file is user
 * input like any other: an unknown key or a value of the wrong kind is a
 * usage error that names the file, the key and, where one is close, the
 * name that was probably meant.
 */
import { DATE_HANDLINGS, NAMING_PREFIXES, OUTPUT_KINDS, type DateHandling, type Naming, type OutputKind } from "../emit/options.js";
import { ConfigError } from "./error.js";
import { checkPackageName, checkPackageVersion } from "./package.js";
import { closest } from "../diagnostics/suggest.js";

/** What `mdspec.config.{ts,js,mjs,json}` or the `"mdspec"` key of package.json holds. Paths are relative to the file. */
export interface MdspecConfig {
  /** Folder of markdown specs (default `specs`). */
  specs?: string;
  /** Globs, relative to the specs folder, of the files to read (default: every `.md` and `.mdx` file). */
  include?: string[];
  /** Globs, relative to the specs folder, of files not to read. */
  exclude?: string[];
  /** Folder the package is written to (default `generated`). */
  out?: string;
  /** The package's name in its package.json, a valid npm package name (default: the out folder's name). */
  name?: string;
  /** The package's version in its package.json, a SemVer version (default: `0.0.0`). */
  packageVersion?: string;
  /** The parts of the package to write (default `["types", "guards", "validators", "docs"]`). */
  emit?: OutputKind[];
  /** Prefixes of the generated functions' names (default `{ guard: "is", validate: "validate", assert: "assert" }`). */
  naming?: Partial<Naming>;
  /** How dates are represented: `as-written` (default), `string` or `Date`. */
  dates?: DateHandling;
  /** Format the TypeScript sources with prettier (default true). */
  prettier?: boolean;
  /** Type unresolved references as unknown, with a warning, instead of failing (default false). */
  allowUnresolved?: boolean;
}

/** Types a config file written in TypeScript or JavaScript: `export default defineConfig({ ... })`. */
export function defineConfig(config: MdspecConfig): MdspecConfig {
  return config;
}

export const CONFIG_KEYS = ["specs", "include", "exclude", "out", "name", "packageVersion", "emit", "naming", "dates", "prettier", "allowUnresolved"] as const;
const NAMING_KEYS = [...NAMING_PREFIXES, "schema"] as const;

/** Names the generated code gives its own helpers; a prefix may not start another's names. */
const INTERNAL_PREFIXES = ["checking", "validating"];

export { ConfigError };

/** Checks a loaded config (from `source`, for messages) and returns it typed. */
export function checkConfig(raw: unknown, source: string): MdspecConfig {
  if (!isPlainObject(raw)) throw new ConfigError(`${source} must export an object of options, not ${kindOf(raw)}`);
  const config: MdspecConfig = {};
  for (const [key, value] of Object.entries(raw)) {
    switch (key) {
      case "specs":
      case "out":
        config[key] = nonEmptyString(value, key, source);
        break;
      case "include":
      case "exclude":
        config[key] = checkGlobs(value, `${source}: "${key}"`);
        break;
      case "name":
        config.name = checkPackageName(nonEmptyString(value, key, source), `${source}: "name"`);
        break;
      case "packageVersion":
        config.packageVersion = checkPackageVersion(nonEmptyString(value, key, source), `${source}: "packageVersion"`);
        break;
      case "emit":
        config.emit = checkOutputs(value, `${source}: "emit"`);
        break;
      case "naming":
        config.naming = checkNaming(value, source);
        break;
      case "dates":
        config.dates = checkDates(value, `${source}: "dates"`);
        break;
      case "prettier":
      case "allowUnresolved":
        if (typeof value !== "boolean") throw new ConfigError(`${source}: "${key}" must be true or false, not ${kindOf(value)}`);
        config[key] = value;
        break;
      default:
        throw new ConfigError(unknownMessage(`${source}: unknown option "${key}"`, key, CONFIG_KEYS));
    }
  }
  return config;
}

/** The list of outputs, from a config array or a comma-separated flag. Types are always written, so they are added if missing. */
export function checkOutputs(value: unknown, where: string): OutputKind[] {
  const list = typeof value === "string" ? value.split(",").map((s) => s.trim()).filter((s) => s !== "") : value;
  if (!Array.isArray(list) || list.some((item) => typeof item !== "string")) {
    throw new ConfigError(`${where} must be a list of outputs (${OUTPUT_KINDS.join(", ")})`);
  }
  for (const item of list as string[]) {
    if (!(OUTPUT_KINDS as readonly string[]).includes(item)) {
      throw new ConfigError(unknownMessage(`${where}: unknown output "${item}"`, item, OUTPUT_KINDS, `the outputs are ${OUTPUT_KINDS.join(", ")}`));
    }
  }
  return OUTPUT_KINDS.filter((kind) => kind === "types" || (list as string[]).includes(kind));
}

/** A list of globs, or one glob. */
export function checkGlobs(value: unknown, where: string): string[] {
  const list = typeof value === "string" ? [value] : value;
  if (!Array.isArray(list) || list.length === 0 || list.some((item) => typeof item !== "string" || item.trim() === "")) {
    throw new ConfigError(`${where} must be a glob or a list of globs, such as ["models/**/*.md"], not ${kindOf(value)}`);
  }
  return list as string[];
}

export function checkDates(value: unknown, where: string): DateHandling {
  if (typeof value === "string" && (DATE_HANDLINGS as readonly string[]).includes(value)) return value as DateHandling;
  const text = typeof value === "string" ? value : "";
  throw new ConfigError(unknownMessage(`${where} must be one of ${DATE_HANDLINGS.join(", ")}, not ${kindOf(value)}`, text, DATE_HANDLINGS));
}

function checkNaming(value: unknown, source: string): Partial<Naming> {
  if (!isPlainObject(value)) throw new ConfigError(`${source}: "naming" must be an object such as { "guard": "is" }`);
  const naming: Partial<Naming> = {};
  for (const [key, prefix] of Object.entries(value)) {
    if (!(NAMING_KEYS as readonly string[]).includes(key)) {
      throw new ConfigError(unknownMessage(`${source}: unknown naming option "${key}"`, key, NAMING_KEYS));
    }
    if (key === "schema") {
      if (typeof prefix !== "string" || !/^[A-Za-z][A-Za-z0-9]*$/u.test(prefix)) {
        throw new ConfigError(`${source}: "naming.schema" must be a word such as "Schema" (letters and digits), not ${kindOf(prefix)}`);
      }
    } else if (typeof prefix !== "string" || !/^[a-z][A-Za-z0-9]*$/u.test(prefix)) {
      throw new ConfigError(`${source}: "naming.${key}" must be a lower-case word such as "is" (letters and digits), not ${kindOf(prefix)}`);
    }
    naming[key as keyof Naming] = prefix;
  }
  return naming;
}

/**
 * Checks a complete set of prefixes: no two may make the same name. Type
 * names start with a capital or a digit, so `is` and `isValid` clash
 * (`isValidUser`) while `check` and `checking` do not.
 */
export function checkPrefixes(naming: Naming, source: string): Naming {
  const entries = NAMING_PREFIXES.map((key): [string, string] => [key, naming[key]]);
  const owners: Array<[string, string]> = [...entries.map(([key, prefix]): [string, string] => [`naming.${key}`, prefix]), ...INTERNAL_PREFIXES.map((p): [string, string] => ["the generated code", p])];
  for (const [key, prefix] of entries) {
    for (const [owner, other] of owners) {
      if (owner === `naming.${key}`) continue;
      const rest = other.startsWith(prefix) ? other.slice(prefix.length) : undefined;
      if (rest !== undefined && !/^[a-z]/u.test(rest)) {
        throw new ConfigError(`${source}: the prefix "${prefix}" of naming.${key} would make names that ${owner} ("${other}") also makes`);
      }
    }
  }
  return naming;
}

function nonEmptyString(value: unknown, key: string, source: string): string {
  if (typeof value !== "string" || value.trim() === "") throw new ConfigError(`${source}: "${key}" must be a non-empty string, not ${kindOf(value)}`);
  return value;
}

function unknownMessage(message: string, word: string, known: readonly string[], otherwise?: string): string {
  const suggestion = closest(word, known);
  if (suggestion !== undefined) return `${message}; did you mean "${suggestion}"?`;
  return `${message}; ${otherwise ?? `the options are ${known.join(", ")}`}`;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

function kindOf(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "string") return JSON.stringify(value);
  return typeof value === "object" ? "an object" : `${typeof value} ${String(value)}`;
}
