import type { Messages } from '../en';
import { ltrIsolate, plural, waitDuration, withReference } from '../format-helpers';

// Modern Standard Arabic, right to left. Arabic counts in six CLDR categories: 1 and 2 take
// their own words (the number is not written), 3–10 a plural, 11–99 a singular accusative,
// 100+ a singular. Durations follow "بعد" and code lengths follow "من", so both are genitive
// ("ثانيتين", "خانتين"); rule items stand alone, so nominative ("حرفان"). Digits stay Western
// (the code the user types is in them). Addresses, ids and symbol rows are LTR-isolated.

const nSeconds = plural('ar', {
  one: () => 'ثانية واحدة',
  two: () => 'ثانيتين',
  few: (n) => `${n} ثوانٍ`,
  many: (n) => `${n} ثانية`,
  other: (n) => `${n} ثانية`,
});
const nMinutes = plural('ar', {
  one: () => 'دقيقة واحدة',
  two: () => 'دقيقتين',
  few: (n) => `${n} دقائق`,
  many: (n) => `${n} دقيقة`,
  other: (n) => `${n} دقيقة`,
});
const nCharacters = plural('ar', {
  one: () => 'حرف واحد',
  two: () => 'حرفان',
  few: (n) => `${n} أحرف`,
  many: (n) => `${n} حرفًا`,
  other: (n) => `${n} حرف`,
});
// "خانة" (a position) rather than "حرف" (a letter): most codes are digits.
const nPositions = plural('ar', {
  one: () => 'خانة واحدة',
  two: () => 'خانتين',
  few: (n) => `${n} خانات`,
  many: (n) => `${n} خانة`,
  other: (n) => `${n} خانة`,
});
const duration = waitDuration(nSeconds, nMinutes);
const ref = (text: string) => withReference(text, (id) => ` (الرقم المرجعي: ${ltrIsolate(id)})`);

