/**
 * One generator run as the command line shows it: diagnostics on stderr (or
 * JSON on stdout), a one-line summary, and the exit code it amounts to.
 */
import { join, relative } from "node:path";
import { requirePackage } from "../base/require-package.js";
import { generate } from "../run/generate.js";
import type { GenerateResult, Progress, Skipped } from "../run/options.js";
import { progressBar } from "./progress.js";
import { OutputFolderError } from "../write/output-folder.js";
import { ConfigError } from "../config/config.js";
import { SpecsFolderError } from "../config/folders.js";
import type { Settings } from "./settings.js";
import type { Stage, StageTiming } from "../base/timings.js";
import { enableCodeCache, saveCodeCache } from "../base/code-cache.js";
import { hiddenShown } from "../base/hidden-text.js";

const { createColors } = requirePackage("picocolors") as typeof import("picocolors");

export const EXIT_OK = 0;
export const EXIT_SPEC_ERRORS = 1;
export const EXIT_USAGE = 2;
export const EXIT_INTERNAL = 3;

/** Colours only on a terminal, and never when NO_COLOR is set (https://no-color.org). */
export function useColor(stream: NodeJS.WriteStream): boolean {
  const noColor = process.env["NO_COLOR"];
  return stream.isTTY === true && (noColor === undefined || noColor === "");
}

export interface RunOutput {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  color: boolean;
  /** Where to draw a progress bar, if anywhere. */
  progress?: NodeJS.WriteStream;
}

export const processOutput: RunOutput = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  color: useColor(process.stderr),
};

/** Runs the generator once and reports; returns the exit code. Usage problems (a missing folder, a foreign out folder) are reported, not thrown. */
export async function runOnce(
  settings: Settings,
  check: boolean,
  output: RunOutput = processOutput,
  signal?: AbortSignal,
): Promise<number> {
  const c = createColors(output.color);
  const started = performance.now();
  let result: GenerateResult;
  const bar = output.progress ? progressBar(output.progress) : undefined;
  const { cache } = settings.generate;
  if (cache !== undefined && cache !== false) enableCodeCache(join(cache, "code"));
  try {
    result = await generate({
      ...settings.generate,
      check,
      ...(signal && { signal }),
      ...(bar && { onProgress: (progress: Progress) => bar.update(progress) }),
    });
  } catch (error) {
    if (isUsageProblem(error)) {
      // Where the folder was set (a flag, a config file, the default) is the CLI's to say.
      const origin = error instanceof SpecsFolderError ? ` (The specs folder is ${settings.specsOrigin}.)` : "";
      output.stderr(`${c.red("mdspec:")} ${(error as Error).message}${origin}\n`);
      return EXIT_USAGE;
    }
    throw error;
  } finally {
    bar?.stop();
    saveCodeCache();
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(2);

  const shown = settings.quiet ? result.diagnostics.filter((d) => d.severity === "error") : result.diagnostics;
  const report = { specsRoot: settings.generate.specs, color: output.color };
  if (settings.format === "json" || shown.length > 0) {
    // The reporter loads only when there is something to report.
    const { reportJson, reportText } = await import("../diagnostics/report.js");
    if (settings.format === "json") output.stdout(reportJson(shown, report) + "\n");
    else output.stderr(reportText(shown, report) + "\n");
  }

  const say = (line: string) => {
    if (!settings.quiet && settings.format === "text") output.stderr(line + "\n");
  };
  for (const line of skippedLines(result.skipped, settings.verbose)) say(c.yellow(line));
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
  if (settings.verbose) for (const line of stageLines(result.stages ?? [])) say(c.dim(line));
  const models = result.models === 1 ? "1 model" : `${result.models} models`;
  const summary = result.upToDate
    ? `${models}: ${shownPath(settings.generate.out)} is up to date.`
    : `Generated ${models} into ${shownPath(settings.generate.out)}.`;
  say(c.green(summary) + (settings.verbose ? c.dim(` (${result.files.length} files, ${seconds}s)`) : ""));
  return EXIT_OK;
}

const TOUCHED: Record<Stage, string> = {
  read: "spec files",
  parse: "spec files",
  resolve: "models",
  emit: "modules",
  format: "modules",
  compile: "modules",
  write: "files",
};

/** A line per stage that ran: its time, and what it touched. */
export function stageLines(stages: readonly StageTiming[]): string[] {
  return stages.map(({ stage, ms, count, threads }) => {
    const time = `${ms.toLocaleString("en-US")} ms${threads ? " in threads" : ""}`;
    return `  ${stage.padEnd(8)}${time.padStart(20)}  ${count.toLocaleString("en-US")} ${TOUCHED[stage]}`;
  });
}

/** What the run left out of the specs folder: a line for each kind, and with `verbose` the files. */
function skippedLines({ pages, outside, replaced }: Skipped, verbose: boolean): string[] {
  const lines: string[] = [];
  // File names are shown, never run: a terminal would run the ESC sequences a name may hold.
  const list = (files: string[]) => (verbose ? files.map((file) => `  ${hiddenShown(file)}`) : []);
  if (pages.length > 0) {
    const count = pages.length === 1 ? "1 page that is not a model spec" : `${pages.length} pages that are not model specs`;
    lines.push(`Skipped ${count} (no Fields, Values, Supported Types or Properties section)${verbose ? ":" : "; --verbose lists them."}`, ...list(pages));
  }
  if (outside.length > 0) {
    const count = outside.length === 1 ? "1 symlink that leads" : `${outside.length} symlinks that lead`;
    lines.push(`Skipped ${count} out of the specs folder${verbose ? ", to:" : "; --verbose lists them."}`, ...list(outside));
  }
  if (replaced.length > 0) {
    const count = replaced.length === 1 ? "1 .md file" : `${replaced.length} .md files`;
    lines.push(`Skipped ${count} beside an .mdx file of the same name, which is read instead${verbose ? ":" : "; --verbose lists them."}`, ...list(replaced));
  }
  return lines;
}

/** A folder as messages name it: relative to the working directory, as the user typed it. */
export function shownPath(path: string): string {
  return relative(process.cwd(), path) || ".";
}

/** A foreign out folder, a bad config, or a file system error (a missing folder, a file that cannot be read or written). */
function isUsageProblem(error: unknown): boolean {
  if (error instanceof OutputFolderError || error instanceof ConfigError) return true;
  return error instanceof Error && "code" in error && typeof error.code === "string" && /^E[A-Z]+$/u.test(error.code);
}
