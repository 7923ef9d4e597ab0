import { Dealbreaker } from '@/lib/schema';
import type { DraftSectionProps } from './draftProps';
import { DEALBREAKER_LABELS } from './labels';

export function DealbreakerFields({ draft, update }: Omit<DraftSectionProps, 'errors'>) {
  const toggle = (d: Dealbreaker, on: boolean) =>
    update({
      dealbreakers: on ? [...draft.dealbreakers, d] : draft.dealbreakers.filter((x) => x !== d),
    });
  return (
    <fieldset>
      <legend>Dealbreakers</legend>
      <p className="hint">A posting that asks for one of these is flagged, whatever else fits.</p>
      <div className="form-grid">
        {Dealbreaker.options.map((d) => (
          <label key={d} className="field-inline">
            <input
              type="checkbox"
              checked={draft.dealbreakers.includes(d)}
              onChange={(e) => toggle(d, e.target.checked)}
            />
            {DEALBREAKER_LABELS[d]}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
