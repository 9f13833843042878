import { Slot } from '@radix-ui/react-slot';
import {
  forwardRef,
  type InputHTMLAttributes,
  type KeyboardEvent,
  type ReactNode,
  useRef,
  useState,
} from 'react';
import { mergeRefs } from '../headless/merge-props';
import { EYE_ICON, EYE_OFF_ICON } from './icons';
import { usePart } from './styled-context';

/** Props of the password input: every `<input>` prop but the value, which stays uncontrolled. */
export interface PasswordInputProps
  extends Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'defaultValue'> {
  /** Use your own input component (the one child element) for the `<input>` (Radix's Slot). @default false */
  asChild?: boolean;
  /** With `asChild`: your input element. */
  children?: ReactNode;
}

/**
 * A password `<input>` with a real show/hide `<button>` (`aria-pressed`) that keeps focus and the
 * caret where they were, and a Caps Lock hint. Purely presentational: validation is the hook's. Used
 * inside the password field parts, whose root gives it the toggle's and the hint's words.
 */
export const PasswordInput = forwardRef<HTMLInputElement, PasswordInputProps>(function PasswordInput(
  { className, id, onKeyDown, onKeyUp, onBlur, asChild, children, ...props },
  ref,
) {
  const inner = useRef<HTMLInputElement | null>(null);
  const [shown, setShown] = useState(false);
  const [caps, setCaps] = useState(false);
  const capsRef = useRef(false);
  const [r, cx] = usePart('Password');
  const showLabel = r.t('showPassword');
  // A toggle keeps one name; aria-pressed says which way it is. The field's label follows it, so
  // "Show password (New password)" and "Show password (Confirm new password)" differ in a list of
  // buttons (and neither matches a query for the field's own label).
  // The hook names the inputs `password` and `confirmPassword`, as the catalogue names their labels.
  const field = props.name as 'password' | 'confirmPassword';
  const toggleName = `${showLabel} (${r.t(`${field}Label`)})`;

  // Only on a change: every key reads Caps Lock twice (down and up), and a no-op setState can still render.
  const showCaps = (on: boolean) => {
    if (on !== capsRef.current) {
      capsRef.current = on;
      setCaps(on);
    }
  };
  // The consumer's key handler first; getModifierState is missing on some synthetic/IME events: "off".
  const readCaps =
    (handler?: (event: KeyboardEvent<HTMLInputElement>) => void) =>
    (event: KeyboardEvent<HTMLInputElement>) => {
      handler?.(event);
      showCaps(!!event.getModifierState?.('CapsLock'));
    };

  // Focus stays where it was: on the toggle after Space or Enter (so a second press toggles back
  // instead of typing into the password or submitting), in the input after a click (the mousedown
  // below never takes it).
  const toggle = () => {
    const el = inner.current!;
    const { selectionStart: start, selectionEnd: end } = el;
    setShown((s) => !s);
    // Switching `type` resets the selection in some browsers: put the caret back where it was.
    requestAnimationFrame(() => {
      if (start !== null && el.ownerDocument.activeElement === el) el.setSelectionRange(start, end);
    });
  };

  const Input = (asChild ? Slot : 'input') as 'input';
  return (
    <>
      <div className={cx('password')} data-slot="password-box">
        <Input
          {...props}
          id={id}
          ref={mergeRefs(ref, inner)}
          className={cx('input', className)}
          type={shown ? 'text' : 'password'}
          onKeyDown={readCaps(onKeyDown)}
          onKeyUp={readCaps(onKeyUp)}
          onBlur={(e) => {
            onBlur?.(e);
            showCaps(false);
          }}
        >
          {children}
        </Input>
        <button
          type="button"
          className={cx('toggle')}
          data-slot="password-toggle"
          aria-pressed={shown}
          aria-controls={id}
          aria-label={toggleName}
          title={shown ? r.t('hidePassword') : showLabel}
          // Keep focus in the input: a mousedown on the button would otherwise blur it.
          onMouseDown={(e) => e.preventDefault()}
          onClick={toggle}
        >
          {shown ? EYE_OFF_ICON : EYE_ICON}
        </button>
      </div>
      {caps && (
        // The field's description while Caps Lock is on: the hook owns its id and names it.
        <p {...r.getDescriptionProps(field)} className={cx('caps')} data-slot="caps-lock">
          {r.t('capsLockOn')}
        </p>
      )}
    </>
  );
});
