#!/usr/bin/env node
// Builds the tool: tsc compiles src/ to dist/, then esbuild makes the
// modules that pull in many small dependency modules one file each, with
// those dependencies in it, for Node loads one file much faster than two
// hundred. Their declarations stay tsc's; the JavaScript does the same.
// Then it records the key of the code it built, which runs read.
import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { buildSync } from "esbuild";

const root = fileURLToPath(new URL("..", import.meta.url));

/** Sources built into one file each, with their dependencies (src/… → dist/…). */
const BUNDLED = ["parse/markdown"];

execFileSync(process.execPath, [join(root, "node_modules/typescript/bin/tsc"), "-p", join(root, "tsconfig.json")], { stdio: "inherit" });
for (const module of BUNDLED) {
  buildSync({
    entryPoints: [join(root, "src", `${module}.ts`)],
    outfile: join(root, "dist", `${module}.js`),
    allowOverwrite: true,
    bundle: true,
    format: "esm",
    platform: "node",
    target: "node20",
    logLevel: "warning",
  });
}

// Last, so that the record is newer than every file it keys (src/cache/tool-key.ts).
const { BUILD_KEY_FILE, buildRecord } = await import(pathToFileURL(join(root, "dist/cache/tool-key.js")).href);
writeFileSync(join(root, "dist", BUILD_KEY_FILE), buildRecord());
