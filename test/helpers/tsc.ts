/** Runs the TypeScript compiler the project installs, and returns its exit code and output. */
import { spawnSync } from "node:child_process";
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
