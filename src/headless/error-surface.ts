import { useRef, useState } from 'react';
import type { FieldErrors } from 'react-hook-form';
import type { CognitoError } from '../core/cognito-error';
import type { ErrorDescription, ErrorField, ErrorOperation } from '../core/describe-error';
import type { MessageKey, Translate } from '../i18n/messages';
import type { MessageParams } from '../i18n/types';
import type { ResetFormValues } from './form-schema';
import type { FieldErrorInfo, FormErrorInfo, ResetField } from './types';

const FIELDS: ResetField[] = ['username', 'code', 'password', 'confirmPassword'];

/** Where an error `describeError` put on `field` shows: that field when it is on screen, else the alert. */
export function placeOf(field: ErrorField, asksUsername: boolean): ResetField | 'form' {
  return field === 'username' && !asksUsername ? 'form' : field;
}

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
      /**
       * A request of `operation` starts: the alert's message goes, unless it is a wait of the other
       * operation (still running); a reset attempt also clears every field's server error, a
       * resend its own.
       */
      starting(operation: ErrorOperation) {
        clear((p) =>
          p.target === 'form'
            ? p.operation === operation || p.description?.action !== 'wait'
            : p.operation === operation || operation === 'confirmForgotPassword',
        );
      },
      /** A throttle's wait is over: its "try again in N seconds" no longer holds. */
      waitOver(operation: ErrorOperation) {
        clear((p) => p.operation === operation && p.description?.action === 'wait');
      },
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

/**
 * What the form shows, translated: each field's error (a server error placed there wins over the
 * schema's), and the alert's message.
 * @param schemaErrors react-hook-form's errors, whose messages are catalogue keys.
 * @param params values for the schema's messages (`length`, `min`).
 */
export function surfaceView(
  surface: Surface,
  schemaErrors: FieldErrors<ResetFormValues>,
  t: Translate,
  params: MessageParams,
): { fieldErrors: Partial<Record<ResetField, FieldErrorInfo>>; formError: FormErrorInfo | null } {
  const fieldErrors: Partial<Record<ResetField, FieldErrorInfo>> = {};
  for (const field of FIELDS) {
    const placed = surface.field?.target === field ? surface.field : null;
    const key = placed?.key ?? (schemaErrors[field]?.message as MessageKey | undefined);
    if (!key) continue;
    const p = placed?.params ?? params;
    fieldErrors[field] = { key, params: p, message: t(key, p), server: placed !== null };
  }
  const { alert } = surface;
  const formError = alert && {
    operation: alert.operation,
    description: alert.description,
    message: t(alert.key, alert.params),
  };
  return { fieldErrors, formError };
}
