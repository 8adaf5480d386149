export * as models from "./models/index.js";
