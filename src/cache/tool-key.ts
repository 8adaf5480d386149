/**
 * What identifies this build of mdspec in cache keys and the manifest's run
 * key: its version, and the code and templates it runs. A change to the
 * tool without a new version (working on mdspec itself, a patched install)
 * still makes every cached parse, plan and file stale.
 *
 * The key is the hash of the code's and templates' bytes. Hashing 2 MB of
 * code took a run that found nothing to do a tenth of its time, so the
 * build records the hash with the list of files it covers
 * (scripts/build.mjs); a run takes the record where every file it lists is
 * still there, no other is, and each is older than the record, and hashes
 * the bytes otherwise (after an edit, and after an install, which dates
 * every file anew; where the bytes are the recorded ones, it dates the
 * record anew). Either way the key is the same for the same bytes.
 */
import { readdirSync, readFileSync, statSync, utimesSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { join } from "node:path";
import { hashOf } from "../base/hash.js";

export interface ToolFolders {
  code: string;
  templates: string;
}

/** The file in the code folder where the build records the content key (buildRecord). */
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

/** What the build records: the content key, then the files it covers, a line each. */
export function buildRecord(folders: ToolFolders = TOOL_FOLDERS): string {
  return [contentKey(folders), ...toolFiles(folders)].join("\n");
}

/** The key of the code and templates as their bytes are. */
function contentKey(folders: ToolFolders): string {
  return hashOf(...toolFiles(folders).flatMap((file) => [file, readFileSync(pathOf(folders, file))]));
}

/** The content key the build recorded, where the files are still those it recorded it of; else undefined. */
function recordedKey(folders: ToolFolders): string | undefined {
  const record = join(folders.code, BUILD_KEY_FILE);
  let text: string;
  let since: number;
  try {
    text = readFileSync(record, "utf8");
    since = statSync(record).mtimeMs;
  } catch {
    return undefined;
  }
  const [key, ...recorded] = text.split("\n");
  const files = toolFiles(folders);
  if (files.length !== recorded.length || files.some((file, i) => file !== recorded[i])) return undefined;
  // As new as the record counts as changed since: a file system's clock may tick coarser than the writes.
  if (!files.some((file) => statSync(pathOf(folders, file)).mtimeMs >= since)) return key;
  // Files dated after the record: an edit, or an install, which dates every file anew. Their bytes decide; where
  // they are the ones recorded, the record is dated anew (where it may be), so that the next run reads stats only.
  const content = contentKey(folders);
  if (content === key) {
    try {
      const now = new Date();
      utimesSync(record, now, now);
    } catch {
      // A read-only install: each run hashes the bytes, as it would without a record.
    }
  }
  return content;
}

/** The files a key covers, as `code/…` and `templates/…` paths, in a stable order. */
function toolFiles(folders: ToolFolders): string[] {
  return [...filesBelow(folders.code, CODE).map((file) => `code/${file}`), ...filesBelow(folders.templates, TEMPLATES).map((file) => `templates/${file}`)];
}

function pathOf(folders: ToolFolders, file: string): string {
  const slash = file.indexOf("/");
  return join(file.startsWith("code/") ? folders.code : folders.templates, file.slice(slash + 1));
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
