"use client";
import { describedBy, Field, inputClass } from "@/components/field";
import type { BuilderClient } from "./authorize-form";

type Props = {
  clients: BuilderClient[];
  client: BuilderClient;
  onPickClient: (id: string) => void;
  /** Only those the client has an accounts server for are offered. */
  dataCentres: { location: string; label: string }[];
  location: string;
  onLocation: (location: string) => void;
  locationLabel: string;
  locationHint: string;
  errors: Record<string, string[] | undefined>;
};

// The builder's first two fields, shared by the redirect flow and the device flow.
export function ClientAndLocationFields({
  clients,
  client,
  onPickClient,
  dataCentres,
  location,
  onLocation,
  locationLabel,
  locationHint,
  errors,
}: Props) {
  return (
    <>
      <Field id="clientId" label="Client" errors={errors.clientId}>
        <select
          id="clientId"
          name="clientId"
          value={client.id}
          onChange={(ev) => onPickClient(ev.target.value)}
          className={inputClass}
          aria-describedby={describedBy("clientId")}
        >
          {clients.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name} ({c.environment.toLowerCase()})
            </option>
          ))}
        </select>
      </Field>
      <Field id="location" label={locationLabel} hint={locationHint} errors={errors.location}>
        <select
          id="location"
          name="location"
          value={location}
          onChange={(ev) => onLocation(ev.target.value)}
          className={inputClass}
          aria-describedby={describedBy("location", true)}
        >
          {dataCentres
            .filter((dc) => client.accountsServers[dc.location])
            .map((dc) => (
              <option key={dc.location} value={dc.location}>
                {dc.label} ({dc.location})
              </option>
            ))}
        </select>
      </Field>
    </>
  );
}
