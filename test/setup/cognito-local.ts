// Placeholder: replaced by the cognito-local harness (starts cognito-local on 127.0.0.1).
export default function setup() {}
