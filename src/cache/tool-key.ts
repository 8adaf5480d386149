/**
 * What identifies this build of mdspec in cache keys and the manifest's run
 * key: its version, and the code and templates it runs. A change to the
 * tool without a new version (working on mdspec itself, a patched install)
 * still makes every cached parse, plan and file stale.
 *
 * The build records the key of what it built (scripts/build.mjs), for
 * hashing 2 MB of code took a run that found nothing to do a tenth of its
 * time. A run then reads the files' stats only: a file changed since the
 * record (newer than it), or added or removed, still changes the key.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { join } from "node:path";
import { hashOf } from "../base/hash.js";

export interface ToolFolders {
  code: string;
  templates: string;
}

/** The file in the code folder where the build records its content key. */
export const BUILD_KEY_FILE = "build-key.txt";

/** The tool's code (dist/ when built, src/ when run from source, as the tests do) and its templates. */
const TOOL_FOLDERS: ToolFolders = {
  code: fileURLToPath(new URL("..", import.meta.url)),
  templates: fileURLToPath(new URL("../../templates", import.meta.url)),
};

// Declaration files describe the code to its callers and change nothing it does.
const CODE = /(?<!\.d)\.(?:js|ts)$/u;
const TEMPLATES = /\.(?:ts|eta)$/u;

export function toolKey(version: string, folders: ToolFolders = TOOL_FOLDERS): string {
  return hashOf(version, recordedKey(folders) ?? contentKey(folders));
}

/** The key of the code and templates as their bytes are: what the build records, and what a run from source uses. */
export function contentKey(folders: ToolFolders = TOOL_FOLDERS): string {
  const contents = (root: string, names: RegExp) => filesBelow(root, names).flatMap((file) => [file, readFileSync(join(root, file))]);
  return hashOf(...contents(folders.code, CODE), ...contents(folders.templates, TEMPLATES));
}

/**
 * The key the build recorded, with the name of every file there is, and the
 * size and time of each one modified after the record; undefined where no
 * build recorded one.
 */
function recordedKey(folders: ToolFolders): string | undefined {
  const record = join(folders.code, BUILD_KEY_FILE);
  let recorded: string;
  let since: number;
  try {
    recorded = readFileSync(record, "utf8");
    since = statSync(record).mtimeMs;
  } catch {
    return undefined;
  }
  const parts: string[] = [recorded];
  for (const [root, names] of [[folders.code, CODE], [folders.templates, TEMPLATES]] as const) {
    for (const file of filesBelow(root, names)) {
      const { size, mtimeMs } = statSync(join(root, file));
      parts.push(file, ...(mtimeMs > since ? [String(size), String(mtimeMs)] : []));
    }
  }
  return hashOf(...parts);
}

/** The path below `root` of each file whose name matches, in a stable order. */
function filesBelow(root: string, names: RegExp): string[] {
  const found: string[] = [];
  const walk = (folder: string, prefix: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = prefix + entry.name;
      if (entry.isDirectory()) walk(join(folder, entry.name), `${path}/`);
      else if (names.test(entry.name)) found.push(path);
    }
  };
  walk(root, "");
  return found.sort();
}
