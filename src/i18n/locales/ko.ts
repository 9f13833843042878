import type { Messages } from '../en';
import { waitDuration, withReference } from '../format-helpers';

// Polite "-하세요" style, as Korean sign-in pages use. Korean particles depend on the last sound of the
// word before them, which a masked address ("a***@e***") does not have, so a value is either
// put in parentheses after a noun ("이메일(…)로") or followed by the usual "(으)로".

const duration = waitDuration(
  (n) => `${n}초`,
  (n) => `${n}분`,
);
const ref = (text: string) => withReference(text, (id) => ` (참조 번호: ${id})`);

/** Korean (`ko`). Pass it as `messages`: `import ko from 'react-cognito-reset/locales/ko'`. */
const ko: Messages = {
  lang: 'ko',
  dir: 'ltr',
  heading: '비밀번호 재설정',
  intro: '보내 드린 코드를 입력하고 새 비밀번호를 설정하세요.',
  deliveryEmail: ({ destination }) => `이메일(${destination})로 코드를 보냈습니다.`,
  deliverySms: ({ destination }) => `문자 메시지(${destination})로 코드를 보냈습니다.`,
  deliveryOther: ({ destination }) => `${destination}(으)로 코드를 보냈습니다.`,
  usernameLabel: '사용자 이름',
  codeLabel: '인증 코드',
  codeHint: ({ length }) =>
    length ? `메시지에 있는 ${length}자리 코드입니다.` : '메시지에 있는 코드입니다.',
  passwordLabel: '새 비밀번호',
  confirmPasswordLabel: '새 비밀번호 확인',
  showPassword: '비밀번호 표시',
  hidePassword: '비밀번호 숨기기',
  capsLockOn: 'Caps Lock이 켜져 있습니다.',
  policyTitle: '새 비밀번호 조건',
  ruleMet: '충족',
  ruleUnmet: '미충족',
  ruleChecking: '확인 중…',
  ruleUnavailable: '확인할 수 없음',
  ruleChanged: ({ rule, state }) => `${rule}: ${state}`,
  submit: '비밀번호 재설정',
  submitting: '비밀번호를 재설정하는 중…',
  resend: '코드 다시 보내기',
  resendIn: ({ seconds }) => `${seconds}초 후 코드 다시 보내기`,
  resending: '새 코드를 보내는 중…',
  resent: ({ destination }) =>
    destination ? `새 코드를 ${destination}(으)로 보냈습니다.` : '새 코드를 보냈습니다.',
  waitCountdown: ({ seconds }) => `${seconds}초 후에 다시 시도할 수 있습니다.`,
  retry: '다시 시도',
  requestId: ({ requestId }) => `참조 번호: ${requestId}`,
  successHeading: '비밀번호가 재설정되었습니다',
  successBody: '이제 새 비밀번호로 로그인할 수 있습니다.',
  continue: '로그인으로 이동',
  requestHeading: '비밀번호를 잊으셨나요?',
  codeSentHeading: '메시지를 확인하세요',
  requestIntro: '사용자 이름을 입력하시면 비밀번호를 재설정할 수 있는 코드를 보내 드립니다.',
  requestSubmit: '코드 보내기',
  requestSubmitting: '코드를 보내는 중…',
  codeSentNeutral: '이 사용자 이름의 계정이 있다면 코드를 보냈습니다.',
  haveCode: '이미 코드가 있어요',
  changeUsername: '다른 사용자 이름 사용',
  rules: {
    minLength: ({ min }) => `${min}자 이상`,
    uppercase: '영문 대문자(A–Z)',
    lowercase: '영문 소문자(a–z)',
    number: '숫자(0–9)',
    symbol: '기호(예: ! @ # $ %)',
    maxLength: ({ max }) => `${max}자 이하`,
    noEdgeSpace: '앞뒤에 공백 없음',
    notBreached: '알려진 데이터 유출에 포함되지 않음',
    strength: '추측하기 어려움',
  },
  validation: {
    usernameRequired: '사용자 이름을 입력하세요.',
    usernameInvalid: '이 사용자 이름에는 사용할 수 없는 문자가 있습니다.',
    codeRequired: '메시지에 있는 코드를 입력하세요.',
    codeLength: ({ length }) => `코드는 ${length}자리입니다.`,
    codeFormat: '코드에는 메시지에 있는 문자만 들어갑니다.',
    passwordRequired: '새 비밀번호를 설정하세요.',
    passwordPolicy: '새 비밀번호가 아직 아래 조건을 모두 충족하지 않습니다.',
    confirmRequired: '새 비밀번호를 한 번 더 입력하세요.',
    passwordMismatch: '비밀번호가 일치하지 않습니다.',
  },
  errors: {
    codeMismatch: '코드가 올바르지 않습니다. 확인한 후 가장 최근에 보내 드린 코드로 다시 시도하세요.',
    codeExpired: '코드가 만료되었습니다. 새 코드를 요청한 다음 여기에 입력하세요.',
    codeOrUsername:
      '입력한 정보로 비밀번호를 재설정할 수 없습니다. 사용자 이름과 코드를 확인한 후 다시 시도하세요.',
    passwordRejected: '이 비밀번호는 비밀번호 요구 사항을 충족하지 않습니다. 다른 비밀번호를 설정하세요.',
    passwordReused: '이전에 사용한 비밀번호입니다. 최근에 사용하지 않은 비밀번호를 설정하세요.',
    invalidRequest:
      '일부 정보가 승인되지 않았습니다. 확인한 후 다시 시도하세요. 새 비밀번호는 공백으로 시작하거나 끝날 수 없습니다.',
    tooManyAttempts: (params) => `시도 횟수가 너무 많습니다. ${duration(params)} 후에 다시 시도하세요.`,
    tooManyRequests: (params) => `현재 요청이 너무 많습니다. ${duration(params)} 후에 다시 시도하세요.`,
    codeNotSent:
      '지금은 코드를 보낼 수 없습니다. 새 코드를 요청하거나, 문제가 계속되면 고객 지원팀에 문의하세요.',
    resetNotAllowed: ref('현재 이곳에서는 비밀번호를 재설정할 수 없습니다. 고객 지원팀에 문의하세요.'),
    accountUnconfirmed: ref(
      '가입을 완료해야 비밀번호를 재설정할 수 있습니다. 먼저 가입을 완료하거나 고객 지원팀에 문의하세요.',
    ),
    misconfigured: ref('저희 쪽 문제로 현재 비밀번호 재설정을 사용할 수 없습니다. 고객 지원팀에 문의하세요.'),
    blocked: ref(
      '요청이 차단되었습니다. VPN이나 자동화 도구를 사용 중이라면 끄고 다시 시도하거나 고객 지원팀에 문의하세요.',
    ),
    requestDeclined: ref('요청이 거부되었습니다. 고객 지원팀에 문의하세요.'),
    serverError: ref('저희 쪽에서 문제가 발생했습니다. 잠시 후 다시 시도하세요.'),
    codeExpiredWait: (params) =>
      `이 코드는 만료되었습니다. ${duration(params)} 후에 새 코드를 요청한 다음 여기에 입력하세요.`,
    passwordPolicyMismatch:
      '이 비밀번호는 여기에 표시된 규칙을 모두 충족하지만 이 계정의 비밀번호 규칙은 다릅니다. 더 길고 더 다양한 종류의 문자를 포함한 비밀번호를 선택하세요.',
    resendFailed: ref('새 코드를 보낼 수 없습니다. 다시 시도하세요.'),
    cannotSendCode: ref('이 계정으로는 코드를 보낼 수 없습니다. 고객 지원팀에 문의하세요.'),
    cannotSendToUsername: '이 사용자 이름으로 코드를 보낼 수 없습니다. 확인한 후 다시 시도하세요.',
    tooManyCodes: (params) =>
      `새 코드 요청이 너무 많습니다. ${duration(params)} 후에 다시 요청할 수 있습니다.`,
    network: '연결할 수 없습니다. 인터넷 연결을 확인하고 다시 시도하세요.',
    timeout: '시간이 너무 오래 걸리고 있습니다. 연결을 확인하고 다시 시도하세요.',
    aborted: '요청이 완료되기 전에 취소되었습니다. 다시 시도하세요.',
    unknown: ref('문제가 발생했습니다. 다시 시도하고, 문제가 계속되면 고객 지원팀에 문의하세요.'),
  },
};

export default ko;
