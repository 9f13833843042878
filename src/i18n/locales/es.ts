import type { Messages } from '../en';
import { plural, waitDuration, withReference } from '../format-helpers';

// Neutral Spanish for Spain and Latin America: "tú", and words both sides use ("escribe",
// "correo electrónico", "mensaje de texto"), so one catalogue reads naturally everywhere.

const nCharacters = plural('es', { one: (n) => `${n} carácter`, other: (n) => `${n} caracteres` });
const nSeconds = plural('es', { one: (n) => `${n} segundo`, other: (n) => `${n} segundos` });
const nMinutes = plural('es', { one: (n) => `${n} minuto`, other: (n) => `${n} minutos` });
const duration = waitDuration(nSeconds, nMinutes);
const ref = (text: string) => withReference(text, (id) => ` (Referencia: ${id})`);
const SUPPORT = 'ponte en contacto con el soporte técnico';

/** Spanish (`es`). Pass it as `messages`: `import es from 'react-cognito-reset/locales/es'`. */
const es: Messages = {
  lang: 'es',
  dir: 'ltr',
  heading: 'Restablece tu contraseña',
  intro: 'Escribe el código que te enviamos y elige una contraseña nueva.',
  deliveryEmail: ({ destination }) => `Te enviamos un código por correo electrónico a ${destination}.`,
  deliverySms: ({ destination }) => `Te enviamos un código por mensaje de texto a ${destination}.`,
  deliveryOther: ({ destination }) => `Te enviamos un código a ${destination}.`,
  usernameLabel: 'Nombre de usuario',
  codeLabel: 'Código de verificación',
  codeHint: ({ length }) =>
    length
      ? `Es el código de ${nCharacters(length)} que aparece en el mensaje.`
      : 'Es el código que aparece en el mensaje.',
  passwordLabel: 'Contraseña nueva',
  confirmPasswordLabel: 'Confirma la contraseña nueva',
  showPassword: 'Mostrar contraseña',
  hidePassword: 'Ocultar contraseña',
  capsLockOn: 'Bloq Mayús está activado.',
  policyTitle: 'Tu contraseña nueva debe tener',
  ruleMet: 'cumplido',
  ruleUnmet: 'pendiente',
  ruleChecking: 'comprobando…',
  ruleUnavailable: 'no se pudo comprobar',
  ruleChanged: ({ rule, state }) => `${rule}: ${state}.`,
  submit: 'Restablecer contraseña',
  submitting: 'Restableciendo contraseña…',
  resend: 'Reenviar código',
  resendIn: ({ seconds }) => `Reenviar código en ${seconds} s`,
  resending: 'Enviando un código nuevo…',
  resent: ({ destination }) =>
    destination ? `Te enviamos un código nuevo a ${destination}.` : 'Te enviamos un código nuevo.',
  waitCountdown: ({ seconds }) => `Podrás volver a intentarlo en ${nSeconds(seconds)}.`,
  retry: 'Reintentar',
  requestId: ({ requestId }) => `Referencia: ${requestId}`,
  successHeading: 'Contraseña restablecida',
  successBody: 'Ya puedes iniciar sesión con tu contraseña nueva.',
  continue: 'Ir a iniciar sesión',
  requestHeading: '¿Olvidaste tu contraseña?',
  codeSentHeading: 'Revisa tus mensajes',
  requestIntro: 'Escribe tu nombre de usuario y te enviaremos un código para restablecer tu contraseña.',
  requestSubmit: 'Enviar código',
  requestSubmitting: 'Enviando código…',
  codeSentNeutral: 'Si existe una cuenta con este nombre de usuario, le enviamos un código.',
  haveCode: 'Ya tengo un código',
  changeUsername: 'Usar otro nombre de usuario',
  rules: {
    minLength: ({ min }) => `Al menos ${nCharacters(min)}`,
    uppercase: 'Una letra mayúscula (A–Z)',
    lowercase: 'Una letra minúscula (a–z)',
    number: 'Un número (0–9)',
    symbol: 'Un símbolo, como ! @ # $ %',
    maxLength: ({ max }) => `Como máximo ${nCharacters(max)}`,
    noEdgeSpace: 'Sin espacios al principio ni al final',
    notBreached: 'No aparece en ninguna filtración de datos conocida',
    strength: 'Difícil de adivinar',
  },
  validation: {
    usernameRequired: 'Escribe tu nombre de usuario.',
    usernameInvalid: 'Este nombre de usuario tiene caracteres que no se pueden usar.',
    codeRequired: 'Escribe el código que aparece en el mensaje.',
    codeLength: ({ length }) => `El código tiene ${nCharacters(length)}.`,
    codeFormat: 'El código solo contiene los caracteres que aparecen en el mensaje.',
    passwordRequired: 'Elige una contraseña nueva.',
    passwordPolicy: 'Tu contraseña nueva todavía no cumple todos los requisitos de abajo.',
    confirmRequired: 'Vuelve a escribir tu contraseña nueva.',
    passwordMismatch: 'Las contraseñas no coinciden.',
  },
  errors: {
    codeMismatch:
      'Ese código no es correcto. Revísalo y vuelve a intentarlo con el código más reciente que te enviamos.',
    codeExpired: 'Este código expiró. Solicita un código nuevo y escríbelo aquí.',
    codeOrUsername:
      'No pudimos restablecer tu contraseña con estos datos. Revisa el nombre de usuario y el código, y vuelve a intentarlo.',
    passwordRejected: 'Esta contraseña no cumple los requisitos de contraseña. Elige otra.',
    passwordReused: 'Ya usaste esta contraseña antes. Elige una que no hayas usado recientemente.',
    invalidRequest:
      'No se aceptaron algunos de estos datos. Revísalos y vuelve a intentarlo. La contraseña nueva no puede empezar ni terminar con un espacio.',
    tooManyAttempts: (params) => `Demasiados intentos. Vuelve a intentarlo en ${duration(params)}.`,
    tooManyRequests: (params) =>
      `Hay demasiadas solicitudes en este momento. Vuelve a intentarlo en ${duration(params)}.`,
    codeNotSent: `No pudimos enviar un código en este momento. Solicita un código nuevo o ${SUPPORT} si el problema continúa.`,
    resetNotAllowed: ref(
      'No es posible restablecer tu contraseña aquí en este momento. Ponte en contacto con el soporte técnico.',
    ),
    accountUnconfirmed: ref(
      `No puedes restablecer tu contraseña hasta completar el registro. Termina de registrarte primero o ${SUPPORT}.`,
    ),
    misconfigured: ref(
      'El restablecimiento de contraseña no está disponible en este momento por un problema de nuestra parte. Ponte en contacto con el soporte técnico.',
    ),
    blocked: ref(
      `Se bloqueó tu solicitud. Si usas una VPN o una herramienta automatizada, desactívala y vuelve a intentarlo, o ${SUPPORT}.`,
    ),
    requestDeclined: ref('Se rechazó tu solicitud. Ponte en contacto con el soporte técnico.'),
    serverError: ref('Algo salió mal de nuestra parte. Vuelve a intentarlo en un momento.'),
    codeExpiredWait: (params) =>
      `Este código ha caducado. Podrás solicitar un código nuevo dentro de ${duration(params)} e introducirlo aquí.`,
    passwordPolicyMismatch:
      'Esta contraseña cumple todas las reglas que se muestran aquí, pero las reglas de contraseña de esta cuenta son distintas. Elige una contraseña más larga con más tipos de caracteres.',
    resendFailed: ref('No pudimos enviar un código nuevo. Vuelve a intentarlo.'),
    cannotSendCode: ref(`No podemos enviar un código a esta cuenta. Por favor, ${SUPPORT}.`),
    cannotSendToUsername:
      'No pudimos enviar un código para este nombre de usuario. Revísalo y vuelve a intentarlo.',
    tooManyCodes: (params) =>
      `Se han solicitado demasiados códigos nuevos. Podrás solicitar otro dentro de ${duration(params)}.`,
    network: 'No pudimos conectarnos. Comprueba tu conexión a internet y vuelve a intentarlo.',
    timeout: 'Esto está tardando demasiado. Comprueba tu conexión y vuelve a intentarlo.',
    aborted: 'La solicitud se canceló antes de terminar. Vuelve a intentarlo.',
    unknown: ref(`Algo salió mal. Vuelve a intentarlo y ${SUPPORT} si sigue ocurriendo.`),
  },
};

export default es;
