/**
 * Finds and loads the config: `mdspec.config.{ts,js,mjs,json}` or the
 * `"mdspec"` key of a package.json, in the current folder or the nearest
 * folder above it that has one (lilconfig searches). TypeScript configs are
 * loaded with jiti, which runs them on any supported Node without a build step.
 */
import { dirname, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { lilconfig, type Loader } from "lilconfig";
import { checkConfig, ConfigError, type MdspecConfig } from "./config.js";

export const CONFIG_FILES = ["package.json", "mdspec.config.ts", "mdspec.config.js", "mdspec.config.mjs", "mdspec.config.json"];

export interface LoadedConfig {
  config: MdspecConfig;
  /** The file it came from; relative paths in the config are relative to its folder. */
  file: string;
  folder: string;
}

/** The default export of a TypeScript or JavaScript module (fresh on every load, so a watch can pick up edits). */
const moduleLoader: Loader = async (file) => {
  // Loaded here: most projects have no config module, and jiti is not free to load.
  const { createJiti } = await import("jiti");
  const jiti = createJiti(pathToFileURL(file).href, { moduleCache: false, fsCache: false });
  return jiti.import(file, { default: true });
};

const jsonLoader: Loader = (file, content) => {
  try {
    return JSON.parse(content.replace(/^\uFEFF/u, "")) as unknown;
  } catch (error) {
    throw new ConfigError(`${file} is not valid JSON: ${(error as Error).message}`);
  }
};

const loaders = { ".ts": moduleLoader, ".js": moduleLoader, ".mjs": moduleLoader, ".json": jsonLoader };

/** The config found from `from` upward, or undefined when there is none. */
export async function findConfig(from: string): Promise<LoadedConfig | undefined> {
  const explorer = lilconfig("mdspec", { searchPlaces: CONFIG_FILES, loaders, cache: false });
  const found = await guarded(() => explorer.search(from), from);
  if (!found || found.isEmpty === true) return undefined;
  return { config: checkConfig(found.config, found.filepath), file: found.filepath, folder: dirname(found.filepath) };
}

/** The config in a file named on the command line (`--config`). */
export async function loadConfig(file: string): Promise<LoadedConfig> {
  const path = resolve(file);
  const explorer = lilconfig("mdspec", { searchPlaces: CONFIG_FILES, loaders, cache: false });
  const found = await guarded(() => explorer.load(path), path);
  if (!found) throw new ConfigError(`${path} has no mdspec options`);
  return { config: checkConfig(found.config, found.filepath), file: found.filepath, folder: dirname(found.filepath) };
}

/** Runs a load; a config that cannot be read or run becomes a ConfigError that names it. */
async function guarded<T>(load: () => Promise<T>, where: string): Promise<T> {
  try {
    return await load();
  } catch (error) {
    if (error instanceof ConfigError) throw error;
    const message = error instanceof Error ? error.message : String(error);
    throw new ConfigError(`cannot load the config (${where}): ${message.split("\n")[0]}`);
  }
}
