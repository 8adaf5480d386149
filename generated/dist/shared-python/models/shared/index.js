export { isCompletionTokensDetails, validateCompletionTokensDetails, assertCompletionTokensDetails, completionTokensDetailsSchema } from "./completiontokensdetails.js";
export { isCreateCompletionResponse, validateCreateCompletionResponse, assertCreateCompletionResponse, createCompletionResponseSchema } from "./createcompletionresponse.js";
export { isCreateCompletionResponseChoices, validateCreateCompletionResponseChoices, assertCreateCompletionResponseChoices, createCompletionResponseChoicesSchema } from "./createcompletionresponsechoices.js";
export { isCreateCompletionResponseFinishReason, validateCreateCompletionResponseFinishReason, assertCreateCompletionResponseFinishReason, createCompletionResponseFinishReasonSchema, createCompletionResponseFinishReasonValues } from "./createcompletionresponsefinishreason.js";
export { isCreateCompletionResponseLogprobs, validateCreateCompletionResponseLogprobs, assertCreateCompletionResponseLogprobs, createCompletionResponseLogprobsSchema } from "./createcompletionresponselogprobs.js";
export { isCreateCompletionResponseUsage, validateCreateCompletionResponseUsage, assertCreateCompletionResponseUsage, createCompletionResponseUsageSchema } from "./createcompletionresponseusage.js";
export { isPromptTokensDetails, validatePromptTokensDetails, assertPromptTokensDetails, promptTokensDetailsSchema } from "./prompttokensdetails.js";
