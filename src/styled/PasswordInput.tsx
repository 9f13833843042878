import { forwardRef, type InputHTMLAttributes, type KeyboardEvent, useRef, useState } from 'react';
import { mergeRefs, tokens } from '../headless/merge-props';
import { EYE_ICON, EYE_OFF_ICON } from './icons';
import { useClasses } from './styled-context';

/** Props of the password input with its show/hide toggle and Caps Lock hint. */
export interface PasswordInputProps
  extends Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'defaultValue'> {
  /** Accessible name of the toggle when the password is hidden. */
  showLabel: string;
  /** Accessible name of the toggle when the password is shown. */
  hideLabel: string;
  /** Text shown while Caps Lock is on. */
  capsLockLabel: string;
}

/**
 * A password `<input>` with a real show/hide `<button>` (`aria-pressed`) that keeps focus and the
 * caret where they were, and a Caps Lock hint. Purely presentational: validation is the hook's.
 */
export const PasswordInput = forwardRef<HTMLInputElement, PasswordInputProps>(function PasswordInput(
  { showLabel, hideLabel, capsLockLabel, className, id, onKeyDown, onKeyUp, onBlur, ...props },
  ref,
) {
  const inner = useRef<HTMLInputElement | null>(null);
  const [shown, setShown] = useState(false);
  const [caps, setCaps] = useState(false);
  const capsRef = useRef(false);
  const capsId = `${id}-caps`;
  const cx = useClasses();

  const readCaps = (event: KeyboardEvent<HTMLInputElement>) => {
    // getModifierState is missing on some synthetic/IME events; treat that as "off".
    const on = typeof event.getModifierState === 'function' && event.getModifierState('CapsLock');
    // Only on a change: every key runs this twice (down and up), and a no-op setState can still render.
    if (on !== capsRef.current) {
      capsRef.current = on;
      setCaps(on);
    }
  };

  const toggle = () => {
    const el = inner.current;
    const start = el?.selectionStart ?? null;
    const end = el?.selectionEnd ?? null;
    setShown((s) => !s);
    // Switching `type` resets the selection in some browsers: put the caret back where it was.
    requestAnimationFrame(() => {
      if (!el) return;
      el.focus();
      if (start !== null && end !== null) el.setSelectionRange(start, end);
    });
  };

  const describedBy = tokens(props['aria-describedby'], caps && capsId);
  return (
    <>
      <div className={cx('password')} data-slot="password-box">
        <input
          {...props}
          id={id}
          aria-describedby={describedBy}
          ref={mergeRefs(ref, inner)}
          className={cx('input', className)}
          type={shown ? 'text' : 'password'}
          onKeyDown={(e) => {
            onKeyDown?.(e);
            readCaps(e);
          }}
          onKeyUp={(e) => {
            onKeyUp?.(e);
            readCaps(e);
          }}
          onBlur={(e) => {
            onBlur?.(e);
            capsRef.current = false;
            setCaps(false);
          }}
        />
        <button
          type="button"
          className={cx('toggle')}
          data-slot="password-toggle"
          aria-pressed={shown}
          aria-controls={id}
          // A toggle keeps one name; aria-pressed says which way it is.
          aria-label={showLabel}
          title={shown ? hideLabel : showLabel}
          // Keep focus in the input: a mousedown on the button would otherwise blur it.
          onMouseDown={(e) => e.preventDefault()}
          onClick={toggle}
        >
          {shown ? EYE_OFF_ICON : EYE_ICON}
        </button>
      </div>
      {caps && (
        <p id={capsId} className={cx('caps')} data-slot="caps-lock">
          {capsLockLabel}
        </p>
      )}
    </>
  );
});
