/**
 * A worker thread of the pool: runs the tasks it is handed (tasks.ts). It
 * loads the emitter as it starts, so a pool started early has it ready by
 * the time the first module is due; through the run's code cache, where the
 * run keeps one, which it saves once its first task has run the emitter.
 */
import { workerData } from "node:worker_threads";
import { enableCodeCache, saveCodeCache } from "../base/code-cache.js";
import { runTask, type Task } from "./tasks.js";

const { codeCache } = (workerData ?? {}) as { codeCache?: string };
if (codeCache !== undefined) enableCodeCache(codeCache);
const emitter = import("../emit/emit-module.js");
// A worker that never emits never awaits it: its failure to load is a task's to report.
emitter.catch(() => {});

export default async function run(task: Task): Promise<Awaited<ReturnType<typeof runTask>>> {
  const result = await runTask(task, () => emitter);
  saveCodeCache();
  return result;
}
