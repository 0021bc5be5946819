-- Add products records the catalog's unit price per month (integer cents) and its currency on each
-- subscription it creates. Older subscriptions have none (NULL).
ALTER TABLE "subscriptions" ADD COLUMN "unit_price_cents" INTEGER, ADD COLUMN "currency" CHAR(3);
ALTER TABLE "subscriptions" ADD CONSTRAINT "subscriptions_unit_price_cents_check"
  CHECK ("unit_price_cents" IS NULL OR "unit_price_cents" >= 0);
ALTER TABLE "subscriptions" ADD CONSTRAINT "subscriptions_price_currency_check"
  CHECK (("unit_price_cents" IS NULL) = ("currency" IS NULL));
