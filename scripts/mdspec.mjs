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
  const src = join(root, "src");
  const files = readdirSync(src, { recursive: true, encoding: "utf8" }).map((file) => join(src, file));
  return Math.max(...[...files, join(root, "tsconfig.json"), join(root, "scripts/build.mjs")].map((file) => statSync(file).mtimeMs));
}

const built = existsSync(entry) ? statSync(entry).mtimeMs : -Infinity;
if (existsSync(join(root, "src")) && newestSource() > built) {
  process.stderr.write("mdspec: its sources changed; building it first.\n");
  execFileSync(process.execPath, [join(root, "scripts/build.mjs")], { stdio: "inherit" });
}
await import(entry);
