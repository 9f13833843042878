import type { Messages } from '../en';
import { plural, waitDuration, withReference } from '../format-helpers';

// Brazilian Portuguese: "você", "digite" and "entrar", the words Brazilian sign-in pages use.

const nCharacters = plural('pt-BR', { one: (n) => `${n} caractere`, other: (n) => `${n} caracteres` });
const nSeconds = plural('pt-BR', { one: (n) => `${n} segundo`, other: (n) => `${n} segundos` });
const nMinutes = plural('pt-BR', { one: (n) => `${n} minuto`, other: (n) => `${n} minutos` });
const duration = waitDuration(nSeconds, nMinutes);
const ref = (text: string) => withReference(text, (id) => ` (Referência: ${id})`);

/** Brazilian Portuguese (`pt-BR`). Pass it as `messages`: `import ptBR from 'react-cognito-reset/locales/pt-BR'`. */
const ptBR: Messages = {
  lang: 'pt-BR',
  dir: 'ltr',
  heading: 'Redefina sua senha',
  intro: 'Digite o código que enviamos para você e escolha uma nova senha.',
  deliveryEmail: ({ destination }) => `Enviamos um código por e-mail para ${destination}.`,
  deliverySms: ({ destination }) => `Enviamos um código por SMS para ${destination}.`,
  deliveryOther: ({ destination }) => `Enviamos um código para ${destination}.`,
  usernameLabel: 'Nome de usuário',
  codeLabel: 'Código de verificação',
  codeHint: ({ length }) =>
    length
      ? `O código de ${nCharacters(length)} que está na sua mensagem.`
      : 'O código que está na sua mensagem.',
  passwordLabel: 'Nova senha',
  confirmPasswordLabel: 'Confirme a nova senha',
  showPassword: 'Mostrar senha',
  hidePassword: 'Ocultar senha',
  capsLockOn: 'O Caps Lock está ativado.',
  policyTitle: 'Sua nova senha precisa ter',
  ruleMet: 'atendido',
  ruleUnmet: 'ainda não',
  ruleChecking: 'verificando…',
  ruleUnavailable: 'não foi possível verificar',
  ruleChanged: ({ rule, state }) => `${rule}: ${state}.`,
  submit: 'Redefinir senha',
  submitting: 'Redefinindo a senha…',
  resend: 'Reenviar código',
  resendIn: ({ seconds }) => `Reenviar código em ${seconds} s`,
  resending: 'Enviando um novo código…',
  resent: ({ destination }) =>
    destination ? `Enviamos um novo código para ${destination}.` : 'Enviamos um novo código.',
  waitCountdown: ({ seconds }) => `Você poderá tentar novamente em ${nSeconds(seconds)}.`,
  retry: 'Tentar novamente',
  requestId: ({ requestId }) => `Referência: ${requestId}`,
  successHeading: 'Sua senha foi redefinida',
  successBody: 'Agora você pode entrar com sua nova senha.',
  continue: 'Ir para o login',
  requestHeading: 'Esqueceu sua senha?',
  codeSentHeading: 'Confira suas mensagens',
  requestIntro: 'Digite seu nome de usuário e enviaremos um código para redefinir sua senha.',
  requestSubmit: 'Enviar código',
  requestSubmitting: 'Enviando código…',
  codeSentNeutral: 'Se existir uma conta com este nome de usuário, enviamos um código para ela.',
  haveCode: 'Já tenho um código',
  changeUsername: 'Usar outro nome de usuário',
  rules: {
    minLength: ({ min }) => `Pelo menos ${nCharacters(min)}`,
    uppercase: 'Uma letra maiúscula (A–Z)',
    lowercase: 'Uma letra minúscula (a–z)',
    number: 'Um número (0–9)',
    symbol: 'Um símbolo, como ! @ # $ %',
    maxLength: ({ max }) => `No máximo ${nCharacters(max)}`,
    noEdgeSpace: 'Nenhum espaço no início ou no fim',
    notBreached: 'Não aparece em nenhum vazamento de dados conhecido',
    strength: 'Difícil de adivinhar',
  },
  validation: {
    usernameRequired: 'Digite seu nome de usuário.',
    usernameInvalid: 'Este nome de usuário tem caracteres que não podem ser usados.',
    codeRequired: 'Digite o código que está na sua mensagem.',
    codeLength: ({ length }) => `O código tem ${nCharacters(length)}.`,
    codeFormat: 'O código tem apenas os caracteres que estão na sua mensagem.',
    passwordRequired: 'Escolha uma nova senha.',
    passwordPolicy: 'Sua nova senha ainda não atende a todas as regras abaixo.',
    confirmRequired: 'Digite sua nova senha novamente.',
    passwordMismatch: 'As senhas não coincidem.',
  },
  errors: {
    codeMismatch:
      'Esse código não está correto. Confira e tente novamente usando o código mais recente que enviamos.',
    codeExpired: 'Este código expirou. Solicite um novo código e digite-o aqui.',
    codeOrUsername:
      'Não foi possível redefinir sua senha com esses dados. Confira o nome de usuário e o código e tente novamente.',
    passwordRejected: 'Esta senha não atende aos requisitos de senha. Escolha outra senha.',
    passwordReused: 'Você já usou esta senha antes. Escolha uma que não tenha usado recentemente.',
    invalidRequest:
      'Alguns desses dados não foram aceitos. Confira e tente novamente. A nova senha não pode começar nem terminar com espaço.',
    tooManyAttempts: (params) => `Muitas tentativas. Tente novamente em ${duration(params)}.`,
    tooManyRequests: (params) => `Muitas solicitações no momento. Tente novamente em ${duration(params)}.`,
    codeNotSent:
      'Não foi possível enviar um código agora. Solicite um novo código ou entre em contato com o suporte se isso continuar acontecendo.',
    resetNotAllowed: ref(
      'Não é possível redefinir sua senha aqui no momento. Entre em contato com o suporte.',
    ),
    accountUnconfirmed: ref(
      'Só é possível redefinir sua senha depois de concluir o cadastro. Conclua o cadastro primeiro ou entre em contato com o suporte.',
    ),
    misconfigured: ref(
      'A redefinição de senha não está disponível no momento devido a um problema do nosso lado. Entre em contato com o suporte.',
    ),
    blocked: ref(
      'Sua solicitação foi bloqueada. Se você estiver usando uma VPN ou uma ferramenta automatizada, desative-a e tente novamente, ou entre em contato com o suporte.',
    ),
    requestDeclined: ref('Sua solicitação foi recusada. Entre em contato com o suporte.'),
    serverError: ref('Algo deu errado do nosso lado. Tente novamente em instantes.'),
    codeExpiredWait: (params) =>
      `Este código expirou. Você poderá solicitar um novo código em ${duration(params)} e depois digitá-lo aqui.`,
    passwordPolicyMismatch:
      'Esta senha atende a todas as regras mostradas aqui, mas as regras de senha desta conta são diferentes. Escolha uma senha mais longa, com mais tipos de caracteres.',
    resendFailed: ref('Não foi possível enviar um novo código. Tente novamente.'),
    cannotSendCode: ref('Não podemos enviar um código para esta conta. Entre em contato com o suporte.'),
    cannotSendToUsername:
      'Não foi possível enviar um código para este nome de usuário. Verifique-o e tente novamente.',
    tooManyCodes: (params) =>
      `Muitos códigos novos foram solicitados. Você poderá solicitar outro em ${duration(params)}.`,
    network: 'Não foi possível conectar. Verifique sua conexão com a internet e tente novamente.',
    timeout: 'Isso está demorando demais. Verifique sua conexão e tente novamente.',
    aborted: 'A solicitação foi cancelada antes de terminar. Tente novamente.',
    unknown: ref(
      'Algo deu errado. Tente novamente e entre em contato com o suporte se isso continuar acontecendo.',
    ),
  },
};

export default ptBR;
