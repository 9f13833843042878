import { Slot, Slottable } from '@radix-ui/react-slot';
import { type ButtonHTMLAttributes, forwardRef, type HTMLAttributes, type ReactNode, type Ref } from 'react';
import { dataFlag } from '../headless/merge-props';
import { useCountdown } from '../headless/useCountdown';
import { STATE_WORD, usePasswordChecklist } from '../headless/usePasswordChecklist';
import { errorMessageKey } from '../i18n/messages';
import { ErrorText } from './ErrorText';
import { CHECK_ICON, DOT_ICON } from './icons';
import { usePart, VISUALLY_HIDDEN } from './styled-context';

// "0–9", "A–Z": in a right-to-left sentence the bidi algorithm draws "0–9" as "9–0" (digits are
// weak, the dash neutral) while "A–Z" stays. A left-to-right isolate (LRI … PDI, as the Arabic
// catalogue already writes its symbols) keeps every range as written, in every catalogue.
const isolateRanges = (text: string) => text.replace(/(\w–\w)/g, '\u2066$1\u2069');

/** The live checklist of the password policy. */
export const Policy = forwardRef<HTMLDivElement, HTMLAttributes<HTMLDivElement>>(function Policy(
  { className, ...props },
  ref,
) {
  const [r, cx, slot] = usePart('Policy');
  const { items, announcement } = usePasswordChecklist(r);
  if (r.status === 'success') return null;
  return (
    <div {...r.getPolicyProps({ ...props, ref })} {...slot('policy', className)}>
      <p className={cx('policy-title')}>{r.t('policyTitle')}</p>
      <ul className={cx('policy-list')}>
        {items.map((item) => (
          <li
            key={item.id}
            {...slot('rule')}
            data-rule={item.id}
            data-met={dataFlag(item.met)}
            data-pending={dataFlag(item.state === 'pending')}
            data-unavailable={dataFlag(item.state === 'unavailable')}
          >
            {item.met ? CHECK_ICON : DOT_ICON}
            <span>{isolateRanges(item.label)}</span>
            <span className={cx('sr-only')} style={VISUALLY_HIDDEN}>
              {' '}
              ({r.t(STATE_WORD[item.state])})
            </span>
          </li>
        ))}
      </ul>
      {/* Announced politely, and only when a rule changes state: never once per keystroke. */}
      <p
        className={cx('sr-only')}
        style={VISUALLY_HIDDEN}
        aria-live="polite"
        aria-atomic="true"
        data-slot="policy-announcer"
      >
        {announcement}
      </p>
    </div>
  );
});

/** The form-level error with its next step: a live countdown to wait, or a retry. */
export const ErrorMessage = forwardRef<HTMLDivElement, HTMLAttributes<HTMLDivElement>>(function ErrorMessage(
  { className, ...props },
  ref,
) {
  const [r, cx, slot] = usePart('Error');
  const shown = r.formError;
  const d = shown?.description;
  const showRetry = shown?.operation === 'confirmForgotPassword' && d?.action === 'retry';
  // The countdown ticks here, so a tick re-renders this part only; it runs to the throttled
  // operation's own deadline (a resend throttle does not block a reset, and the other way round).
  const waitSeconds = useCountdown(
    d?.action !== 'wait' ? 0 : shown?.operation === 'forgotPassword' ? r.resendAvailableAt : r.waitUntil,
  );
  if (r.status === 'success') return null;
  // One countdown: while a wait runs, the message itself counts down on screen. The alert is
  // announced once, as it arrived; the ticking copy is hidden from assistive technology, which
  // would otherwise read it out every second.
  const ticking = waitSeconds > 0 && d && r.t(errorMessageKey(d), { ...d.params, seconds: waitSeconds });
  return (
    <div {...props} ref={ref} {...slot('error-box', className)}>
      {/* Always in the DOM, so screen readers pick up the message when it arrives. */}
      <div {...r.getErrorProps()} {...slot('error')}>
        {r.errorMessage && <ErrorText message={r.errorMessage} ticking={ticking} cx={cx} />}
      </div>
      {showRetry && (
        <button type="submit" form={r.ids.form} className={cx('link')} data-slot="retry">
          {r.t('retry')}
        </button>
      )}
    </div>
  );
});

/** Props of `.Submit` and `.Resend`: a `<button>`'s, or with `asChild` those of your own button. */
export interface ButtonPartProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  /**
   * Render your own button component (its one child element) instead of the kit's `<button>`: the
   * kit's props, handlers and ref are merged into it (Radix's Slot; yours win, handlers both run).
   * Its own children are the label; without any, the catalogue's. @default false
   */
  asChild?: boolean;
}

