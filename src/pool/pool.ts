/**
 * Spreads a run's work over the machine's cores with a piscina worker pool.
 * Workers cost a module load each (prettier, ts-morph, the parser), so a run
 * with little to do stays on the main thread; the tasks are the same either
 * way (tasks.ts). Work goes out in batches, so messages stay few.
 */
import { setMaxListeners } from "node:events";
import { availableParallelism } from "node:os";
import { Piscina } from "piscina";
import type { EmittedModule } from "../emit/emit-module.js";
import type { ModuleInput } from "../emit/module-input.js";
import type { SpecFile } from "../read/specs-folder.js";
import { runTask, type SpecModels, type Task } from "./tasks.js";

export interface PoolOptions {
  /** Threads to use; 1 keeps everything on the main thread (default: one per core). */
  threads?: number;
  signal?: AbortSignal;
}

/** Told the number of items finished, as batches finish. */
export type OnProgress = (done: number) => void;

/** Below this many items of a kind, starting workers costs more than it saves. */
const WORTH_A_POOL = { specs: 400, modules: 48, sources: 48, pages: 96 } as const;

const FROM_SOURCE = import.meta.url.endsWith(".ts");

const BATCH = { specs: 64, modules: 16, sources: 4, pages: 32 } as const;

export class WorkPool {
  readonly #threads: number;
  readonly #signal: AbortSignal | undefined;
  #piscina: Piscina | undefined;

  constructor(options: PoolOptions = {}) {
    this.#threads = Math.max(1, options.threads ?? availableParallelism());
    this.#signal = options.signal;
  }

  specs(files: readonly SpecFile[], onProgress?: OnProgress): Promise<SpecModels[]> {
    return this.#map("specs", files, (batch) => ({ kind: "specs", files: batch }), onProgress) as Promise<SpecModels[]>;
  }

  modules(inputs: readonly ModuleInput[], format: boolean, onProgress?: OnProgress): Promise<EmittedModule[]> {
    const task = (batch: ModuleInput[]): Task => ({ kind: "modules", inputs: batch, format });
    return this.#map("modules", inputs, task, onProgress) as Promise<EmittedModule[]>;
  }

  /** Formats and compiles modules whose raw text is known (index modules, the runtime). */
  sources(sources: ReadonlyArray<[string, string]>, format: boolean): Promise<EmittedModule[]> {
    return this.#map("sources", sources, (batch) => ({ kind: "sources", sources: batch, format })) as Promise<EmittedModule[]>;
  }

  pages(pages: ReadonlyArray<[string, string]>): Promise<Array<[string, string]>> {
    return this.#map("pages", pages, (batch) => ({ kind: "pages", pages: batch })) as Promise<Array<[string, string]>>;
  }

  async close(): Promise<void> {
    const piscina = this.#piscina;
    this.#piscina = undefined;
    await piscina?.destroy();
  }

  async #map<T>(kind: Task["kind"], items: readonly T[], task: (batch: T[]) => Task, onProgress?: OnProgress): Promise<unknown[]> {
    const batches: T[][] = [];
    for (let i = 0; i < items.length; i += BATCH[kind]) batches.push(items.slice(i, i + BATCH[kind]));
    const signal = this.#signal;
    let done = 0;
    const finished = (result: unknown[]): unknown[] => {
      done += result.length;
      onProgress?.(done);
      return result;
    };
    if (this.#threads === 1 || items.length < WORTH_A_POOL[kind]) {
      const results: unknown[][] = [];
      for (const batch of batches) {
        signal?.throwIfAborted();
        results.push(finished((await runTask(task(batch))) as unknown[]));
      }
      return results.flat();
    }
    const piscina = (this.#piscina ??= new Piscina({
      // Run from its TypeScript source (as the tests do), a worker needs tsx to load its own.
      ...(FROM_SOURCE
        ? { filename: new URL("./worker.ts", import.meta.url).href, execArgv: [...process.execArgv, "--import", "tsx"] }
        : { filename: new URL("./worker.js", import.meta.url).href }),
      minThreads: this.#threads,
      maxThreads: this.#threads,
      idleTimeout: 1000,
    }));
    // Each batch listens for the abort; there may be thousands.
    if (signal) setMaxListeners(batches.length + 10, signal);
    const results = await Promise.all(
      batches.map(async (batch) => finished((await piscina.run(task(batch), signal ? { signal } : {})) as unknown[])),
    );
    return results.flat();
  }
}
