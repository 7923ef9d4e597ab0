/** The popup's fit display and wording, loaded after its first screen (see `POPUP_LATER`). */
export { FitSummary } from '../FitSummary';
export { fitReason } from '../text/fit';