/** What a button part hands its one element: the getter's props, its label and what precedes it. */
interface PartButtonProps extends ButtonPartProps {
  /** The merged ref (a prop of its own: React 18 keeps `ref` from function components). */
  buttonRef?: Ref<HTMLButtonElement>;
  /** The consumer's children: the label, or with `asChild` their element. */
  own: ReactNode;
  /** The catalogue's label, used when the consumer gives none. */
  label: ReactNode;
  /** Drawn before the label (the submit's spinner). */
  before?: ReactNode;
}

/**
 * The one element of a button part: the kit's `<button>`, or the consumer's element via Slot. A
 * function the part calls, not a component: a form render costs one component render per button.
 */
function partButton({ asChild, own, label, before, buttonRef, ...props }: PartButtonProps) {
  if (!asChild)
    return (
      <button {...props} ref={buttonRef}>
        {before}
        {own ?? label}
      </button>
    );
  // Slottable puts what precedes it (the spinner) inside the consumer's element, before its label.
  return (
    <Slot {...props} ref={buttonRef}>
      {before}
      <Slottable child={own}>{(inner: ReactNode) => inner ?? label}</Slottable>
    </Slot>
  );
}

/** The submit button; with `asChild`, your own button. */
export const Submit = forwardRef<HTMLButtonElement, ButtonPartProps>(function Submit(
  { className, children, asChild, ...props },
  ref,
) {
  const [r, cx, slot] = usePart('Submit');
  if (r.status === 'success') return null;
  const pending = r.status === 'submitting';
  const { ref: buttonRef, ...button } = r.getSubmitProps({ ...props, ref });
  return partButton({
    ...button,
    buttonRef,
    ...slot('submit', className),
    asChild,
    own: children,
    label: r.t('submit'),
    before: pending && <span className={cx('spinner')} aria-hidden="true" />,
  });
});

/** "Resend code" with its cooldown; with `asChild`, your own button. */
export const Resend = forwardRef<HTMLButtonElement, ButtonPartProps>(function Resend(
  { className, children, asChild, ...props },
  ref,
) {
  const [r, , slot] = usePart('Resend');
  // The cooldown ticks here, so a tick re-renders this part only.
  const seconds = useCountdown(r.resendAvailableAt);
  if (r.status === 'success') return null;
  const { ref: buttonRef, ...button } = r.getResendProps({ ...props, ref });
  return partButton({
    ...button,
    buttonRef,
    ...slot('resend', className),
    asChild,
    own: children,
    label: seconds > 0 ? r.t('resendIn', { seconds }) : r.t('resend'),
  });
});

/** "We sent a code to a***@e***." */
export const DeliveryHint = forwardRef<HTMLParagraphElement, HTMLAttributes<HTMLParagraphElement>>(
  function DeliveryHint({ className, ...props }, ref) {
    const [r, cx] = usePart('DeliveryHint');
    if (r.status === 'success') return null;
    const d = r.delivery;
    const text = r.t(
      !d?.destination
        ? 'intro'
        : d.medium === 'EMAIL'
          ? 'deliveryEmail'
          : d.medium === 'SMS'
            ? 'deliverySms'
            : 'deliveryOther',
      { destination: d?.destination ?? '' },
    );
    return (
      <p {...props} ref={ref} className={cx('intro', className)} data-slot="delivery">
        {text}
      </p>
    );
  },
);

/** Props of the success view. */
export interface SuccessProps extends HTMLAttributes<HTMLDivElement> {
  /** Called by the continue button; without it (and without `continueHref`) no button is shown. */
  onContinue?: () => void;
  /** Renders the continue action as a link. */
  continueHref?: string;
  /** Replaces the body text. */
  children?: ReactNode;
}

/** Focuses an element as it mounts; one stable function, so React calls it once, not every render. */
const focus = (el: HTMLElement | null) => el?.focus();

/** The success view; it takes focus on its heading when it appears. */
export const Success = forwardRef<HTMLDivElement, SuccessProps>(function Success(
  { className, onContinue, continueHref, children, ...props },
  ref,
) {
  const [r, cx, slot] = usePart('Success');
  if (r.status !== 'success') return null;
  return (
    <div {...props} ref={ref} {...slot('success', className)}>
      <span className={cx('success-icon')} aria-hidden="true">
        {CHECK_ICON}
      </span>
      <h2 ref={focus} tabIndex={-1} className={cx('heading')}>
        {r.t('successHeading')}
      </h2>
      <p className={cx('intro')}>{children ?? r.t('successBody')}</p>
      {continueHref ? (
        <a href={continueHref} className={cx('submit')} onClick={onContinue}>
          {r.t('continue')}
        </a>
      ) : onContinue ? (
        <button type="button" className={cx('submit')} onClick={onContinue}>
          {r.t('continue')}
        </button>
      ) : null}
    </div>
  );
});
