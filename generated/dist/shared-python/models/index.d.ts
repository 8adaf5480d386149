export * as shared from "./shared/index.js";
