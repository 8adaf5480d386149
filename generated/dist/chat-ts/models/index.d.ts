export * as components from "./components/index.js";
