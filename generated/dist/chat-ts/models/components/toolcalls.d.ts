import * as v from "../../../runtime/validation.js";
import { type ChatCompletionMessageCustomToolCall } from "./chatcompletionmessagecustomtoolcall.js";
import { type ChatCompletionMessageToolCall } from "./chatcompletionmessagetoolcall.js";
export type ToolCalls = ChatCompletionMessageToolCall | ChatCompletionMessageCustomToolCall;
/** Whether `value` is a {@link ToolCalls}. */
export declare function isToolCalls(value: unknown): value is ToolCalls;
/**
 * Every way `value` differs from a {@link ToolCalls}, each with a JSON pointer to where;
 * none exactly when `value` is one (when the guard returns true).
 * @param path Where `value` sits in a larger document, as a JSON pointer; issues' paths start with it.
 */
export declare function validateToolCalls(value: unknown, path?: string): v.Issue[];
/** Throws a `ValidationError` (a `TypeError`) listing every way `value` differs from a {@link ToolCalls}. */
export declare function assertToolCalls(value: unknown): asserts value is ToolCalls;
/** {@link ToolCalls} as a Standard Schema (https://standardschema.dev), for libraries that take any validator. */
export declare const toolCallsSchema: v.StandardSchemaV1<unknown, ToolCalls>;
