import type { Messages } from '../en';
import { plural, waitDuration, withReference } from '../format-helpers';

// French typography: a no-break space (U+00A0) before a colon and between a number and its
// unit, so "30 s" or "Référence :" never wraps apart. "Vous" throughout.

const NBSP = '\u00a0';
const nCharacters = plural('fr', {
  one: (n) => `${n}${NBSP}caractère`,
  other: (n) => `${n}${NBSP}caractères`,
});
const nSeconds = plural('fr', { one: (n) => `${n}${NBSP}seconde`, other: (n) => `${n}${NBSP}secondes` });
const nMinutes = plural('fr', { one: (n) => `${n}${NBSP}minute`, other: (n) => `${n}${NBSP}minutes` });
const duration = waitDuration(nSeconds, nMinutes);
const ref = (text: string) => withReference(text, (id) => ` (référence${NBSP}: ${id})`);

/** French (`fr`). Pass it as `messages`: `import fr from 'react-cognito-reset/locales/fr'`. */
const fr: Messages = {
  lang: 'fr',
  dir: 'ltr',
  heading: 'Réinitialisez votre mot de passe',
  intro: 'Saisissez le code que nous vous avons envoyé et choisissez un nouveau mot de passe.',
  deliveryEmail: ({ destination }) => `Nous avons envoyé un code par e-mail à ${destination}.`,
  deliverySms: ({ destination }) => `Nous avons envoyé un code par SMS au ${destination}.`,
  deliveryOther: ({ destination }) => `Nous avons envoyé un code à ${destination}.`,
  usernameLabel: 'Nom d’utilisateur',
  codeLabel: 'Code de vérification',
  codeHint: ({ length }) =>
    length
      ? `Le code à ${nCharacters(length)} figurant dans votre message.`
      : 'Le code figurant dans votre message.',
  passwordLabel: 'Nouveau mot de passe',
  confirmPasswordLabel: 'Confirmez le nouveau mot de passe',
  showPassword: 'Afficher le mot de passe',
  hidePassword: 'Masquer le mot de passe',
  capsLockOn: 'Le verrouillage des majuscules est activé.',
  policyTitle: 'Votre nouveau mot de passe doit comporter',
  ruleMet: 'respecté',
  ruleUnmet: 'pas encore',
  ruleChecking: 'vérification…',
  ruleUnavailable: 'vérification impossible',
  ruleChanged: ({ rule, state }) => `${rule}${NBSP}: ${state}.`,
  submit: 'Réinitialiser le mot de passe',
  submitting: 'Réinitialisation du mot de passe…',
  resend: 'Renvoyer le code',
  resendIn: ({ seconds }) => `Renvoyer le code dans ${seconds}${NBSP}s`,
  resending: 'Envoi d’un nouveau code…',
  resent: ({ destination }) =>
    destination
      ? `Nous avons envoyé un nouveau code à ${destination}.`
      : 'Nous avons envoyé un nouveau code.',
  waitCountdown: ({ seconds }) => `Vous pourrez réessayer dans ${nSeconds(seconds)}.`,
  retry: 'Réessayer',
  requestId: ({ requestId }) => `Référence${NBSP}: ${requestId}`,
  successHeading: 'Votre mot de passe a été réinitialisé',
  successBody: 'Vous pouvez maintenant vous connecter avec votre nouveau mot de passe.',
  continue: 'Continuer vers la connexion',
  requestHeading: `Mot de passe oublié${NBSP}?`,
  codeSentHeading: 'Consultez vos messages',
  requestIntro: `Saisissez votre nom d’utilisateur${NBSP}: nous vous enverrons un code pour réinitialiser votre mot de passe.`,
  requestSubmit: 'Envoyer le code',
  requestSubmitting: 'Envoi du code…',
  codeSentNeutral: 'Si un compte existe pour ce nom d’utilisateur, nous lui avons envoyé un code.',
  haveCode: 'J’ai déjà un code',
  changeUsername: 'Utiliser un autre nom d’utilisateur',
  rules: {
    minLength: ({ min }) => `Au moins ${nCharacters(min)}`,
    uppercase: 'Une lettre majuscule (A–Z)',
    lowercase: 'Une lettre minuscule (a–z)',
    number: 'Un chiffre (0–9)',
    symbol: 'Un symbole, par exemple ! @ # $ %',
    maxLength: ({ max }) => `Au plus ${nCharacters(max)}`,
    noEdgeSpace: 'Pas d’espace au début ni à la fin',
    notBreached: 'Absent des fuites de données connues',
    strength: 'Difficile à deviner',
  },
  validation: {
    usernameRequired: 'Saisissez votre nom d’utilisateur.',
    usernameInvalid: 'Ce nom d’utilisateur contient des caractères qui ne sont pas autorisés.',
    codeRequired: 'Saisissez le code figurant dans votre message.',
    codeLength: ({ length }) => `Le code comporte ${nCharacters(length)}.`,
    codeFormat: 'Le code ne contient que les caractères figurant dans votre message.',
    passwordRequired: 'Choisissez un nouveau mot de passe.',
    passwordPolicy: 'Votre nouveau mot de passe ne respecte pas encore toutes les règles ci-dessous.',
    confirmRequired: 'Saisissez à nouveau votre nouveau mot de passe.',
    passwordMismatch: 'Les mots de passe ne correspondent pas.',
  },
  errors: {
    codeMismatch:
      'Ce code est incorrect. Vérifiez-le et réessayez avec le code le plus récent que nous vous avons envoyé.',
    codeExpired: 'Ce code a expiré. Demandez un nouveau code, puis saisissez-le ici.',
    codeOrUsername:
      'Nous n’avons pas pu réinitialiser votre mot de passe avec ces informations. Vérifiez le nom d’utilisateur et le code, puis réessayez.',
    passwordRejected: 'Ce mot de passe ne respecte pas les exigences requises. Choisissez-en un autre.',
    passwordReused:
      'Vous avez déjà utilisé ce mot de passe. Choisissez-en un que vous n’avez pas utilisé récemment.',
    invalidRequest:
      'Certaines de ces informations n’ont pas été acceptées. Vérifiez-les et réessayez. Le nouveau mot de passe ne peut ni commencer ni se terminer par une espace.',
    tooManyAttempts: (params) => `Trop de tentatives. Réessayez dans ${duration(params)}.`,
    tooManyRequests: (params) => `Trop de demandes en ce moment. Réessayez dans ${duration(params)}.`,
    codeNotSent:
      'Nous n’avons pas pu envoyer de code pour le moment. Demandez un nouveau code ou contactez l’assistance si le problème persiste.',
    resetNotAllowed: ref(
      'Votre mot de passe ne peut pas être réinitialisé ici pour le moment. Veuillez contacter l’assistance.',
    ),
    accountUnconfirmed: ref(
      'Votre mot de passe ne peut pas être réinitialisé tant que votre inscription n’est pas terminée. Terminez d’abord votre inscription ou contactez l’assistance.',
    ),
    misconfigured: ref(
      'La réinitialisation du mot de passe est indisponible pour le moment en raison d’un problème de notre côté. Veuillez contacter l’assistance.',
    ),
    blocked: ref(
      'Votre demande a été bloquée. Si vous utilisez un VPN ou un outil automatisé, désactivez-le et réessayez, ou contactez l’assistance.',
    ),
    requestDeclined: ref('Votre demande a été refusée. Veuillez contacter l’assistance.'),
    serverError: ref('Un problème est survenu de notre côté. Veuillez réessayer dans un instant.'),
    codeExpiredWait: (params) =>
      `Ce code a expiré. Vous pourrez demander un nouveau code dans ${duration(params)}, puis le saisir ici.`,
    passwordPolicyMismatch:
      'Ce mot de passe respecte toutes les règles affichées ici, mais les règles de mot de passe de ce compte sont différentes. Choisissez un mot de passe plus long avec plus de types de caractères.',
    resendFailed: ref('Nous n’avons pas pu envoyer de nouveau code. Veuillez réessayer.'),
    cannotSendCode: ref('Nous ne pouvons pas envoyer de code à ce compte. Veuillez contacter l’assistance.'),
    cannotSendToUsername:
      'Nous n’avons pas pu envoyer de code pour ce nom d’utilisateur. Vérifiez-le et réessayez.',
    tooManyCodes: (params) =>
      `Trop de nouveaux codes ont été demandés. Vous pourrez en demander un autre dans ${duration(params)}.`,
    network: 'Connexion impossible. Vérifiez votre connexion Internet et réessayez.',
    timeout: 'L’opération prend trop de temps. Vérifiez votre connexion et réessayez.',
    aborted: 'La demande a été annulée avant d’aboutir. Veuillez réessayer.',
    unknown: ref(
      'Un problème est survenu. Veuillez réessayer, et contactez l’assistance si le problème persiste.',
    ),
  },
};

export default fr;
