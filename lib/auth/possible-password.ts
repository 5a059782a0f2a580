// Every password this console ever accepted has 12 to 200 characters (passwordSchema, since the first
// version; single sign-on users hold a random 44-character one). Anything else matches no account, so
// it is answered as a wrong password without being counted against a limit or hashed: fuzzers, empty
// submits and megabyte "passwords" cost nothing. Keep these the loosest bounds ever applied: raising
// passwordSchema's minimum one day must not raise this one (older passwords would stop working).
export const couldBeAPassword = (password: string) => password.length >= 12 && password.length <= 200;
