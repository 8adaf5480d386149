/**
 * The main job as users run it, on the repository's own specs/: the
 * command after nothing changed, and after one spec was edited, timed end
 * to end as a fresh process (`npm run generate`, and the tool without npm,
 * with what npm itself costs on this machine beside them). The edit is
 * undone and the package written back before this returns.
 */
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { figure, type Figure } from "./generation.js";

export interface EverydayReport {
  runs: number;
  models: number;
  rows: Array<{ command: string; noop: Figure; oneEdit: Figure }>;
  /** `npm run` of a script that does nothing. */
  npmItself: Figure;
}

const repo = join(import.meta.dirname, "..");
const npm = process.platform === "win32" ? "npm.cmd" : "npm";
const EDITED = join(repo, "specs/chat-python/models/role.md");

function timed(command: string, args: string[]): number {
  const start = performance.now();
  const child = spawnSync(command, args, { cwd: repo, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
  const ms = performance.now() - start;
  if (child.status !== 0) throw new Error(`${command} ${args.join(" ")} exited with ${child.status}:\n${child.stderr}`);
  return ms;
}

export function benchEveryday({ runs, log }: { runs: number; log: (line: string) => void }): EverydayReport {
  const commands: Array<[string, string, string[]]> = [
    ["npm run generate", npm, ["run", "generate", "--silent"]],
    ["node scripts/mdspec.mjs generate", process.execPath, [join(repo, "scripts/mdspec.mjs"), "generate"]],
  ];
  const original = readFileSync(EDITED, "utf8");
  const rows: EverydayReport["rows"] = [];
  try {
    timed(npm, ["run", "generate", "--silent"]);
    for (const [command, bin, args] of commands) {
      const noop = Array.from({ length: runs }, () => timed(bin, args));
      const oneEdit = Array.from({ length: runs }, (_, i) => {
        writeFileSync(EDITED, original.replace("The role of the author of this message.", `The role of the author of this message (edit ${i + 1}).`));
        return timed(bin, args);
      });
      writeFileSync(EDITED, original);
      timed(bin, args);
      rows.push({ command, noop: figure(noop), oneEdit: figure(oneEdit) });
      log(`everyday: ${command}: nothing changed ${noop.map((ms) => (ms / 1000).toFixed(2)).join(", ")} s`);
    }
  } finally {
    writeFileSync(EDITED, original);
    timed(npm, ["run", "generate", "--silent"]);
  }
  const npmItself = figure(Array.from({ length: runs }, () => timed(npm, ["run", "bench:npm-itself", "--silent"])));
  const models = (readFileSync(join(repo, "generated/.mdspec-manifest.jsonl"), "utf8").match(/"models":(\d+)/u) ?? [])[1];
  return { runs, models: Number(models), rows, npmItself };
}
