import type { Messages } from '../en';
import { plural, waitDuration, withReference } from '../format-helpers';

// "Sie" throughout, as German account and security pages use. "Zeichen" and "-stellig" do not
// inflect, so only the wait durations need plural forms.

const nSeconds = plural('de', { one: (n) => `${n} Sekunde`, other: (n) => `${n} Sekunden` });
const nMinutes = plural('de', { one: (n) => `${n} Minute`, other: (n) => `${n} Minuten` });
const duration = waitDuration(nSeconds, nMinutes);
const ref = (text: string) => withReference(text, (id) => ` (Referenz: ${id})`);

/** German (`de`). Pass it as `messages`: `import de from 'react-cognito-reset/locales/de'`. */
const de: Messages = {
  lang: 'de',
  dir: 'ltr',
  heading: 'Passwort zurücksetzen',
  intro: 'Geben Sie den Code ein, den wir Ihnen gesendet haben, und wählen Sie ein neues Passwort.',
  deliveryEmail: ({ destination }) => `Wir haben einen Code per E-Mail an ${destination} gesendet.`,
  deliverySms: ({ destination }) => `Wir haben einen Code per SMS an ${destination} gesendet.`,
  deliveryOther: ({ destination }) => `Wir haben einen Code an ${destination} gesendet.`,
  usernameLabel: 'Benutzername',
  codeLabel: 'Bestätigungscode',
  codeHint: ({ length }) =>
    length ? `Der ${length}-stellige Code aus Ihrer Nachricht.` : 'Der Code aus Ihrer Nachricht.',
  passwordLabel: 'Neues Passwort',
  confirmPasswordLabel: 'Neues Passwort bestätigen',
  showPassword: 'Passwort anzeigen',
  hidePassword: 'Passwort ausblenden',
  capsLockOn: 'Die Feststelltaste ist aktiviert.',
  policyTitle: 'Anforderungen an Ihr neues Passwort',
  ruleMet: 'erfüllt',
  ruleUnmet: 'noch nicht erfüllt',
  ruleChecking: 'wird geprüft…',
  ruleUnavailable: 'konnte nicht geprüft werden',
  ruleChanged: ({ rule, state }) => `${rule}: ${state}.`,
  submit: 'Passwort zurücksetzen',
  submitting: 'Passwort wird zurückgesetzt…',
  resend: 'Code erneut senden',
  resendIn: ({ seconds }) => `Code in ${seconds} s erneut senden`,
  resending: 'Neuer Code wird gesendet…',
  resent: ({ destination }) =>
    destination
      ? `Wir haben einen neuen Code an ${destination} gesendet.`
      : 'Wir haben einen neuen Code gesendet.',
  waitCountdown: ({ seconds }) => `Sie können es in ${nSeconds(seconds)} erneut versuchen.`,
  retry: 'Erneut versuchen',
  requestId: ({ requestId }) => `Referenz: ${requestId}`,
  successHeading: 'Ihr Passwort wurde zurückgesetzt',
  successBody: 'Sie können sich jetzt mit Ihrem neuen Passwort anmelden.',
  continue: 'Weiter zur Anmeldung',
  requestHeading: 'Passwort vergessen?',
  codeSentHeading: 'Prüfen Sie Ihre Nachrichten',
  requestIntro:
    'Geben Sie Ihren Benutzernamen ein, dann senden wir Ihnen einen Code zum Zurücksetzen Ihres Passworts.',
  requestSubmit: 'Code senden',
  requestSubmitting: 'Code wird gesendet…',
  codeSentNeutral: 'Falls zu diesem Benutzernamen ein Konto existiert, haben wir ihm einen Code gesendet.',
  haveCode: 'Ich habe schon einen Code',
  changeUsername: 'Anderen Benutzernamen verwenden',
  rules: {
    minLength: ({ min }) => `Mindestens ${min} Zeichen`,
    uppercase: 'Ein Großbuchstabe (A–Z)',
    lowercase: 'Ein Kleinbuchstabe (a–z)',
    number: 'Eine Ziffer (0–9)',
    symbol: 'Ein Sonderzeichen, z. B. ! @ # $ %',
    maxLength: ({ max }) => `Höchstens ${max} Zeichen`,
    noEdgeSpace: 'Kein Leerzeichen am Anfang oder Ende',
    notBreached: 'In keinem bekannten Datenleck enthalten',
    strength: 'Schwer zu erraten',
  },
  validation: {
    usernameRequired: 'Geben Sie Ihren Benutzernamen ein.',
    usernameInvalid: 'Dieser Benutzername enthält Zeichen, die nicht verwendet werden können.',
    codeRequired: 'Geben Sie den Code aus Ihrer Nachricht ein.',
    codeLength: ({ length }) => `Der Code hat ${length} Zeichen.`,
    codeFormat: 'Der Code besteht nur aus den Zeichen in Ihrer Nachricht.',
    passwordRequired: 'Wählen Sie ein neues Passwort.',
    passwordPolicy: 'Ihr neues Passwort erfüllt noch nicht alle unten stehenden Anforderungen.',
    confirmRequired: 'Geben Sie Ihr neues Passwort erneut ein.',
    passwordMismatch: 'Die Passwörter stimmen nicht überein.',
  },
  errors: {
    codeMismatch:
      'Dieser Code stimmt nicht. Prüfen Sie ihn und versuchen Sie es erneut – mit dem zuletzt gesendeten Code.',
    codeExpired: 'Dieser Code ist abgelaufen. Fordern Sie einen neuen Code an und geben Sie ihn hier ein.',
    codeOrUsername:
      'Mit diesen Angaben konnten wir Ihr Passwort nicht zurücksetzen. Prüfen Sie den Benutzernamen und den Code und versuchen Sie es erneut.',
    passwordRejected:
      'Dieses Passwort erfüllt die Passwortanforderungen nicht. Wählen Sie ein anderes Passwort.',
    passwordReused:
      'Dieses Passwort haben Sie bereits verwendet. Wählen Sie eines, das Sie in letzter Zeit nicht verwendet haben.',
    invalidRequest:
      'Einige dieser Angaben wurden nicht akzeptiert. Prüfen Sie sie und versuchen Sie es erneut. Das neue Passwort darf nicht mit einem Leerzeichen beginnen oder enden.',
    tooManyAttempts: (params) => `Zu viele Versuche. Versuchen Sie es in ${duration(params)} erneut.`,
    tooManyRequests: (params) =>
      `Zurzeit gibt es zu viele Anfragen. Versuchen Sie es in ${duration(params)} erneut.`,
    codeNotSent:
      'Wir konnten gerade keinen Code senden. Fordern Sie einen neuen Code an, oder wenden Sie sich an den Support, wenn das Problem weiterhin besteht.',
    resetNotAllowed: ref(
      'Ihr Passwort kann hier derzeit nicht zurückgesetzt werden. Bitte wenden Sie sich an den Support.',
    ),
    accountUnconfirmed: ref(
      'Ihr Passwort kann erst zurückgesetzt werden, wenn die Registrierung abgeschlossen ist. Schließen Sie zuerst die Registrierung ab, oder wenden Sie sich an den Support.',
    ),
    misconfigured: ref(
      'Das Zurücksetzen des Passworts ist wegen eines Problems auf unserer Seite derzeit nicht möglich. Bitte wenden Sie sich an den Support.',
    ),
    blocked: ref(
      'Ihre Anfrage wurde blockiert. Wenn Sie ein VPN oder ein automatisiertes Tool verwenden, deaktivieren Sie es und versuchen Sie es erneut, oder wenden Sie sich an den Support.',
    ),
    requestDeclined: ref('Ihre Anfrage wurde abgelehnt. Bitte wenden Sie sich an den Support.'),
    serverError: ref(
      'Auf unserer Seite ist ein Fehler aufgetreten. Bitte versuchen Sie es gleich noch einmal.',
    ),
    codeExpiredWait: (params) =>
      `Dieser Code ist abgelaufen. Sie können in ${duration(params)} einen neuen Code anfordern und ihn dann hier eingeben.`,
    passwordPolicyMismatch:
      'Dieses Passwort erfüllt alle hier angezeigten Anforderungen, aber für dieses Konto gelten andere Passwortregeln. Wählen Sie ein längeres Passwort mit mehr Arten von Zeichen.',
    resendFailed: ref('Wir konnten keinen neuen Code senden. Bitte versuchen Sie es erneut.'),
    cannotSendCode: ref(
      'Wir können an dieses Konto keinen Code senden. Bitte wenden Sie sich an den Support.',
    ),
    cannotSendToUsername:
      'Wir konnten für diesen Benutzernamen keinen Code senden. Prüfen Sie ihn und versuchen Sie es erneut.',
    tooManyCodes: (params) =>
      `Es wurden zu viele neue Codes angefordert. Sie können in ${duration(params)} einen weiteren anfordern.`,
    network: 'Keine Verbindung möglich. Prüfen Sie Ihre Internetverbindung und versuchen Sie es erneut.',
    timeout: 'Das dauert zu lange. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
    aborted: 'Die Anfrage wurde abgebrochen, bevor sie abgeschlossen war. Bitte versuchen Sie es erneut.',
    unknown: ref(
      'Etwas ist schiefgelaufen. Bitte versuchen Sie es erneut, und wenden Sie sich an den Support, wenn das Problem weiterhin besteht.',
    ),
  },
};

export default de;
