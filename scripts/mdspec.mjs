#!/usr/bin/env node
// Runs mdspec from this checkout, building it first (scripts/build.mjs) only when a source is
// newer than the build: `npm run generate` after a spec edit costs the run,
// not a compile of the tool. (An installed mdspec runs dist/cli/main.js.)
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const entry = join(root, "dist/cli/main.js");

/** The newest modification time of the tool's sources and build settings. */
function newestSource() {
  let newest = Math.max(statSync(join(root, "tsconfig.json")).mtimeMs, statSync(join(root, "scripts/build.mjs")).mtimeMs);
  // A walk of its own: Node 20's recursive readdirSync takes several times as long.
  const walk = (folder) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      newest = Math.max(newest, statSync(path).mtimeMs);
      if (entry.isDirectory()) walk(path);
    }
  };
  walk(join(root, "src"));
  return newest;
}

const built = existsSync(entry) ? statSync(entry).mtimeMs : -Infinity;
if (existsSync(join(root, "src")) && newestSource() > built) {
  process.stderr.write("mdspec: its sources changed; building it first.\n");
  execFileSync(process.execPath, [join(root, "scripts/build.mjs")], { stdio: "inherit" });
}
await import(entry);
