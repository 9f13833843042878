import type { Messages } from '../en';
import { waitDuration, withReference } from '../format-helpers';

// Polite です/ます style. Japanese has no grammatical plural, so counts are number + counter.
// "文字" rather than "桁": a code may hold letters when the app sets a pattern.

const duration = waitDuration(
  (n) => `${n}秒`,
  (n) => `${n}分`,
);
const ref = (text: string) => withReference(text, (id) => `（参照ID：${id}）`);

/** Japanese (`ja`). Pass it as `messages`: `import ja from 'react-cognito-reset/locales/ja'`. */
const ja: Messages = {
  lang: 'ja',
  dir: 'ltr',
  heading: 'パスワードの再設定',
  intro: 'お送りしたコードを入力し、新しいパスワードを設定してください。',
  deliveryEmail: ({ destination }) => `${destination} にメールでコードを送信しました。`,
  deliverySms: ({ destination }) => `${destination} にSMSでコードを送信しました。`,
  deliveryOther: ({ destination }) => `${destination} にコードを送信しました。`,
  usernameLabel: 'ユーザー名',
  codeLabel: '確認コード',
  codeHint: ({ length }) =>
    length
      ? `メッセージに記載されている${length}文字のコードです。`
      : 'メッセージに記載されているコードです。',
  passwordLabel: '新しいパスワード',
  confirmPasswordLabel: '新しいパスワード（確認）',
  showPassword: 'パスワードを表示',
  hidePassword: 'パスワードを非表示',
  capsLockOn: 'Caps Lock がオンになっています。',
  policyTitle: '新しいパスワードの条件',
  ruleMet: '満たしています',
  ruleUnmet: 'まだ満たしていません',
  ruleChecking: '確認中…',
  ruleUnavailable: '確認できませんでした',
  ruleChanged: ({ rule, state }) => `${rule}：${state}`,
  submit: 'パスワードを再設定',
  submitting: 'パスワードを再設定しています…',
  resend: 'コードを再送信',
  resendIn: ({ seconds }) => `コードを再送信（${seconds}秒）`,
  resending: '新しいコードを送信しています…',
  resent: ({ destination }) =>
    destination ? `${destination} に新しいコードを送信しました。` : '新しいコードを送信しました。',
  waitCountdown: ({ seconds }) => `${seconds}秒後にもう一度お試しください。`,
  retry: 'もう一度試す',
  requestId: ({ requestId }) => `参照ID：${requestId}`,
  successHeading: 'パスワードを再設定しました',
  successBody: '新しいパスワードでサインインできます。',
  continue: 'サインインに進む',
  requestHeading: 'パスワードをお忘れですか？',
  codeSentHeading: 'メッセージを確認してください',
  requestIntro: 'ユーザー名を入力してください。パスワード再設定用のコードをお送りします。',
  requestSubmit: 'コードを送信',
  requestSubmitting: 'コードを送信しています…',
  codeSentNeutral: 'このユーザー名のアカウントが存在する場合は、コードを送信しました。',
  haveCode: 'コードをお持ちの方',
  changeUsername: '別のユーザー名を使う',
  rules: {
    minLength: ({ min }) => `${min}文字以上`,
    uppercase: '英大文字（A–Z）',
    lowercase: '英小文字（a–z）',
    number: '数字（0–9）',
    symbol: '記号（! @ # $ % など）',
    maxLength: ({ max }) => `${max}文字以下`,
    noEdgeSpace: '先頭と末尾にスペースを含まない',
    notBreached: '既知のデータ漏えいに含まれていない',
    strength: '推測されにくい',
  },
  validation: {
    usernameRequired: 'ユーザー名を入力してください。',
    usernameInvalid: 'このユーザー名には使用できない文字が含まれています。',
    codeRequired: 'メッセージに記載されているコードを入力してください。',
    codeLength: ({ length }) => `コードは${length}文字です。`,
    codeFormat: 'コードにはメッセージに記載されている文字のみを入力してください。',
    passwordRequired: '新しいパスワードを入力してください。',
    passwordPolicy: '新しいパスワードが、下記の条件をまだすべて満たしていません。',
    confirmRequired: '新しいパスワードをもう一度入力してください。',
    passwordMismatch: 'パスワードが一致しません。',
  },
  errors: {
    codeMismatch: 'コードが正しくありません。確認のうえ、最後にお送りしたコードでもう一度お試しください。',
    codeExpired: 'このコードは有効期限が切れています。新しいコードをリクエストして、ここに入力してください。',
    codeOrUsername:
      '入力された情報ではパスワードを再設定できませんでした。ユーザー名とコードを確認して、もう一度お試しください。',
    passwordRejected:
      'このパスワードはパスワードの要件を満たしていません。別のパスワードを設定してください。',
    passwordReused:
      'このパスワードは以前に使用されています。最近使用していないパスワードを設定してください。',
    invalidRequest:
      '入力内容の一部が受け付けられませんでした。確認して、もう一度お試しください。新しいパスワードの先頭と末尾にはスペースを使用できません。',
    tooManyAttempts: (params) => `試行回数が多すぎます。${duration(params)}後にもう一度お試しください。`,
    tooManyRequests: (params) =>
      `現在リクエストが多すぎます。${duration(params)}後にもう一度お試しください。`,
    codeNotSent:
      'コードを送信できませんでした。新しいコードをリクエストするか、問題が続く場合はサポートにお問い合わせください。',
    resetNotAllowed: ref('現在、ここではパスワードを再設定できません。サポートにお問い合わせください。'),
    accountUnconfirmed: ref(
      '登録が完了するまでパスワードは再設定できません。先に登録を完了するか、サポートにお問い合わせください。',
    ),
    misconfigured: ref(
      'こちら側の問題により、現在パスワードの再設定をご利用いただけません。サポートにお問い合わせください。',
    ),
    blocked: ref(
      'リクエストがブロックされました。VPN や自動化ツールをご使用の場合は無効にしてもう一度お試しいただくか、サポートにお問い合わせください。',
    ),
    requestDeclined: ref('リクエストが拒否されました。サポートにお問い合わせください。'),
    serverError: ref('こちら側で問題が発生しました。しばらくしてからもう一度お試しください。'),
    codeExpiredWait: (params) =>
      `このコードは有効期限が切れています。${duration(params)}後に新しいコードをリクエストして、ここに入力してください。`,
    passwordPolicyMismatch:
      'このパスワードはここに表示されたルールをすべて満たしていますが、このアカウントのパスワードルールは異なります。より長く、より多くの種類の文字を含むパスワードを選んでください。',
    resendFailed: ref('新しいコードを送信できませんでした。もう一度お試しください。'),
    cannotSendCode: ref('このアカウントにはコードを送信できません。サポートにお問い合わせください。'),
    cannotSendToUsername: 'このユーザー名ではコードを送信できませんでした。確認してもう一度お試しください。',
    tooManyCodes: (params) =>
      `新しいコードのリクエストが多すぎます。${duration(params)}後にもう一度リクエストできます。`,
    network: '接続できませんでした。インターネット接続を確認して、もう一度お試しください。',
    timeout: '時間がかかりすぎています。接続を確認して、もう一度お試しください。',
    aborted: '完了する前にリクエストがキャンセルされました。もう一度お試しください。',
    unknown: ref(
      '問題が発生しました。もう一度お試しいただき、解決しない場合はサポートにお問い合わせください。',
    ),
  },
};

export default ja;
