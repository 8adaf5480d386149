/**
 * OpenAPI Generator's model docs, end to end: test/fixtures/openapi-generator
 * (written for this test, after the docs its Python, older Python,
 * typescript-axios, typescript-fetch, Java, Kotlin, Go and Ruby clients write) generates
 * without errors, type-checks strictly, and its guards judge values the way
 * the docs describe them.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generatePackage, guardAt, type GeneratedPackage } from "../helpers/generated-package.js";
import { STRICT_FLAGS, tsc } from "../helpers/tsc.js";

let pkg: GeneratedPackage;
let root: Record<string, unknown>;

beforeAll(async () => {
  pkg = await generatePackage(join(import.meta.dirname, "../fixtures/openapi-generator"), "openapi-generator");
  root = await pkg.load();
}, 120_000);

afterAll(() => pkg?.remove());

const guard = (path: string) => guardAt(root, path);

describe("the package", () => {
  it("generates every model page and skips the operation page", () => {
    expect(pkg.result.diagnostics).toEqual([]);
    expect(pkg.result.models).toBe(35);
    expect(pkg.result.skipped.pages).toEqual(["python/CoreV1Api.md"]);
  });

  it("type-checks strictly", () => {
    const run = tsc(["-p", "tsconfig.json", ...STRICT_FLAGS], pkg.dir);
    expect(run.output).toBe("");
    expect(run.status).toBe(0);
  });
});

describe("defaults and read-only fields", () => {
  const read = (file: string) => readFileSync(join(pkg.dir, file), "utf8");

  it("keeps the Notes' default and [readonly] as JSDoc tags of the property", () => {
    expect(read("src/python/v1container.ts")).toMatch(/\* @default 'IfNotPresent'\n\s*\*\/\n\s*image_pull_policy\?: string;/u);
    expect(read("src/python/v1container.ts")).toMatch(/\* @readonly\n\s*\*\/\n\s*termination_message_path\?: string;/u);
  });

  it("writes them after the description in the docs, and nothing for typescript-axios's `default to undefined`", () => {
    expect(read("docs/python/v1container.md")).toMatch(/\| `image_pull_policy` .*IfNotPresent otherwise\. Default: `'IfNotPresent'`\. +\|/u);
    expect(read("docs/python/v1container.md")).toMatch(/\| `termination_message_path` .*into the container's filesystem\. Read-only\. +\|/u);
    expect(read("docs/typescript-axios/pet.md")).not.toContain("Default:");
  });
});

describe("a Kubernetes pod, as the Python client's docs name its fields", () => {
  const container = { name: "web", image: "nginx:1.27", ports: [{ container_port: 80, protocol: "TCP" }], env: [{ name: "MODE", value: "prod" }] };
  const pod = {
    api_version: "v1",
    kind: "Pod",
    metadata: { name: "web-0", labels: { app: "web" }, creation_timestamp: "2024-05-01T12:00:00Z", phase: "Running" },
    spec: { containers: [container], node_selector: { disk: "ssd" }, overhead: { cpu: "250m", pods: 1 } },
  };

  it("accepts a pod, and a container with only its name", () => {
    expect(guard("python.isV1Pod")(pod)).toBe(true);
    expect(guard("python.isV1Container")({ name: "sidecar" })).toBe(true);
  });

  it("rejects a container without its required name, wherever it stands", () => {
    const { name: _name, ...nameless } = container;
    expect(guard("python.isV1Container")(nameless)).toBe(false);
    expect(guard("python.isV1Pod")({ ...pod, spec: { containers: [nameless] } })).toBe(false);
  });

  it("rejects a wrong type deep inside: a port number as a string, a label that is not a string, an unknown phase", () => {
    const withPort = (port: unknown) => ({ ...pod, spec: { containers: [{ ...container, ports: [{ container_port: port }] }] } });
    expect(guard("python.isV1Pod")(withPort(8080))).toBe(true);
    expect(guard("python.isV1Pod")(withPort("8080"))).toBe(false);
    expect(guard("python.isV1Pod")(withPort(80.5))).toBe(false);
    expect(guard("python.isV1Pod")({ ...pod, metadata: { labels: { app: 7 } } })).toBe(false);
    expect(guard("python.isV1Pod")({ ...pod, metadata: { phase: "Exploded" } })).toBe(false);
    expect(guard("python.isV1Pod")({ ...pod, metadata: { creation_timestamp: "yesterday" } })).toBe(false);
  });

  it("takes `Dict[str, bytearray]` as a map of base64 text (JSON's form of bytes) or byte arrays, and `object` as anything", () => {
    expect(guard("python.isV1Volume")({ name: "v", secret_data: { key: new Uint8Array([1]) }, source: [1, "x"] })).toBe(true);
    expect(guard("python.isV1Volume")({ name: "v", secret_data: { key: "aGVsbG8=" } })).toBe(true);
    expect(guard("python.isV1Volume")({ name: "v", secret_data: { key: 7 } })).toBe(false);
  });
});

describe("the older Python clients", () => {
  it("read `[str]`, `{str: (…)}`, `str, none_type` and `must be one of […]`", () => {
    const isPet = guard("pythonPrior.isPet");
    const pet = { name: "Rex", photo_urls: ["a.png"], status: "sold", attributes: { age: 3, vaccinated: true, owner: null }, nickname: null };
    expect(isPet(pet)).toBe(true);
    expect(isPet({ ...pet, photo_urls: "a.png" })).toBe(false);
    expect(isPet({ ...pet, status: "lost" })).toBe(false);
    expect(isPet({ ...pet, attributes: { tags: [] } })).toBe(true);
  });
});

describe("the TypeScript clients", () => {
  it("typescript-axios: required fields, `Array<Tag>`, index signatures and a `## Enum`", () => {
    const isPet = guard("typescriptAxios.isPet");
    const pet = { name: "Rex", photoUrls: ["a.png"], tags: [{ id: 1 }], status: "available", attributes: { color: "brown" } };
    expect(isPet(pet)).toBe(true);
    expect(isPet({ ...pet, status: "lost" })).toBe(false);
    expect(isPet({ photoUrls: [] })).toBe(false);
    expect(isPet({ ...pet, attributes: { color: 1 } })).toBe(false);
  });

  it("typescript-fetch: a table without Notes makes every field optional; `Date` is a Date, or the ISO 8601 text other clients' `Date` is", () => {
    const isOrder = guard("typescriptFetch.isOrder");
    expect(isOrder({})).toBe(true);
    expect(isOrder({ id: 1, shipDate: new Date("2024-05-01"), lines: [{ sku: "a", count: 2 }] })).toBe(true);
    expect(isOrder({ shipDate: "2024-05-01" })).toBe(true);
    expect(isOrder({ shipDate: new Date("not a date") })).toBe(false);
    expect(isOrder({ shipDate: "2024-02-30" })).toBe(false);
    expect(isOrder({ shipDate: 1714521600000 })).toBe(false);
    expect(isOrder({ lines: [{ sku: 1 }] })).toBe(false);
  });
});

describe("the Java client", () => {
  it("reads Java's names and the `## Enum: StatusEnum` a field links by name", () => {
    const isPet = guard("java.isPet");
    const pet = { name: "Rex", photoUrls: [], status: "pending", weights: { march: 4.5 }, born: "2020-01-01T00:00:00Z", id_card: "0b7e…" };
    expect(isPet(pet)).toBe(true);
    expect(isPet({ ...pet, status: "PENDING" })).toBe(false);
    expect(isPet({ ...pet, id: 1.5 })).toBe(false);
    expect(guard("java.isTag")({ file: new Blob(["x"]) })).toBe(true);
  });

  it("gives each model's `## Enum: StatusEnum` a name of its own, so several in a folder do not clash", () => {
    expect(guard("java.isOrder")({ status: "placed" })).toBe(true);
    expect(guard("java.isOrder")({ status: "available" })).toBe(false);
    expect(guard("java.isPetStatusEnum")("available")).toBe(true);
    expect(guard("java.isOrderStatusEnum")("available")).toBe(false);
  });
});

describe("the Kotlin client", () => {
  it("reads `## Enum: status` with its values in one row, linked through the HTML anchor above it", () => {
    const isOrder = guard("kotlin.isOrder");
    expect(isOrder({ id: 1, quantity: 2, status: "approved", complete: true })).toBe(true);
    expect(isOrder({ status: "lost" })).toBe(false);
    expect(isOrder({ quantity: 1.5 })).toBe(false);
  });
});

describe("the Go client", () => {
  const isPet = (value: unknown) => guard("go.isPet")(value);
  const pet = { Name: "Rex", PhotoUrls: ["a.png"] };

  it("reads `Pointer to`, slices, maps, `interface{}` and a timestamp whose link the docs leave open", () => {
    expect(isPet(pet)).toBe(true);
    expect(isPet({ ...pet, Id: 7, Category: { Name: "dogs" }, Tags: [{ Id: 1, Weight: 0.5 }], Born: "2020-01-01T00:00:00Z" })).toBe(true);
    expect(isPet({ ...pet, Weights: { march: 4.5 }, Attributes: { color: ["brown"] } })).toBe(true);
    expect(isPet({ PhotoUrls: [] })).toBe(false);
    expect(isPet({ ...pet, PhotoUrls: [1] })).toBe(false);
    expect(isPet({ ...pet, Id: 1.5 })).toBe(false);
    expect(isPet({ ...pet, Weights: { march: "4.5" } })).toBe(false);
    expect(isPet({ ...pet, Born: 2020 })).toBe(false);
  });

  it("reads `NullableX` as X or null, for a primitive and for the model it links", () => {
    expect(isPet({ ...pet, Nickname: null, Size: null })).toBe(true);
    expect(isPet({ ...pet, Nickname: "R", Size: "small" })).toBe(true);
    expect(isPet({ ...pet, Size: "huge" })).toBe(false);
    expect(isPet({ ...pet, Nickname: 1 })).toBe(false);
  });

  it("finds a model by its name where its link leads to no page (`array.md`, `Pet_kind.md`)", () => {
    expect(isPet({ ...pet, Grid: [["small", "large"]], Kind: "cat" })).toBe(true);
    expect(isPet({ ...pet, Grid: [["medium"]] })).toBe(false);
    expect(isPet({ ...pet, Kind: "cow" })).toBe(false);
  });
});

describe("the Ruby client", () => {
  it("names models without the title's namespace, and reads `Time`, `BOOLEAN` and `Hash<String, X>`", () => {
    const isOrder = guard("ruby.isOrder");
    expect(isOrder({ id: 1, ship_date: "2024-05-01T12:00:00Z", complete: false, lines: { a: 1.5 } })).toBe(true);
    expect(isOrder({ complete: "no" })).toBe(false);
    expect(isOrder({ lines: { a: "1.5" } })).toBe(false);
  });

  it("admits any value for a model whose Properties table is empty, with a guard that reads nothing", () => {
    // Ruby's docs write an enum so: the page does not say its values.
    expect(guard("ruby.isOrder")({ status: "placed" })).toBe(true);
    // A oneOf, which the Ruby client documents by the class methods that list its members (the last example's fence left open, as it writes it).
    const isPaymentMethod = guard("ruby.isPaymentMethod");
    expect([{ number: "4242" }, ["tok_1", "tok_2"], null].map(isPaymentMethod)).toEqual([true, true, true]);
    expect([{ expiry: "12/30" }, "4242", [1], undefined].map(isPaymentMethod)).toEqual([false, false, false, false]);
    expect(guard("ruby.isOuterEnum")(undefined)).toBe(true);
    expect(readFileSync(join(pkg.dir, "src/ruby/outerenum.ts"), "utf8")).toMatch(
      /export function isOuterEnum\(value: unknown\): value is OuterEnum \{\n  return true;\n\}/u,
    );
  });
});