/** Arabic (`ar`), right to left. Pass it as `messages`: `import ar from 'react-cognito-reset/locales/ar'`. */
const ar: Messages = {
  lang: 'ar',
  dir: 'rtl',
  heading: 'إعادة تعيين كلمة المرور',
  intro: 'أدخل الرمز الذي أرسلناه إليك واختر كلمة مرور جديدة.',
  deliveryEmail: ({ destination }) => `أرسلنا رمزًا عبر البريد الإلكتروني إلى ${ltrIsolate(destination)}.`,
  deliverySms: ({ destination }) => `أرسلنا رمزًا في رسالة نصية إلى ${ltrIsolate(destination)}.`,
  deliveryOther: ({ destination }) => `أرسلنا رمزًا إلى ${ltrIsolate(destination)}.`,
  usernameLabel: 'اسم المستخدم',
  codeLabel: 'رمز التحقق',
  codeHint: ({ length }) =>
    length ? `الرمز المكوّن من ${nPositions(length)} الموجود في رسالتك.` : 'الرمز الموجود في رسالتك.',
  passwordLabel: 'كلمة المرور الجديدة',
  confirmPasswordLabel: 'تأكيد كلمة المرور الجديدة',
  showPassword: 'إظهار كلمة المرور',
  hidePassword: 'إخفاء كلمة المرور',
  capsLockOn: 'مفتاح Caps Lock مفعَّل.',
  policyTitle: 'متطلبات كلمة المرور الجديدة',
  ruleMet: 'مستوفى',
  ruleUnmet: 'غير مستوفى بعد',
  ruleChecking: 'جارٍ التحقق…',
  ruleUnavailable: 'تعذّر التحقق',
  ruleChanged: ({ rule, state }) => `${rule}: ${state}.`,
  submit: 'إعادة تعيين كلمة المرور',
  submitting: 'جارٍ إعادة تعيين كلمة المرور…',
  resend: 'إعادة إرسال الرمز',
  resendIn: ({ seconds }) => `إعادة إرسال الرمز بعد ${nSeconds(seconds)}`,
  resending: 'جارٍ إرسال رمز جديد…',
  resent: ({ destination }) =>
    destination ? `أرسلنا رمزًا جديدًا إلى ${ltrIsolate(destination)}.` : 'أرسلنا رمزًا جديدًا.',
  waitCountdown: ({ seconds }) => `يمكنك المحاولة مرة أخرى بعد ${nSeconds(seconds)}.`,
  retry: 'إعادة المحاولة',
  requestId: ({ requestId }) => `الرقم المرجعي: ${ltrIsolate(requestId)}`,
  successHeading: 'تمت إعادة تعيين كلمة المرور',
  successBody: 'يمكنك الآن تسجيل الدخول باستخدام كلمة المرور الجديدة.',
  continue: 'متابعة إلى تسجيل الدخول',
  requestHeading: 'هل نسيت كلمة المرور؟',
  codeSentHeading: 'تحقّق من رسائلك',
  requestIntro: 'أدخل اسم المستخدم وسنرسل إليك رمزًا لإعادة تعيين كلمة المرور.',
  requestSubmit: 'إرسال الرمز',
  requestSubmitting: 'جارٍ إرسال الرمز…',
  codeSentNeutral: 'إذا كان هناك حساب بهذا الاسم، فقد أرسلنا إليه رمزًا.',
  haveCode: 'لديّ رمز بالفعل',
  changeUsername: 'استخدام اسم مستخدم آخر',
  rules: {
    minLength: ({ min }) => `${nCharacters(min)} على الأقل`,
    uppercase: 'حرف كبير (A–Z)',
    lowercase: 'حرف صغير (a–z)',
    number: 'رقم (0–9)',
    symbol: `رمز، مثل ${ltrIsolate('! @ # $ %')}`,
    maxLength: ({ max }) => `${nCharacters(max)} كحد أقصى`,
    noEdgeSpace: 'بدون مسافة في البداية أو النهاية',
    notBreached: 'غير موجودة في أي تسريب بيانات معروف',
    strength: 'صعبة التخمين',
  },
  validation: {
    usernameRequired: 'أدخل اسم المستخدم.',
    usernameInvalid: 'يحتوي اسم المستخدم هذا على أحرف لا يمكن استخدامها.',
    codeRequired: 'أدخل الرمز الموجود في رسالتك.',
    codeLength: ({ length }) => `يتكوّن الرمز من ${nPositions(length)}.`,
    codeFormat: 'يتكوّن الرمز من الأحرف الواردة في رسالتك فقط.',
    passwordRequired: 'اختر كلمة مرور جديدة.',
    passwordPolicy: 'لا تستوفي كلمة المرور الجديدة جميع الشروط أدناه بعد.',
    confirmRequired: 'أدخل كلمة المرور الجديدة مرة أخرى.',
    passwordMismatch: 'كلمتا المرور غير متطابقتين.',
  },
  errors: {
    codeMismatch: 'هذا الرمز غير صحيح. تحقَّق منه وحاول مرة أخرى باستخدام أحدث رمز أرسلناه إليك.',
    codeExpired: 'انتهت صلاحية هذا الرمز. اطلب رمزًا جديدًا، ثم أدخله هنا.',
    codeOrUsername:
      'تعذَّرت إعادة تعيين كلمة المرور بهذه البيانات. تحقَّق من اسم المستخدم والرمز، ثم حاول مرة أخرى.',
    passwordRejected: 'كلمة المرور هذه لا تستوفي متطلبات كلمة المرور. اختر كلمة مرور مختلفة.',
    passwordReused: 'سبق أن استخدمت كلمة المرور هذه. اختر كلمة مرور لم تستخدمها مؤخرًا.',
    invalidRequest:
      'لم يتم قبول بعض هذه البيانات. تحقَّق منها وحاول مرة أخرى. لا يمكن أن تبدأ كلمة المرور الجديدة أو تنتهي بمسافة.',
    tooManyAttempts: (params) => `محاولات كثيرة جدًا. حاول مرة أخرى بعد ${duration(params)}.`,
    tooManyRequests: (params) => `عدد الطلبات كبير جدًا حاليًا. حاول مرة أخرى بعد ${duration(params)}.`,
    codeNotSent: 'تعذَّر إرسال رمز الآن. اطلب رمزًا جديدًا، أو تواصل مع الدعم إذا تكررت المشكلة.',
    resetNotAllowed: ref('لا يمكن إعادة تعيين كلمة المرور من هنا حاليًا. يُرجى التواصل مع الدعم.'),
    accountUnconfirmed: ref(
      'لا يمكن إعادة تعيين كلمة المرور قبل إكمال التسجيل. أكمل التسجيل أولًا، أو تواصل مع الدعم.',
    ),
    misconfigured: ref(
      'إعادة تعيين كلمة المرور غير متاحة حاليًا بسبب مشكلة من جانبنا. يُرجى التواصل مع الدعم.',
    ),
    blocked: ref(
      'تم حظر طلبك. إذا كنت تستخدم شبكة VPN أو أداة آلية، فأوقفها وحاول مرة أخرى، أو تواصل مع الدعم.',
    ),
    requestDeclined: ref('تم رفض طلبك. يُرجى التواصل مع الدعم.'),
    serverError: ref('حدث خطأ من جانبنا. يُرجى المحاولة مرة أخرى بعد قليل.'),
    codeExpiredWait: (params) =>
      `انتهت صلاحية هذا الرمز. يمكنك طلب رمز جديد بعد ${duration(params)}، ثم إدخاله هنا.`,
    passwordPolicyMismatch:
      'كلمة المرور هذه تستوفي كل القواعد المعروضة هنا، لكن قواعد كلمة المرور لهذا الحساب مختلفة. اختر كلمة مرور أطول تضم أنواعًا أكثر من الأحرف.',
    resendFailed: ref('تعذَّر إرسال رمز جديد. يُرجى المحاولة مرة أخرى.'),
    cannotSendCode: ref('لا يمكننا إرسال رمز إلى هذا الحساب. يُرجى التواصل مع الدعم.'),
    cannotSendToUsername: 'تعذَّر إرسال رمز لاسم المستخدم هذا. تحقَّق منه وحاول مرة أخرى.',
    tooManyCodes: (params) => `طُلبت رموز جديدة كثيرة جدًا. يمكنك طلب رمز آخر بعد ${duration(params)}.`,
    network: 'تعذَّر الاتصال. تحقَّق من اتصالك بالإنترنت وحاول مرة أخرى.',
    timeout: 'يستغرق هذا وقتًا طويلًا. تحقَّق من اتصالك وحاول مرة أخرى.',
    aborted: 'أُلغي الطلب قبل اكتماله. يُرجى المحاولة مرة أخرى.',
    unknown: ref('حدث خطأ ما. يُرجى المحاولة مرة أخرى، والتواصل مع الدعم إذا تكررت المشكلة.'),
  },
};

export default ar;
