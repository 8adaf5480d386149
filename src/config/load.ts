/**
 * Finds and loads the config: `mdspec.config.{ts,js,mjs,json}` or the
 * `"mdspec"` key of a package.json, in the current folder or the nearest
 * folder above it that has one (lilconfig searches). TypeScript configs are
 * loaded with jiti, which runs them on any supported Node without a build step.
 */
import { dirname, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import type { Loader } from "lilconfig";
import { requirePackage } from "../base/require-package.js";
import { checkConfig, ConfigError, type MdspecConfig } from "./config.js";
import { jsonSyntaxError } from "./json-error.js";

const { lilconfig } = requirePackage("lilconfig") as typeof import("lilconfig");

export const CONFIG_FILES = ["package.json", "mdspec.config.ts", "mdspec.config.js", "mdspec.config.mjs", "mdspec.config.json"];

export interface LoadedConfig {
  config: MdspecConfig;
  /** The file it came from; relative paths in the config are relative to its folder. */
  file: string;
  folder: string;
}

const FIX_CONFIG = "Fix the file, or pass --no-config to ignore it.";

/** The default export of a TypeScript or JavaScript module (fresh on every load, so a watch can pick up edits). */
const moduleLoader: Loader = async (file) => {
  // Loaded here: most projects have no config module, and jiti is not free to load.
  const { createJiti } = await import("jiti");
  const jiti = createJiti(pathToFileURL(file).href, { moduleCache: false, fsCache: false });
  try {
    return await jiti.import(file, { default: true });
  } catch (error) {
    throw new ConfigError(moduleFailure(file, error));
  }
};

const jsonLoader: Loader = (file, content) => {
  const text = content.replace(/^\uFEFF/u, "");
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const found = jsonSyntaxError(text);
    const where = found ? `${file}:${found.line}:${found.column}` : file;
    throw new ConfigError(`${where}: the config is not valid JSON: ${sentence(found?.message ?? (error as Error).message)} ${FIX_CONFIG}`);
  }
};

/**
 * What went wrong loading a config module, located: a syntax error where
 * the parser stopped (jiti puts `file:line:column` on the message's second
 * line), an error thrown while it ran at the module's frame of the stack.
 */
function moduleFailure(file: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const [first = "", ...rest] = message.split("\n");
  // `columnBase`: the parser counts columns from 0, stack traces from 1.
  const located = (text: string, columnBase = 1) => {
    const at = text.lastIndexOf(file + ":");
    const position = at < 0 ? undefined : /^:(\d+):(\d+)/u.exec(text.slice(at + file.length));
    return position ? `${file}:${position[1]}:${Number(position[2]) + 1 - columnBase}` : undefined;
  };
  const syntax = /^(?:\w+: )?(?:ParseError|SyntaxError): */u;
  if (syntax.test(first)) {
    const where = rest.map((line) => located(line, 0)).find((place) => place !== undefined) ?? file;
    return `${where}: the config has a syntax error: ${sentence(first.replace(syntax, ""))} ${FIX_CONFIG}`;
  }
  const stack = error instanceof Error ? (error.stack ?? "").split("\n") : [];
  const where = stack.map((line) => located(line)).find((place) => place !== undefined) ?? file;
  const name = error instanceof Error && error.name !== "Error" ? `${error.name}: ` : "";
  return `${where}: the config failed to load: ${name}${sentence(first)} ${FIX_CONFIG}`;
}

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
    throw new ConfigError(`cannot load the config (${where}): ${sentence(message.split("\n")[0] ?? "")} ${FIX_CONFIG}`);
  }
}

/** A message as a sentence of a longer one: trimmed, ending with one full stop. */
function sentence(text: string): string {
  return `${text.trim().replace(/[.\s]+$/u, "")}.`;
}
