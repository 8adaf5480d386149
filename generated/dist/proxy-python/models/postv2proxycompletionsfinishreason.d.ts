/** The values of {@link PostV2ProxyCompletionsFinishReason} known when this package was generated. */
export declare const postV2ProxyCompletionsFinishReasonValues: readonly ["stop", "length", "content_filter", "tool_calls", "function_call"];
/**
 * The reason the model stopped generating tokens.
 * @example ```
 * from proxy_sdk.models import PostV2ProxyCompletionsFinishReason
 *
 * # Open enum: unrecognized values are captured as UnrecognizedStr
 * value: PostV2ProxyCompletionsFinishReason = "stop"
 * ```
 */
export type PostV2ProxyCompletionsFinishReason = "stop" | "length" | "content_filter" | "tool_calls" | "function_call" | (string & {});
/** Whether `value` is a {@link PostV2ProxyCompletionsFinishReason}. */
export declare function isPostV2ProxyCompletionsFinishReason(value: unknown): value is PostV2ProxyCompletionsFinishReason;
