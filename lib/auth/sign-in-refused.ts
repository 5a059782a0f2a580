import { CredentialsSignin } from "next-auth";

// Thrown from the credentials check when a limit refuses the attempt before any password is checked.
// Auth.js puts `code` in the sign-in page's URL (?error=CredentialsSignin&code=rate_limited); the
// sign-in action reads retryAfterSeconds for its message.
export class SignInRefused extends CredentialsSignin {
  code = "rate_limited";
  constructor(readonly retryAfterSeconds: number) {
    super();
  }
}

export function tooManyAttemptsMessage(retryAfterSeconds?: number) {
  const minutes = retryAfterSeconds ? Math.ceil(retryAfterSeconds / 60) : undefined;
  const when = minutes === undefined ? "a few minutes" : minutes <= 1 ? "a minute" : `${minutes} minutes`;
  return `Too many sign-in attempts. Try again in ${when}, or sign in from a browser you have signed in with before.`;
}
