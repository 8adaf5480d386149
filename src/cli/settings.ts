/**
 * The settings of one invocation: the command line's flags over the config
 * file's options over the defaults. Paths given on the command line are
 * relative to the working directory; paths in a config file to its folder.
 */
import { resolve } from "node:path";
import { checkDates, checkOutputs, checkPrefixes, type MdspecConfig } from "../config/config.js";
import { findConfig, loadConfig, type LoadedConfig } from "../config/load.js";
import { checkPackageName, checkPackageVersion, defaultPackageName } from "../config/package.js";
import { DEFAULT_NAMING, DEFAULT_OUTPUTS } from "../emit/options.js";
import { ConfigError } from "../config/config.js";
import { DEFAULT_CACHE, type GenerateOptions } from "../run/options.js";

/**
 * The flags the generate, check and watch commands share, as commander
 * parses them: the config keys a flag gives as they are, typed as the config
 * types them, and the others as the text typed.
 */
export interface CliFlags extends Pick<MdspecConfig, "specs" | "include" | "exclude" | "out" | "name" | "packageVersion" | "prettier" | "allowUnresolved"> {
  /** Comma-separated output kinds, checked as the config's `emit`. */
  emit?: string;
  dates?: string;
  cache?: boolean;
  cacheDir?: string;
  threads?: string;
  config?: string | false;
  format: "text" | "json";
  quiet?: boolean;
  verbose?: boolean;
}

export interface Settings {
  /** What to generate; `check` is the command's to set. */
  generate: Omit<GenerateOptions, "check">;
  format: "text" | "json";
  /** Errors only. */
  quiet: boolean;
  /** Also which config was used, and timings. */
  verbose: boolean;
  /** The config file the options came from, if any. */
  configFile?: string;
  /** Where the specs folder was set, for messages about it. */
  specsOrigin: string;
}

/**
 * Resolves the settings. `given(flag)` tells whether a flag was on the
 * command line rather than a default, so a config value is only overridden
 * by what the user typed.
 */
export async function resolveSettings(flags: CliFlags, given: (flag: keyof CliFlags) => boolean, cwd: string): Promise<Settings> {
  const loaded: LoadedConfig | undefined =
    flags.config === false ? undefined : typeof flags.config === "string" ? await loadConfig(resolve(cwd, flags.config)) : await findConfig(cwd);
  const config: MdspecConfig = loaded?.config ?? {};
  const fromConfig = (path: string) => resolve(loaded!.folder, path);

  const pick = <K extends keyof CliFlags & keyof MdspecConfig>(flag: K): { value: CliFlags[K]; from: "cli" } | { value: MdspecConfig[K]; from: "config" } | undefined => {
    if (given(flag) && flags[flag] !== undefined) return { value: flags[flag], from: "cli" };
    if (config[flag] !== undefined) return { value: config[flag], from: "config" };
    return undefined;
  };
  const path = (flag: "specs" | "out", fallback: string): string => {
    const chosen = pick(flag);
    if (!chosen) return resolve(cwd, fallback);
    return chosen.from === "cli" ? resolve(cwd, chosen.value as string) : fromConfig(chosen.value as string);
  };

  const specs = path("specs", "specs");
  const include = pick("include")?.value;
  const exclude = pick("exclude")?.value;
  const specsFrom = pick("specs")?.from;
  const specsOrigin =
    specsFrom === "cli" ? "set by --specs" : specsFrom === "config" ? `set by "specs" in ${loaded!.file}` : "the default: neither --specs nor a config file set one";
  const out = path("out", "generated");
  const outputs = given("emit") && flags.emit !== undefined ? checkOutputs(flags.emit, "--emit") : (config.emit ?? [...DEFAULT_OUTPUTS]);
  const dates = given("dates") && flags.dates !== undefined ? checkDates(flags.dates, "--dates") : (config.dates ?? "as-written");
  const naming = checkPrefixes({ ...DEFAULT_NAMING, ...config.naming }, loaded?.file ?? "naming");
  const quiet = flags.quiet === true;
  const name = given("name") && flags.name !== undefined ? checkPackageName(flags.name, "--name") : config.name;
  const packageVersion =
    given("packageVersion") && flags.packageVersion !== undefined ? checkPackageVersion(flags.packageVersion, "--package-version") : config.packageVersion;

  return {
    generate: {
      specs,
      ...(include && { include }),
      ...(exclude && { exclude }),
      out,
      name: name ?? checkPackageName(defaultPackageName(out), "the package name made from the out folder's name", "Pass --name to choose one."),
      ...(packageVersion !== undefined && { packageVersion }),
      allowUnresolved: (pick("allowUnresolved")?.value as boolean | undefined) ?? false,
      prettier: (pick("prettier")?.value as boolean | undefined) ?? true,
      emit: outputs,
      naming,
      dates,
      cache: flags.cache === false ? false : resolve(cwd, flags.cacheDir ?? DEFAULT_CACHE),
      ...(flags.threads !== undefined && { threads: threadCount(flags.threads) }),
    },
    format: flags.format,
    quiet,
    verbose: flags.verbose === true && !quiet,
    ...(loaded && { configFile: loaded.file }),
    specsOrigin,
  };
}

function threadCount(text: string): number {
  const count = Number(text);
  if (!Number.isInteger(count) || count < 1) throw new ConfigError(`--threads: expected a whole number of at least 1, got "${text}"`);
  return count;
}
