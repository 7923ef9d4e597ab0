/** The profile's label tables now live in the message catalogue; kept here for older imports. */
export { DEALBREAKER_LABELS, LANGUAGE_LEVEL_LABELS, PERIOD_LABELS } from '@/components/text';
