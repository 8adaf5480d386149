/**
 * What identifies this build of mdspec in cache keys and the manifest's run
 * key: its version, and the code and templates it runs. A change to the
 * tool without a new version (working on mdspec itself, a patched install)
 * still makes every cached parse, plan and file stale.
 */
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { join } from "node:path";
import { hashOf } from "../base/hash.js";

/** Each file below `root` with a matching name, as its path below `root` and its bytes, in a stable order. */
function filesBelow(root: string, extension: RegExp): Array<string | Uint8Array> {
  return readdirSync(root, { recursive: true, encoding: "utf8" })
    .filter((file) => extension.test(file))
    .sort()
    .flatMap((file) => [file, readFileSync(join(root, file))]);
}

/** The tool's code (dist/ when built, src/ when run from source, as the tests do) and its templates. */
const TOOL_FOLDERS = {
  code: fileURLToPath(new URL("..", import.meta.url)),
  templates: fileURLToPath(new URL("../../templates", import.meta.url)),
};

export function toolKey(version: string, folders: { code: string; templates: string } = TOOL_FOLDERS): string {
  // Declaration files describe the code to its callers and change nothing it does.
  return hashOf(version, ...filesBelow(folders.code, /(?<!\.d)\.(?:js|ts)$/u), ...filesBelow(folders.templates, /\.(?:ts|eta)$/u));
}
