import { ALERT_ICON } from './icons';
import { VISUALLY_HIDDEN } from './styled-context';

/**
 * A form-level error message as both steps' `.Error` draw it. While a wait runs, `ticking` (the same
 * message with the live seconds) is what is seen, and the message as it arrived is what assistive
 * technology reads: the alert is announced once, not every second. The hidden copy stays hidden
 * without the theme too (`unstyled`).
 */
export function ErrorText({
  message,
  ticking,
  cx,
}: {
  message: string;
  ticking: string | false | null | undefined;
  cx: (...names: string[]) => string | undefined;
}) {
  return (
    <p className={cx('error-text')}>
      {ALERT_ICON}
      <span>
        {ticking ? (
          <>
            <span className={cx('sr-only')} style={VISUALLY_HIDDEN}>
              {message}
            </span>
            <span aria-hidden="true" data-slot="countdown">
              {ticking}
            </span>
          </>
        ) : (
          message
        )}
      </span>
    </p>
  );
}
