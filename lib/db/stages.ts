import type { Status } from '../schema';

/** Stages that mean an application went out, so reaching one sets `appliedAt` if still unset. */
export const APPLIED_STAGES: readonly Status[] = ['applied', 'interviewing', 'offer', 'accepted'];

export function isAppliedStage(status: Status): boolean {
  return APPLIED_STAGES.includes(status);
}
