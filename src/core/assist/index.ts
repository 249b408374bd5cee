export {
  suggest,
  suggestionId,
  STATEMENT_SCORE,
  type Suggestion,
  type SuggestionLabel,
  type SuggestInput,
  type SuggestOptions,
} from './suggest';
export { classifySource, type SourceAttributes, type SourceKind } from './source-kind';
export { extractDates, extractQuantities, type DateMention, type Quantity } from './quantities';
