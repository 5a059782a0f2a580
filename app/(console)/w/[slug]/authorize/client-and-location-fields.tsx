"use client";
import { describedBy, Field, inputClass } from "@/components/field";
import type { BuilderClient } from "./authorize-form";

type ClientProps = {
  clients: BuilderClient[];
  client: BuilderClient;
  onPickClient: (id: string) => void;
  errors: Record<string, string[] | undefined>;
  /** Off when the picker sits outside the form it belongs to (the form then carries a hidden clientId). */
  named?: boolean;
};

type LocationProps = {
  client: BuilderClient;
  /** Only those the client has an accounts server for are offered. */
  dataCentres: { location: string; label: string }[];
  location: string;
  onLocation: (location: string) => void;
  locationLabel: string;
  locationHint: string;
  errors: Record<string, string[] | undefined>;
};

// The builder's client picker: first on the page, before the presets (a preset belongs to a client).
export function ClientField({ clients, client, onPickClient, errors, named = true }: ClientProps) {
  return (
    <Field id="clientId" label="Client" errors={errors.clientId}>
      <select
        id="clientId"
        name={named ? "clientId" : undefined}
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
  );
}

export function LocationField({ client, dataCentres, location, onLocation, locationLabel, locationHint, errors }: LocationProps) {
  return (
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
  );
}

// The device flow's first two fields, in its own form.
export function ClientAndLocationFields(props: Omit<ClientProps, "named"> & Omit<LocationProps, "errors">) {
  return (
    <>
      <ClientField clients={props.clients} client={props.client} onPickClient={props.onPickClient} errors={props.errors} />
      <LocationField {...props} />
    </>
  );
}
