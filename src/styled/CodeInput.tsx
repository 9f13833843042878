import { Slot } from '@radix-ui/react-slot';
import {
  forwardRef,
  type InputHTMLAttributes,
  type ReactNode,
  useCallback,
  useEffect,
  useRef,
  useState,
} from 'react';
import { dataFlag, mergeRefs, useIsoLayoutEffect } from '../headless/merge-props';
import { useClasses } from './styled-context';

/** Props of `CodeInput`: every `<input>` prop, plus the code length. */
export interface CodeInputProps
  extends Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'defaultValue'> {
  /** Characters in the code; slots are drawn for a known length, a plain input for `null`. @default 6 */
  length?: number | null;
  /**
   * Use your own input component (the one child element) for the `<input>`, with the kit's props,
   * handlers and ref merged in (Radix's Slot). It must pass them on to an `<input>`. @default false
   */
  asChild?: boolean;
  /** With `asChild`: your input element. */
  children?: ReactNode;
}

/** What the slots draw: the value, the selection, and whether the input has focus. */
type View = [value: string, start: number, end: number, focused: boolean];

/**
 * One real, uncontrolled `<input>` drawn as slots. One input (not six) means one tab stop, one
 * accessible name, and paste and SMS autofill that simply work. The value stays out of every
 * attribute; the slots show it as text, as any code field does.
 */
export const CodeInput = forwardRef<HTMLInputElement, CodeInputProps>(function CodeInput(
  { length = 6, className, asChild, children, ...props },
  ref,
) {
  const inner = useRef<HTMLInputElement | null>(null);
  const [view, setView] = useState<View>(['', 0, 0, false]);
  const current = useRef(view);
  const [cx, slot] = useClasses();

  const sync = useCallback(() => {
    const el = inner.current;
    if (!el) return;
    const { value } = el;
    const next: View = [
      value,
      el.selectionStart ?? value.length,
      el.selectionEnd ?? value.length,
      el.ownerDocument.activeElement === el,
    ];
    // Compare before setting: a no-op setState still costs a render when React cannot bail out early.
    if (next.every((v, i) => v === current.current[i])) return;
    current.current = next;
    setView(next);
  }, []);

  // react-hook-form's reset() writes the value without an event: read it back after every render.
  useIsoLayoutEffect(sync);
  useEffect(() => {
    // Arrow keys and clicks move the caret without an input event; selectionchange sees them. It
    // fires for every field on the page, so typing in the password costs one comparison here.
    const doc = inner.current?.ownerDocument;
    const onSelection = () => {
      if (doc?.activeElement === inner.current || current.current[3]) sync();
    };
    doc?.addEventListener('selectionchange', onSelection);
    return () => doc?.removeEventListener('selectionchange', onSelection);
  }, [sync]);

  // The consumer's handler first, then a fresh look at value, caret and focus.
  const handlers: Record<string, (event: unknown) => void> = {};
  for (const name of ['onInput', 'onFocus', 'onBlur', 'onKeyUp', 'onSelect'] as const) {
    handlers[name] = (event) => {
      (props[name] as ((e: unknown) => void) | undefined)?.(event);
      sync();
    };
  }

  const own = {
    ...props,
    ...handlers,
    ref: mergeRefs(ref, inner),
    className: cx(length === null ? 'input' : 'code-input', className),
  };
  const input = asChild ? <Slot {...own}>{children}</Slot> : <input {...own} />;
  if (length === null) return input;

  const [value, start, end, focused] = view;
  // The input's own placeholder is transparent (styles.css): it would show through the gaps between
  // slots. Each empty slot draws its character instead.
  const placeholder = [...(props.placeholder ?? '')];
  const collapsed = start === end;
  const caretAt = Math.min(start, length - 1);
  return (
    <div className={cx('code')} data-slot="code-box" data-focused={dataFlag(focused)}>
      {input}
      <div className={cx('code-slots')} aria-hidden="true">
        {Array.from({ length }, (_, i) => {
          const char = value[i];
          const active = focused && (collapsed ? i === caretAt : i >= start && i < end);
          const caret = focused && collapsed && i === start && !char;
          return (
            <div
              // biome-ignore lint/suspicious/noArrayIndexKey: slots are positions, not items
              key={i}
              {...slot('code-slot')}
              data-active={dataFlag(active)}
              data-filled={dataFlag(char)}
              data-caret={dataFlag(caret)}
              data-selected={dataFlag(active && !collapsed)}
            >
              {char ??
                (!caret && placeholder[i] && <span {...slot('code-placeholder')}>{placeholder[i]}</span>)}
            </div>
          );
        })}
      </div>
    </div>
  );
});
