import { forwardRef, type InputHTMLAttributes, useCallback, useEffect, useRef, useState } from 'react';
import { dataFlag, mergeRefs, useIsoLayoutEffect } from '../headless/merge-props';
import { useClasses } from './styled-context';

/** Props of `CodeInput`: every `<input>` prop, plus the code length. */
export interface CodeInputProps
  extends Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'defaultValue'> {
  /** Characters in the code; slots are drawn for a known length, a plain input for `null`. @default 6 */
  length?: number | null;
}

interface View {
  value: string;
  start: number;
  end: number;
  focused: boolean;
}

/**
 * One real, uncontrolled `<input>` drawn as slots. One input (not six) means one tab stop, one
 * accessible name, and paste and SMS autofill that simply work. The value stays out of every
 * attribute; the slots show it as text, as any code field does.
 */
export const CodeInput = forwardRef<HTMLInputElement, CodeInputProps>(function CodeInput(
  { length = 6, className, ...props },
  ref,
) {
  const inner = useRef<HTMLInputElement | null>(null);
  const [view, setView] = useState<View>({ value: '', start: 0, end: 0, focused: false });
  const current = useRef(view);
  const cx = useClasses();

  const sync = useCallback(() => {
    const el = inner.current;
    if (!el) return;
    const next: View = {
      value: el.value,
      start: el.selectionStart ?? el.value.length,
      end: el.selectionEnd ?? el.value.length,
      focused: el.ownerDocument.activeElement === el,
    };
    // Compare before setting: a no-op setState still costs a render when React cannot bail out early.
    if (JSON.stringify(next) === JSON.stringify(current.current)) return;
    current.current = next;
    setView(next);
  }, []);

  // react-hook-form's reset() writes the value without an event: read it back after every render.
  useIsoLayoutEffect(sync);
  useEffect(() => {
    // Arrow keys and clicks move the caret without an input event; selectionchange sees them.
    const doc = inner.current?.ownerDocument;
    doc?.addEventListener('selectionchange', sync);
    return () => doc?.removeEventListener('selectionchange', sync);
  }, [sync]);

  const chain = (name: 'onInput' | 'onFocus' | 'onBlur' | 'onKeyUp' | 'onSelect') => (event: any) => {
    (props[name] as ((e: unknown) => void) | undefined)?.(event);
    sync();
  };

  const input = (
    <input
      {...props}
      ref={mergeRefs(ref, inner)}
      className={cx(length === null ? 'input' : 'code-input', className)}
      onInput={chain('onInput')}
      onFocus={chain('onFocus')}
      onBlur={chain('onBlur')}
      onKeyUp={chain('onKeyUp')}
      onSelect={chain('onSelect')}
    />
  );
  if (length === null) return input;

  const collapsed = view.start === view.end;
  const caretAt = Math.min(view.start, length - 1);
  return (
    <div className={cx('code')} data-slot="code-box" data-focused={dataFlag(view.focused)}>
      {input}
      <div className={cx('code-slots')} aria-hidden="true">
        {Array.from({ length }, (_, i) => {
          const char = view.value[i];
          const active = view.focused && (collapsed ? i === caretAt : i >= view.start && i < view.end);
          return (
            <div
              // biome-ignore lint/suspicious/noArrayIndexKey: slots are positions, not items
              key={i}
              className={cx('code-slot')}
              data-slot="code-slot"
              data-active={dataFlag(active)}
              data-filled={dataFlag(char)}
              data-caret={dataFlag(view.focused && collapsed && i === view.start && !char)}
              data-selected={dataFlag(active && !collapsed)}
            >
              {char}
            </div>
          );
        })}
      </div>
    </div>
  );
});
