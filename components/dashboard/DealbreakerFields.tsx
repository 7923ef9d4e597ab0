import { DEALBREAKER_LABELS, DEALBREAKER_TEXT as T } from '@/components/text';
import { Dealbreaker } from '@/lib/schema';
import { CheckboxList } from './CheckboxList';
import type { DraftSectionProps } from './draftProps';

export function DealbreakerFields({ draft, update }: Omit<DraftSectionProps, 'errors'>) {
  return (
    <fieldset>
      <legend>{T.heading}</legend>
      <p className="hint">{T.hint}</p>
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
