/**
 * A worker thread of the pool: runs the tasks it is handed (tasks.ts). It
 * loads the emitter as it starts, so a pool started early has it ready by
 * the time the first module is due.
 */
import * as emitter from "../emit/emit-module.js";
import { runTask, type Task } from "./tasks.js";

const loaded = () => Promise.resolve(emitter);

export default function run(task: Task): ReturnType<typeof runTask> {
  return runTask(task, loaded);
}
