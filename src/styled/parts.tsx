import type { ButtonHTMLAttributes, HTMLAttributes, ReactNode } from 'react';
import { dataFlag } from '../headless/merge-props';
import { useCountdown } from '../headless/useCountdown';
import { usePasswordChecklist } from '../headless/usePasswordChecklist';
import type { MessageKey } from '../i18n/messages';
import { ALERT_ICON, CHECK_ICON, DOT_ICON } from './icons';
import { usePart } from './styled-context';

// "0–9", "A–Z": in a right-to-left sentence the bidi algorithm draws "0–9" as "9–0" (digits are
// weak, the dash neutral) while "A–Z" stays. A left-to-right isolate (LRI … PDI, as the Arabic
// catalogue already writes its symbols) keeps every range as written, in every catalogue.
const isolateRanges = (text: string) => text.replace(/(\w–\w)/g, '\u2066$1\u2069');

/** The live checklist of the password policy. */
export function Policy({ className, ...props }: HTMLAttributes<HTMLDivElement>) {
  const [r, cx, slot] = usePart('Policy');
  const { items, announcement } = usePasswordChecklist(r);
  if (r.status === 'success') return null;
  return (
    <div {...r.getPolicyProps(props)} {...slot('policy', className)}>
      <p className={cx('policy-title')}>{r.t('policyTitle')}</p>
      <ul className={cx('policy-list')}>
        {items.map((item) => (
          <li key={item.id} {...slot('rule')} data-rule={item.id} data-met={dataFlag(item.met)}>
            {item.met ? CHECK_ICON : DOT_ICON}
            <span>{isolateRanges(item.label)}</span>
            <span className={cx('sr-only')}> ({r.t(item.met ? 'ruleMet' : 'ruleUnmet')})</span>
          </li>
        ))}
      </ul>
      {/* Announced politely, and only when a rule changes state: never once per keystroke. */}
      <p className={cx('sr-only')} aria-live="polite" aria-atomic="true" data-slot="policy-announcer">
        {announcement}
      </p>
    </div>
  );
}

/** The form-level error with its next step: a live countdown to wait, or a retry. */
export function ErrorMessage({ className, ...props }: HTMLAttributes<HTMLDivElement>) {
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
  const ticking =
    waitSeconds > 0 &&
    d &&
    r.t(`errors.${d.messageKey}` as MessageKey, { ...d.params, seconds: waitSeconds });
  return (
    <div {...slot('error-box')}>
      {/* Always in the DOM, so screen readers pick up the message when it arrives. */}
      <div {...r.getErrorProps(props)} {...slot('error', className)}>
        {r.errorMessage && (
          <p className={cx('error-text')}>
            {ALERT_ICON}
            <span>
              {ticking ? (
                <>
                  <span className={cx('sr-only')}>{r.errorMessage}</span>
                  <span aria-hidden="true" data-slot="countdown">
                    {ticking}
                  </span>
                </>
              ) : (
                r.errorMessage
              )}
            </span>
          </p>
        )}
      </div>
      {showRetry && (
        <button type="submit" form={r.ids.form} className={cx('link')} data-slot="retry">
          {r.t('retry')}
        </button>
      )}
    </div>
  );
}

/** The submit button. */
export function Submit({ className, children, ...props }: ButtonHTMLAttributes<HTMLButtonElement>) {
  const [r, cx, slot] = usePart('Submit');
  if (r.status === 'success') return null;
  const pending = r.status === 'submitting';
  return (
    <button {...r.getSubmitProps(props)} {...slot('submit', className)}>
      {pending && <span className={cx('spinner')} aria-hidden="true" />}
      {children ?? r.t('submit')}
    </button>
  );
}

/** "Resend code" with its cooldown, and a polite confirmation once a new code is on its way. */
export function Resend({ className, children, ...props }: ButtonHTMLAttributes<HTMLButtonElement>) {
  const [r, , slot] = usePart('Resend');
  // The cooldown ticks here, so a tick re-renders this part only.
  const seconds = useCountdown(r.resendAvailableAt);
  if (r.status === 'success') return null;
  const label = seconds > 0 ? r.t('resendIn', { seconds }) : r.t('resend');
  return (
    <div {...slot('resend-box')}>
      <button {...r.getResendProps(props)} {...slot('resend', className)}>
        {children ?? label}
      </button>
      {/* Progress of the submit is announced here but shown by the button's own spinner, not in
          a line below Resend; only the resend's own progress and result are seen here. */}
      <p {...r.getStatusProps()} {...slot('resent')}>
        {r.statusMessage}
      </p>
    </div>
  );
}

/** "We sent a code to a***@e***." */
export function DeliveryHint({ className, ...props }: HTMLAttributes<HTMLParagraphElement>) {
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
    <p {...props} className={cx('intro', className)} data-slot="delivery">
      {text}
    </p>
  );
}

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
export function Success({ className, onContinue, continueHref, children, ...props }: SuccessProps) {
  const [r, cx, slot] = usePart('Success');
  if (r.status !== 'success') return null;
  return (
    <div {...props} {...slot('success', className)}>
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
}
