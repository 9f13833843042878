import type { Messages } from '../en';
import { waitDuration, withReference } from '../format-helpers';

// Simplified Chinese for the mainland: "您" for a service speaking to its user, "验证码" as
// every Chinese sign-in page calls the code. No grammatical plural; a space separates digits
// from Han characters, as Chinese UI style guides recommend.

const duration = waitDuration(
  (n) => `${n} 秒`,
  (n) => `${n} 分钟`,
);
const ref = (text: string) => withReference(text, (id) => `（参考编号：${id}）`);

/** Simplified Chinese (`zh-CN`). Pass it as `messages`: `import zhCN from 'react-cognito-reset/locales/zh-CN'`. */
const zhCN: Messages = {
  lang: 'zh-CN',
  dir: 'ltr',
  heading: '重置密码',
  intro: '请输入我们发送给您的验证码，并设置新密码。',
  deliveryEmail: ({ destination }) => `我们已通过电子邮件将验证码发送至 ${destination}。`,
  deliverySms: ({ destination }) => `我们已通过短信将验证码发送至 ${destination}。`,
  deliveryOther: ({ destination }) => `我们已将验证码发送至 ${destination}。`,
  usernameLabel: '用户名',
  codeLabel: '验证码',
  codeHint: ({ length }) => (length ? `消息中的 ${length} 位验证码。` : '消息中的验证码。'),
  passwordLabel: '新密码',
  confirmPasswordLabel: '确认新密码',
  showPassword: '显示密码',
  hidePassword: '隐藏密码',
  capsLockOn: '大写锁定已开启。',
  policyTitle: '新密码要求',
  ruleMet: '已满足',
  ruleUnmet: '未满足',
  ruleChecking: '正在检查…',
  ruleUnavailable: '无法检查',
  ruleChanged: ({ rule, state }) => `${rule}：${state}。`,
  submit: '重置密码',
  submitting: '正在重置密码…',
  resend: '重新发送验证码',
  resendIn: ({ seconds }) => `重新发送验证码（${seconds} 秒）`,
  resending: '正在发送新验证码…',
  resent: ({ destination }) =>
    destination ? `我们已将新验证码发送至 ${destination}。` : '我们已发送新验证码。',
  waitCountdown: ({ seconds }) => `您可以在 ${seconds} 秒后重试。`,
  retry: '重试',
  requestId: ({ requestId }) => `参考编号：${requestId}`,
  successHeading: '密码已重置',
  successBody: '现在可以使用新密码登录了。',
  continue: '前往登录',
  requestHeading: '忘记密码？',
  codeSentHeading: '请查看您的消息',
  requestIntro: '请输入您的用户名，我们将向您发送用于重置密码的验证码。',
  requestSubmit: '发送验证码',
  requestSubmitting: '正在发送验证码…',
  codeSentNeutral: '如果存在使用此用户名的账户，我们已向其发送验证码。',
  haveCode: '我已有验证码',
  changeUsername: '使用其他用户名',
  rules: {
    minLength: ({ min }) => `至少 ${min} 个字符`,
    uppercase: '至少一个大写字母（A–Z）',
    lowercase: '至少一个小写字母（a–z）',
    number: '至少一个数字（0–9）',
    symbol: '至少一个符号，例如 ! @ # $ %',
    maxLength: ({ max }) => `最多 ${max} 个字符`,
    noEdgeSpace: '开头和结尾不能有空格',
    notBreached: '未出现在已知的数据泄露中',
    strength: '不易被猜到',
  },
  validation: {
    usernameRequired: '请输入用户名。',
    usernameInvalid: '该用户名包含不可使用的字符。',
    codeRequired: '请输入消息中的验证码。',
    codeLength: ({ length }) => `验证码为 ${length} 位。`,
    codeFormat: '验证码只包含消息中显示的字符。',
    passwordRequired: '请设置新密码。',
    passwordPolicy: '新密码尚未满足下方的所有要求。',
    confirmRequired: '请再次输入新密码。',
    passwordMismatch: '两次输入的密码不一致。',
  },
  errors: {
    codeMismatch: '验证码不正确。请检查后使用我们最近发送的验证码重试。',
    codeExpired: '验证码已过期。请重新获取验证码，然后在此输入。',
    codeOrUsername: '无法使用这些信息重置密码。请检查用户名和验证码，然后重试。',
    passwordRejected: '此密码不符合密码要求。请选择其他密码。',
    passwordReused: '您以前使用过此密码。请选择一个最近未使用过的密码。',
    invalidRequest: '部分信息未被接受。请检查后重试。新密码的开头和结尾不能有空格。',
    tooManyAttempts: (params) => `尝试次数过多。请在 ${duration(params)}后重试。`,
    tooManyRequests: (params) => `当前请求过多。请在 ${duration(params)}后重试。`,
    codeNotSent: '目前无法发送验证码。请重新获取验证码；如果问题持续存在，请联系客服。',
    resetNotAllowed: ref('目前无法在此重置您的密码。请联系客服。'),
    accountUnconfirmed: ref('完成注册后才能重置密码。请先完成注册，或联系客服。'),
    misconfigured: ref('由于我们这边出现问题，密码重置功能暂时不可用。请联系客服。'),
    blocked: ref('您的请求已被拦截。如果您正在使用 VPN 或自动化工具，请将其关闭后重试，或联系客服。'),
    requestDeclined: ref('您的请求被拒绝。请联系客服。'),
    serverError: ref('我们这边出现了问题。请稍后重试。'),
    codeExpiredWait: (params) =>
      `此验证码已过期。您可以在 ${duration(params)}后重新获取验证码，然后在此输入。`,
    passwordPolicyMismatch:
      '此密码符合此处显示的所有规则，但此账户的密码规则有所不同。请选择更长、包含更多字符类型的密码。',
    resendFailed: ref('无法发送新的验证码。请重试。'),
    cannotSendCode: ref('无法向此账户发送验证码。请联系客服。'),
    cannotSendToUsername: '无法为此用户名发送验证码。请检查后重试。',
    tooManyCodes: (params) => `获取新验证码的次数过多。您可以在 ${duration(params)}后再次获取。`,
    network: '无法连接。请检查您的网络连接，然后重试。',
    timeout: '耗时过长。请检查您的网络连接，然后重试。',
    aborted: '请求在完成前已被取消。请重试。',
    unknown: ref('出现了问题。请重试；如果问题持续存在，请联系客服。'),
  },
};

export default zhCN;
