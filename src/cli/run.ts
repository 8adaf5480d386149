/**
 * One generator run as the command line shows it: diagnostics on stderr (or
 * JSON on stdout), a one-line summary, and the exit code it amounts to.
 */
import { relative } from "node:path";
import { createColors } from "picocolors";
import { reportJson, reportText } from "../diagnostics/report.js";
import { generate, type GenerateResult } from "../generate.js";
import { OutputFolderError } from "../write/output-folder.js";
import { ConfigError } from "../config/config.js";
import type { Settings } from "./settings.js";

export const EXIT_OK = 0;
export const EXIT_SPEC_ERRORS = 1;
export const EXIT_USAGE = 2;

/** Colours only on a terminal, and never when NO_COLOR is set (https://no-color.org). */
export function useColor(stream: NodeJS.WriteStream): boolean {
  const noColor = process.env["NO_COLOR"];
  return stream.isTTY === true && (noColor === undefined || noColor === "");
}

export interface RunOutput {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  color: boolean;
}

export const processOutput: RunOutput = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  color: useColor(process.stderr),
};

/** Runs the generator once and reports; returns the exit code. Usage problems (a missing folder, a foreign out folder) are reported, not thrown. */
export async function runOnce(settings: Settings, check: boolean, output: RunOutput = processOutput): Promise<number> {
  const c = createColors(output.color);
  const started = performance.now();
  let result: GenerateResult;
  try {
    result = await generate({ ...settings.generate, check });
  } catch (error) {
    if (isUsageProblem(error)) {
      output.stderr(`${c.red("mdspec:")} ${(error as Error).message}\n`);
      return EXIT_USAGE;
    }
    throw error;
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(2);

  const shown = settings.quiet ? result.diagnostics.filter((d) => d.severity === "error") : result.diagnostics;
  const report = { specsRoot: settings.generate.specs, color: output.color };
  if (settings.format === "json") output.stdout(reportJson(shown, report) + "\n");
  else if (shown.length > 0) output.stderr(reportText(shown, report) + "\n");

  const say = (line: string) => {
    if (!settings.quiet && settings.format === "text") output.stderr(line + "\n");
  };
  if (result.changed) {
    if (result.changed.length > 0) {
      output.stderr(c.yellow(`${result.changed.length} generated file(s) are out of date:\n`));
      for (const path of result.changed.slice(0, 50)) output.stderr(`  ${path}\n`);
      output.stderr("Run `mdspec generate` to update them.\n");
      return EXIT_SPEC_ERRORS;
    }
    if (result.ok) say(c.green(`${result.models} models: the output is up to date.`));
    return result.ok ? EXIT_OK : EXIT_SPEC_ERRORS;
  }
  if (!result.ok) return EXIT_SPEC_ERRORS;
  const where = relative(process.cwd(), settings.generate.out) || ".";
  say(c.green(`Generated ${result.models} models into ${where}.`) + (settings.verbose ? c.dim(` (${result.files.length} files, ${seconds}s)`) : ""));
  return EXIT_OK;
}

function isUsageProblem(error: unknown): boolean {
  if (error instanceof OutputFolderError || error instanceof ConfigError) return true;
  return error instanceof Error && "code" in error && (error.code === "ENOENT" || error.code === "ENOTDIR");
}
