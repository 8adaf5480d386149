/**
 * What a worker sets up before it loads the emitter: worker.ts imports this
 * module first, and modules run in the order they are imported. Here, the
 * run's code cache, where the run keeps one.
 */
import { workerData } from "node:worker_threads";
import { enableCodeCache } from "../base/code-cache.js";

const { codeCache } = (workerData ?? {}) as { codeCache?: string };
if (codeCache !== undefined) enableCodeCache(codeCache);
