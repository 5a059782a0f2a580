-- CreateTable
CREATE TABLE "DataCentre" (
    "location" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "accountsServer" TEXT,
    "apiDomain" TEXT,
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "source" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DataCentre_pkey" PRIMARY KEY ("location")
);

-- CreateTable
CREATE TABLE "SandboxDataCentre" (
    "location" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SandboxDataCentre_pkey" PRIMARY KEY ("location")
);

-- CreateIndex
CREATE UNIQUE INDEX "DataCentre_accountsServer_key" ON "DataCentre"("accountsServer");
