export {
  type ChatCompletionChoice,
  isChatCompletionChoice,
  validateChatCompletionChoice,
  assertChatCompletionChoice,
  chatCompletionChoiceSchema,
} from "./chatcompletionchoice.js";
export {
  type ChatCompletionContentPartText,
  isChatCompletionContentPartText,
  validateChatCompletionContentPartText,
  assertChatCompletionContentPartText,
  chatCompletionContentPartTextSchema,
} from "./chatcompletioncontentparttext.js";
export {
  type ChatCompletionMessage,
  isChatCompletionMessage,
  validateChatCompletionMessage,
  assertChatCompletionMessage,
  chatCompletionMessageSchema,
} from "./chatcompletionmessage.js";
export {
  type ChatCompletionResponse,
  isChatCompletionResponse,
  validateChatCompletionResponse,
  assertChatCompletionResponse,
  chatCompletionResponseSchema,
} from "./chatcompletionresponse.js";
export {
  type CompletionUsage,
  isCompletionUsage,
  validateCompletionUsage,
  assertCompletionUsage,
  completionUsageSchema,
} from "./completionusage.js";
export {
  type Content,
  isContent,
  validateContent,
  assertContent,
  contentSchema,
} from "./content.js";
export {
  type FinishReason,
  isFinishReason,
  validateFinishReason,
  assertFinishReason,
  finishReasonSchema,
  finishReasonValues,
} from "./finishreason.js";
export {
  type FunctionCall,
  isFunctionCall,
  validateFunctionCall,
  assertFunctionCall,
  functionCallSchema,
} from "./functioncall.js";
export {
  type PromptTokensDetails,
  isPromptTokensDetails,
  validatePromptTokensDetails,
  assertPromptTokensDetails,
  promptTokensDetailsSchema,
} from "./prompttokensdetails.js";
export { type Role, isRole, validateRole, assertRole, roleSchema, roleValues } from "./role.js";
export {
  type ToolCall,
  isToolCall,
  validateToolCall,
  assertToolCall,
  toolCallSchema,
} from "./toolcall.js";
