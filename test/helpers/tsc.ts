/** Runs the TypeScript compiler the project installs, and returns its exit code and output. */
import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

const require = createRequire(import.meta.url);
const tscBin = join(dirname(require.resolve("typescript/package.json")), "bin", "tsc");

export function tsc(args: string[], cwd: string): { status: number | null; output: string } {
  const run = spawnSync(process.execPath, [tscBin, ...args], { cwd, encoding: "utf8" });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

/** The strictest settings in common use, as the issue tracker's acceptance asks. */
export const STRICT_FLAGS = ["--strict", "--exactOptionalPropertyTypes", "--noUncheckedIndexedAccess"];

/**
 * Type-checks `source` as a module of a consumer in a folder beside the
 * generated package, under the strict flags; it imports the package as
 * `../<package folder>/dist/index.js`.
 */
export function typeCheckConsumer(packageDir: string, source: string): { status: number | null; output: string } {
  const dir = join(packageDir, "..", "consumer");
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "consumer.ts"), source);
  const config = { compilerOptions: { module: "nodenext", strict: true, noEmit: true, types: [] }, files: ["consumer.ts"] };
  writeFileSync(join(dir, "tsconfig.json"), JSON.stringify(config));
  return tsc(["-p", "tsconfig.json", ...STRICT_FLAGS], dir);
}
