/**
 * A worker thread of the pool: runs the tasks it is handed (tasks.ts). It
 * loads the emitter as it starts, so a pool started early has it ready by
 * the time the first module is due; through the run's code cache, where the
 * run keeps one (worker-setup.ts), which it saves once its first task has
 * run the emitter.
 */
import "./worker-setup.js";
import * as emitter from "../emit/emit-module.js";
import { saveCodeCache } from "../base/code-cache.js";
import { runTask, type Task } from "./tasks.js";

const loaded = () => Promise.resolve(emitter);

export default async function run(task: Task): Promise<Awaited<ReturnType<typeof runTask>>> {
  const result = await runTask(task, loaded);
  saveCodeCache();
  return result;
}
