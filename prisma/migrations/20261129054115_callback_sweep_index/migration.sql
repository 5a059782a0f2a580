-- CreateIndex
CREATE INDEX "CallbackEvent_outcome_receivedAt_idx" ON "CallbackEvent"("outcome", "receivedAt");
