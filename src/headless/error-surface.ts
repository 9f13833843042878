import { useRef, useState } from 'react';
import type { CognitoError } from '../core/cognito-error';
import type { ErrorDescription, ErrorOperation } from '../core/describe-error';
import type { MessageKey } from '../i18n/messages';
import type { MessageParams } from '../i18n/types';
import type { ResetField } from './types';

/** One message placed on the form: where it shows and which text, decided once, when it arrived. */
export interface PlacedError {
  /** The operation whose failure (or whose check before sending) it reports. */
  operation: ErrorOperation;
  /** The request's error; null for a problem the kit found before sending. */
  error: CognitoError | null;
  /** `describeError`'s verdict; null for a problem the kit found before sending. */
  description: ErrorDescription | null;
  /** A field, or `form` for the form's alert. */
  target: ResetField | 'form';
  key: MessageKey;
  /** Fixed when the error arrived, so the text is announced once, never re-worded by a timer. */
  params: MessageParams;
}

/** What the form shows: at most one server error at a field, and at most one in the alert. */
interface Surface {
  field: PlacedError | null;
  alert: PlacedError | null;
}

const EMPTY: Surface = { field: null, alert: null };

/**
 * The error surface: where each error shows and when it clears. A placed error never moves: a
 * field's server error clears when that field is edited (and never falls back into the alert),
 * the alert clears when a request starts or the form resets, and nothing old is re-announced.
 */
export function useErrorSurface() {
  const [surface, setSurface] = useState(EMPTY);
  // The same value for event handlers, so an edit with nothing to clear costs no render.
  const current = useRef(surface);
  const [api] = useState(() => {
    const update = (next: Surface) => {
      if (next.field === current.current.field && next.alert === current.current.alert) return;
      current.current = next;
      setSurface(next);
    };
    /** Removes every placed error `drop` picks. */
    const clear = (drop: (placed: PlacedError) => boolean) => {
      const { field, alert } = current.current;
      update({ field: field && drop(field) ? null : field, alert: alert && drop(alert) ? null : alert });
    };
    return {
      /** Shows an error where it belongs, replacing what the same operation showed before. */
      place(placed: PlacedError) {
        clear((p) => p.operation === placed.operation);
        update({ ...current.current, [placed.target === 'form' ? 'alert' : 'field']: placed });
      },
      clear,
      /** The user edited `field`: its server error no longer describes what is there. */
      edited(field: ResetField) {
        clear((p) => p.target === field);
      },
      reset() {
        update(EMPTY);
      },
    };
  });
  return { ...surface, ...api };
}
