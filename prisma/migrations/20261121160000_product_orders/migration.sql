-- Add products becomes idempotent (issue 16): each submission is recorded under the form's
-- idempotency key, unique per partner, and its subscriptions point at it.

-- CreateTable
CREATE TABLE "product_orders" (
    "id" UUID NOT NULL,
    "partner_id" UUID NOT NULL,
    "customer_tenant_id" UUID NOT NULL,
    "idempotency_key" UUID NOT NULL,
    "ordered_by_user_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "product_orders_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "product_orders_partner_id_idempotency_key_key" ON "product_orders"("partner_id", "idempotency_key");

-- CreateIndex
CREATE INDEX "product_orders_customer_tenant_id_idx" ON "product_orders"("customer_tenant_id");

-- CreateIndex
CREATE INDEX "product_orders_ordered_by_user_id_idx" ON "product_orders"("ordered_by_user_id");

-- AddForeignKey
ALTER TABLE "product_orders" ADD CONSTRAINT "product_orders_partner_id_fkey" FOREIGN KEY ("partner_id") REFERENCES "partner_organizations"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "product_orders" ADD CONSTRAINT "product_orders_customer_tenant_id_fkey" FOREIGN KEY ("customer_tenant_id") REFERENCES "tenants"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "product_orders" ADD CONSTRAINT "product_orders_ordered_by_user_id_fkey" FOREIGN KEY ("ordered_by_user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AlterTable
ALTER TABLE "subscriptions" ADD COLUMN "order_id" UUID;

-- CreateIndex
CREATE INDEX "subscriptions_order_id_idx" ON "subscriptions"("order_id");

-- AddForeignKey
ALTER TABLE "subscriptions" ADD CONSTRAINT "subscriptions_order_id_fkey" FOREIGN KEY ("order_id") REFERENCES "product_orders"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
