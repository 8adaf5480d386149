/** A worker thread of the pool: runs the tasks it is handed (tasks.ts). */
export { runTask as default } from "./tasks.js";
