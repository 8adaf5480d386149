import { type FunctionT } from "./functiont.js";
/**
 * A call to a function tool created by the model.
 * @example ```
 * import { ChatCompletionMessageToolCall } from "chat-sdk/models/components";
 *
 * let value: ChatCompletionMessageToolCall = {
 *   id: "call_abc123",
 *   type: "function",
 *   function: {
 *     name: "get_current_weather",
 *     arguments: "{\"location\": \"Boston, MA\"}",
 *   },
 * };
 * ```
 */
export interface ChatCompletionMessageToolCall {
    /** The ID of the tool call. */
    id: string;
    /** The type of the tool. Currently, only `function` is supported. */
    type: "function";
    /** The function that the model called. */
    function: FunctionT;
}
/** Whether `value` is a {@link ChatCompletionMessageToolCall}. */
export declare function isChatCompletionMessageToolCall(value: unknown): value is ChatCompletionMessageToolCall;
