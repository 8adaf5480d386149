/** The values of {@link FinishReason} known when this package was generated. */
export declare const finishReasonValues: readonly ["stop", "length", "tool_calls", "content_filter", "function_call"];
/**
 * The reason the chat completion was finished.
 * @example ```
 * from chat_sdk.models import FinishReason
 *
 * # Open enum: unrecognized values are captured as UnrecognizedStr
 * value: FinishReason = "stop"
 * ```
 */
export type FinishReason = "stop" | "length" | "tool_calls" | "content_filter" | "function_call" | (string & {});
/** Whether `value` is a {@link FinishReason}. */
export declare function isFinishReason(value: unknown): value is FinishReason;
