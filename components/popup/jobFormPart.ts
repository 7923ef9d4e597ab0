/** The popup's job form, loaded after its first screen or when asked for (see `POPUP_LATER`). */
export { EMPTY_JOB, JobForm } from '../JobForm';
