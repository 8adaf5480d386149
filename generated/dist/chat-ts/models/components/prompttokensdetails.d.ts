/**
 * Breakdown of tokens used in the prompt.
 * @example ```
 * import { PromptTokensDetails } from "chat-sdk/models/components";
 *
 * let value: PromptTokensDetails = {
 *   audioTokens: 0,
 *   cachedTokens: 0,
 * };
 * ```
 */
export interface PromptTokensDetails {
    /** Audio input tokens present in the prompt. */
    audioTokens?: number;
    /** Cached tokens present in the prompt. */
    cachedTokens?: number;
}
/** Whether `value` is a {@link PromptTokensDetails}. */
export declare function isPromptTokensDetails(value: unknown): value is PromptTokensDetails;
