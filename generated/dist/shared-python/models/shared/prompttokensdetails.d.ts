/** PromptTokensDetails */
export interface PromptTokensDetails {
    audio_tokens?: number;
    cached_tokens?: number;
}
/** Whether `value` is a {@link PromptTokensDetails}. */
export declare function isPromptTokensDetails(value: unknown): value is PromptTokensDetails;
