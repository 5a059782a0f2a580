import { z } from "zod";
import { dataCentres, findDataCentre } from "./current-data-centres";

/** A form or query field naming a known data centre, checked against the table when parsed (not when loaded). */
export function locationField(message = "Pick a data centre") {
  return z.string().refine((location) => findDataCentre(location) !== undefined, {
    error: () =>
      `${message}: one of ${dataCentres()
        .map((dc) => dc.location)
        .join(", ")}`,
  });
}
