// The form's words when a registration is over the limit (registration-limits.ts).
export const tooManyRegistrations = (seconds: number) =>
  `Too many sandbox clients registered from your account or address. Try again in ${seconds < 120 ? `${seconds} s` : `${Math.ceil(seconds / 60)} minutes`}.`;
