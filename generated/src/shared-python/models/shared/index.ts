export {
  type CompletionTokensDetails,
  isCompletionTokensDetails,
  validateCompletionTokensDetails,
  assertCompletionTokensDetails,
  completionTokensDetailsSchema,
} from "./completiontokensdetails.js";
export {
  type CreateCompletionResponse,
  isCreateCompletionResponse,
  validateCreateCompletionResponse,
  assertCreateCompletionResponse,
  createCompletionResponseSchema,
} from "./createcompletionresponse.js";
export {
  type CreateCompletionResponseChoices,
  isCreateCompletionResponseChoices,
  validateCreateCompletionResponseChoices,
  assertCreateCompletionResponseChoices,
  createCompletionResponseChoicesSchema,
} from "./createcompletionresponsechoices.js";
export {
  type CreateCompletionResponseFinishReason,
  isCreateCompletionResponseFinishReason,
  validateCreateCompletionResponseFinishReason,
  assertCreateCompletionResponseFinishReason,
  createCompletionResponseFinishReasonSchema,
  createCompletionResponseFinishReasonValues,
} from "./createcompletionresponsefinishreason.js";
export {
  type CreateCompletionResponseLogprobs,
  isCreateCompletionResponseLogprobs,
  validateCreateCompletionResponseLogprobs,
  assertCreateCompletionResponseLogprobs,
  createCompletionResponseLogprobsSchema,
} from "./createcompletionresponselogprobs.js";
export {
  type CreateCompletionResponseUsage,
  isCreateCompletionResponseUsage,
  validateCreateCompletionResponseUsage,
  assertCreateCompletionResponseUsage,
  createCompletionResponseUsageSchema,
} from "./createcompletionresponseusage.js";
export {
  type PromptTokensDetails,
  isPromptTokensDetails,
  validatePromptTokensDetails,
  assertPromptTokensDetails,
  promptTokensDetailsSchema,
} from "./prompttokensdetails.js";
