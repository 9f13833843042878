// aws-amplify v6: what an app needs for the two reset calls (configure + the two functions).
export { Amplify } from 'aws-amplify';
export { confirmResetPassword, resetPassword } from 'aws-amplify/auth';
