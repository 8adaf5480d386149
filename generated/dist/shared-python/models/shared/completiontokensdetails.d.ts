/** CompletionTokensDetails */
export interface CompletionTokensDetails {
    accepted_prediction_tokens?: number;
    audio_tokens?: number;
    reasoning_tokens?: number;
    rejected_prediction_tokens?: number;
}
/** Whether `value` is a {@link CompletionTokensDetails}. */
export declare function isCompletionTokensDetails(value: unknown): value is CompletionTokensDetails;
