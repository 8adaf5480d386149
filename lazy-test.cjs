const Module = require("module");
const t0 = performance.now();
const originalLoad = Module._load;
let real;
Module._load = function (request, parent, isMain) {
  if (request === "./typescript" && parent.filename.includes("@ts-morph/common")) {
    const file = Module._resolveFilename(request, parent);
    const load = () => (real ??= (console.log("loading ts because of", new Error().stack.split("\n").slice(3, 5).join(" | ")), originalLoad.call(this, request, parent, isMain)));
    return new Proxy({}, { get: (_, key) => load()[key], has: (_, k) => k in load(), ownKeys: () => Reflect.ownKeys(load()), getOwnPropertyDescriptor: (_, k) => Reflect.getOwnPropertyDescriptor(load(), k) });
  }
  return originalLoad.apply(this, arguments);
};
const tm = require("ts-morph");
console.log("loaded in", (performance.now() - t0).toFixed(0), "real ts loaded:", real !== undefined);
