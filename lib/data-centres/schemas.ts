import { z } from "zod";
import { LOCATION_PATTERN } from "./data-centre";
import { checkAccountsServer, checkApiDomain } from "./zoho-domains";

// A data centre an admin adds: the accounts server must be Zoho's (https://accounts.zoho.<domain>),
// anything else is refused with the reason, so a client secret still only ever goes to Zoho.
export const addDataCentreSchema = z.object({
  location: z.string().trim().toLowerCase().regex(LOCATION_PATTERN, "2–8 lower-case letters, as in Zoho's location parameter (e.g. ae)"),
  label: z.string().trim().min(1, "Name it (e.g. United Arab Emirates)").max(60, "At most 60 characters"),
  accountsServer: z
    .string()
    .trim()
    .max(200, "Too long")
    .transform((value, ctx) => {
      const checked = checkAccountsServer(value);
      if (!checked.ok) ctx.addIssue({ code: "custom", message: checked.reason });
      return checked.ok ? checked.url : value;
    }),
  apiDomain: z
    .string()
    .trim()
    .max(200, "Too long")
    .transform((value, ctx) => {
      if (!value) return "";
      const checked = checkApiDomain(value);
      if (!checked.ok) ctx.addIssue({ code: "custom", message: checked.reason });
      return checked.ok ? checked.url : value;
    }),
});

export type AddDataCentre = z.infer<typeof addDataCentreSchema>;

// The buttons' bound arguments: where to read serverinfo from; which data centre, and on or off.
export const refreshDataCentresSchema = z.object({ source: z.enum(["zoho", "sandbox"]) });
export const setDataCentreEnabledSchema = z.object({
  location: z.string().transform((s) => s.slice(0, 20)),
  enabled: z.string().transform((v) => v === "true"),
});
