import { Dealbreaker } from '@/lib/schema';
import { CheckboxList } from './CheckboxList';
import type { DraftSectionProps } from './draftProps';
import { DEALBREAKER_LABELS } from './labels';

export function DealbreakerFields({ draft, update }: Omit<DraftSectionProps, 'errors'>) {
  return (
    <fieldset>
      <legend>Dealbreakers</legend>
      <p className="hint">A posting that asks for one of these is flagged, whatever else fits.</p>
      <div className="form-grid">
        <CheckboxList
          options={Dealbreaker.options}
          labels={DEALBREAKER_LABELS}
          chosen={draft.dealbreakers}
          onChange={(dealbreakers) => update({ dealbreakers })}
        />
      </div>
    </fieldset>
  );
}
