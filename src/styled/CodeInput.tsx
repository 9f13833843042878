import {
  forwardRef,
  type InputHTMLAttributes,
  useCallback,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
} from 'react';
import { mergeRefs } from '../headless/merge-props';
import { useClass } from './styled-context';

const useIsoLayoutEffect = typeof window === 'undefined' ? useEffect : useLayoutEffect;

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
  const inputClass = useClass(length === null ? 'input' : 'code-input', className);
  const boxClass = useClass('code');
  const slotClass = useClass('code-slot');
  const slotsClass = useClass('code-slots');

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
    const v = current.current;
    if (v.value === next.value && v.start === next.start && v.end === next.end && v.focused === next.focused)
      return;
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
      className={inputClass}
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
    <div className={boxClass} data-slot="code-box" data-focused={view.focused ? '' : undefined}>
      {input}
      <div className={slotsClass} aria-hidden="true">
        {Array.from({ length }, (_, i) => {
          const char = view.value[i];
          const active = view.focused && (collapsed ? i === caretAt : i >= view.start && i < view.end);
          return (
            <div
              // biome-ignore lint/suspicious/noArrayIndexKey: slots are positions, not items
              key={i}
              className={slotClass}
              data-slot="code-slot"
              data-active={active ? '' : undefined}
              data-filled={char ? '' : undefined}
              data-caret={view.focused && collapsed && i === view.start && !char ? '' : undefined}
              data-selected={active && !collapsed ? '' : undefined}
            >
              {char}
            </div>
          );
        })}
      </div>
    </div>
  );
});
